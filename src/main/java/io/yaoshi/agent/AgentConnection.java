package io.yaoshi.agent;

import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.keys.KeyFormatException;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.keys.SshSignatures;
import io.yaoshi.keys.SshWireReader;
import io.yaoshi.keys.SshWireWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One client connection's requests, answered in order: list (11), sign (13) and {@code session-bind@openssh.com}
 * (27); everything else, adding keys included, gets a failure. The binds are this connection's own: the host keys it
 * was bound to and whether it came through agent forwarding.
 */
final class AgentConnection {

    private static final int MAX_BINDS = 16;
    private static final byte[] FAILURE = {AgentMessages.FAILURE};
    private static final byte[] SUCCESS = {AgentMessages.SUCCESS};

    private final AgentKeys keys;
    private final AgentFrontEnd frontEnd;
    private final UntilLockGrants grants;
    private final Duration approvalTimeout;
    private final List<Bind> binds = new ArrayList<>();
    private boolean bindRefused;

    /** A verified binding of this connection to an SSH session: its host key, session id, and whether forwarded. */
    private record Bind(byte[] hostKey, byte[] sessionId, boolean forwarded) {
    }

    AgentConnection(AgentKeys keys, AgentFrontEnd frontEnd, UntilLockGrants grants, Duration approvalTimeout) {
        this.keys = keys;
        this.frontEnd = frontEnd;
        this.grants = grants;
        this.approvalTimeout = approvalTimeout;
    }

    /**
     * The reply to one request (type and payload, without the length).
     *
     * @throws MalformedRequest when a request this agent handles cannot be read: the connection is closed
     */
    byte[] answer(byte[] message) throws MalformedRequest {
        try {
            SshWireReader in = new SshWireReader(message);
            return switch (in.readByte()) {
                case AgentMessages.REQUEST_IDENTITIES -> identities(in);
                case AgentMessages.SIGN_REQUEST -> sign(in);
                case AgentMessages.EXTENSION -> extension(in);
                default -> FAILURE;
            };
        } catch (KeyFormatException e) {
            throw new MalformedRequest("malformed or truncated request", e);
        }
    }

    private byte[] identities(SshWireReader in) throws KeyFormatException {
        in.expectEnd("a list request");
        List<OfferedKey> offered = offeredOnceOpen();
        SshWireWriter out = new SshWireWriter().byteValue(AgentMessages.IDENTITIES_ANSWER).uint32(offered.size());
        for (OfferedKey key : offered) {
            out.string(key.publicKey().wireBlob()).utf8(key.name());
        }
        return out.toByteArray();
    }

    private byte[] sign(SshWireReader in) throws KeyFormatException {
        byte[] blob = in.readString();
        byte[] data = in.readString();
        int flags = in.readUint32();
        in.expectEnd("a sign request");
        Optional<OfferedKey> found = offeredOnceOpen().stream()
                .filter(k -> Arrays.equals(k.publicKey().wireBlob(), blob)).findFirst();
        if (found.isEmpty() || bindRefused) {
            return FAILURE;
        }
        OfferedKey key = found.get();
        Optional<String> algorithm = SshSignatures.algorithmFor(key.publicKey(), flags);
        SignedData what = SignedData.of(data);
        if (algorithm.isEmpty() || !matchesTheBoundSession(what) || !allowed(key, what)) {
            return FAILURE;
        }
        Optional<SshKeyPair> pair = keys.privateKey(key);
        if (pair.isEmpty()) {
            return FAILURE;
        }
        byte[] signature = SshSignatures.sign(pair.get(), data, algorithm.get());
        return new SshWireWriter().byteValue(AgentMessages.SIGN_RESPONSE).string(signature).toByteArray();
    }

    /** The offered keys; a locked vault first asks to be unlocked, and a client waits for that (bounded). */
    private List<OfferedKey> offeredOnceOpen() {
        if (keys.locked() && !frontEnd.unlock().await(approvalTimeout)) {
            return List.of();
        }
        return keys.offered();
    }

    /** As OpenSSH's agent: a bound connection signs a login only for the session it was last bound to. */
    private boolean matchesTheBoundSession(SignedData what) {
        if (binds.isEmpty() || !(what instanceof SignedData.Login login)) {
            return true;
        }
        Bind last = binds.get(binds.size() - 1);
        return Arrays.equals(last.sessionId(), login.sessionId())
                && login.hostKey().map(hostKey -> Arrays.equals(hostKey, last.hostKey())).orElse(true);
    }

    private boolean forwarded() {
        return binds.stream().anyMatch(Bind::forwarded);
    }

    /** Decides by the key's policy and, where it asks, the user; the decision is recorded either way. */
    private boolean allowed(OfferedKey key, SignedData what) {
        boolean forwarded = forwarded();
        Optional<Destination> destination = destinationOf(what).map(frontEnd.hosts()::of);
        AgentRequest.Outcome outcome = decide(key, what, destination, forwarded);
        frontEnd.log().record(new AgentRequest(Instant.now(), key, what, destination, forwarded, outcome));
        return outcome.signed();
    }

    /** Forwarded requests always ask, or are refused; others as the key's "confirm" says. */
    private AgentRequest.Outcome decide(OfferedKey key, SignedData what, Optional<Destination> destination,
                                        boolean forwarded) {
        AgentPolicy policy = key.policy();
        boolean ask;
        if (forwarded) {
            if (policy.forwarding() == AgentPolicy.Forwarding.DENY) {
                return AgentRequest.Outcome.REFUSED;
            }
            ask = true;
        } else {
            ask = switch (policy.confirm()) {
                case NEVER -> false;
                case UNTIL_LOCK -> !grants.holds(key.id());
                case ALWAYS -> true;
            };
        }
        if (!ask) {
            return AgentRequest.Outcome.SIGNED;
        }
        Approval.Decision decision = frontEnd.approval().ask(new ApprovalRequest(key, what, destination, forwarded,
                approvalTimeout));
        if (decision == Approval.Decision.ALLOW_UNTIL_LOCK && !forwarded) {
            grants.grant(key.id());
        }
        return decision == Approval.Decision.DENY ? AgentRequest.Outcome.DENIED : AgentRequest.Outcome.ALLOWED;
    }

    /** The host key a login goes to: named in the request itself (hostbound), else the session's last bind. */
    private Optional<byte[]> destinationOf(SignedData what) {
        if (!(what instanceof SignedData.Login login)) {
            return Optional.empty();
        }
        return login.hostKey().or(() -> binds.isEmpty() ? Optional.empty()
                : Optional.of(binds.get(binds.size() - 1).hostKey()));
    }

    private byte[] extension(SshWireReader in) throws KeyFormatException {
        if (!AgentMessages.SESSION_BIND.equals(in.readUtf8())) {
            return FAILURE;
        }
        byte[] hostKey = in.readString();
        byte[] sessionId = in.readString();
        byte[] signature = in.readString();
        boolean forwarding = in.readBoolean();
        in.expectEnd("a session bind");
        if (!SshSignatures.verify(hostKey, sessionId, signature)) {
            bindRefused = true; // what it claimed (forwarded or not) cannot be known: it signs nothing more
            return FAILURE;
        }
        boolean boundForLogin = !binds.isEmpty() && !binds.get(binds.size() - 1).forwarded();
        if (binds.size() >= MAX_BINDS || boundForLogin) {
            return FAILURE; // as OpenSSH's agent: a connection bound for a login is not bound again
        }
        binds.add(new Bind(hostKey, sessionId, forwarding));
        return SUCCESS;
    }
}
