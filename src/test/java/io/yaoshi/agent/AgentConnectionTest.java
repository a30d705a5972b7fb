package io.yaoshi.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.keys.Fingerprints;
import io.yaoshi.keys.KeyFormatException;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.keys.SshSignatures;
import io.yaoshi.keys.SshWireReader;
import io.yaoshi.keys.SshWireWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each request and reply byte for byte, as OpenSSH's client and ssh-add send and read them. */
class AgentConnectionTest {

    private static final AgentPolicy SILENT = new AgentPolicy(true, AgentPolicy.Confirm.NEVER,
            AgentPolicy.Forwarding.DENY);
    private static final byte[] FAILURE = {5};

    private final InMemoryKeys keys = new InMemoryKeys();
    private final List<ApprovalRequest> asked = new ArrayList<>();
    private Approval.Decision answer = Approval.Decision.ALLOW;
    private final UntilLockGrants grants = new UntilLockGrants();
    private final RecentRequests recorded = new RecentRequests(10);
    private final AgentConnection connection = new AgentConnection(keys, AgentFrontEnd.HEADLESS.withApproval(
            request -> {
                asked.add(request);
                return answer;
            }).withLog(recorded), grants, Duration.ofSeconds(1));

    private static byte[] signRequest(SshKeyPair key, byte[] data, int flags) {
        return new SshWireWriter().byteValue(13).string(key.publicKey().wireBlob()).string(data).uint32(flags)
                .toByteArray();
    }

    /** The signature out of a SIGN_RESPONSE, after checking its type. */
    private static byte[] signatureOf(byte[] reply) throws KeyFormatException {
        SshWireReader in = new SshWireReader(reply);
        assertEquals(14, in.readByte(), "SIGN_RESPONSE");
        byte[] signature = in.readString();
        in.expectEnd("the reply");
        return signature;
    }

    private static String algorithmOf(byte[] signature) throws KeyFormatException {
        return new SshWireReader(signature).readUtf8();
    }

    /** What OpenSSH signs to log in: session id, USERAUTH_REQUEST, user, service, method, TRUE, algorithm, key. */
    private static byte[] login(byte[] sessionId, String user, SshKeyPair key) {
        return new SshWireWriter().string(sessionId).byteValue(50).utf8(user).utf8("ssh-connection")
                .utf8("publickey").byteValue(1).utf8(key.publicKey().sshType()).string(key.publicKey().wireBlob())
                .toByteArray();
    }

    private static byte[] bind(SshKeyPair hostKey, byte[] sessionId, boolean forwarded, byte[] signature) {
        return new SshWireWriter().byteValue(27).utf8("session-bind@openssh.com").string(hostKey.publicKey()
                .wireBlob()).string(sessionId).string(signature).byteValue(forwarded ? 1 : 0).toByteArray();
    }

    private static byte[] validBind(SshKeyPair hostKey, byte[] sessionId, boolean forwarded) {
        return bind(hostKey, sessionId, forwarded, SshSignatures.sign(hostKey, sessionId, "ssh-ed25519"));
    }

    @Test
    void theOfferedKeysAreListedWithTheirNames() throws Exception {
        SshKeyPair web = keys.add("web", KeyAlgorithm.ED25519, SILENT);
        SshKeyPair db = keys.add("db", KeyAlgorithm.ECDSA_P256, SILENT);

        SshWireReader in = new SshWireReader(connection.answer(new byte[] {11}));

        assertEquals(12, in.readByte());
        assertEquals(2, in.readUint32());
        assertArrayEquals(web.publicKey().wireBlob(), in.readString());
        assertEquals("web", in.readUtf8());
        assertArrayEquals(db.publicKey().wireBlob(), in.readString());
        assertEquals("db", in.readUtf8());
        in.expectEnd("the answer");
    }

    @Test
    void eachKeyTypeSignsWithItsOwnAlgorithm() throws Exception {
        byte[] data = "to be signed".getBytes(StandardCharsets.UTF_8);
        for (KeyAlgorithm type : List.of(KeyAlgorithm.ED25519, KeyAlgorithm.ECDSA_P256, KeyAlgorithm.ECDSA_P384)) {
            SshKeyPair key = keys.add(type.id(), type, SILENT);

            byte[] signature = signatureOf(connection.answer(signRequest(key, data, 0)));

            assertEquals(key.publicKey().sshType(), algorithmOf(signature));
            assertTrue(SshSignatures.verify(key.publicKey().wireBlob(), data, signature), type.id());
            assertFalse(SshSignatures.verify(key.publicKey().wireBlob(), "other".getBytes(StandardCharsets.UTF_8),
                    signature));
        }
    }

    @Test
    void rsaHonoursTheFlagsExactlyAndRefusesSha1() throws Exception {
        SshKeyPair rsa = keys.add("rsa", KeyAlgorithm.RSA_2048, SILENT);
        byte[] data = {1, 2, 3};

        assertEquals("rsa-sha2-256", algorithmOf(signatureOf(connection.answer(signRequest(rsa, data, 2)))));
        assertEquals("rsa-sha2-512", algorithmOf(signatureOf(connection.answer(signRequest(rsa, data, 4)))));
        assertEquals("rsa-sha2-256", algorithmOf(signatureOf(connection.answer(signRequest(rsa, data, 6)))),
                "both flags: SHA-256, as OpenSSH's agent reads them");
        assertArrayEquals(FAILURE, connection.answer(signRequest(rsa, data, 0)), "flags 0 means SHA-1 ssh-rsa");
        byte[] signature = signatureOf(connection.answer(signRequest(rsa, data, 4)));
        assertTrue(SshSignatures.verify(rsa.publicKey().wireBlob(), data, signature));
    }

    @Test
    void addingKeysLockingAndUnknownRequestsFailWithoutClosing() throws Exception {
        keys.add("web", KeyAlgorithm.ED25519, SILENT);
        for (int type : new int[] {9, 17, 18, 19, 22, 23, 25, 99}) {
            assertArrayEquals(FAILURE, connection.answer(new byte[] {(byte) type, 0, 0, 0, 0}), "type " + type);
        }
        assertEquals(12, connection.answer(new byte[] {11})[0], "the connection still answers");
        assertArrayEquals(FAILURE, connection.answer(new SshWireWriter().byteValue(27).utf8("query")
                .toByteArray()), "an extension other than session-bind");
    }

    @Test
    void aKeyNotOfferedIsRefused() throws Exception {
        SshKeyPair stranger = new InMemoryKeys().add("stranger", KeyAlgorithm.ED25519, SILENT);
        assertArrayEquals(FAILURE, connection.answer(signRequest(stranger, new byte[] {1}, 0)));
    }

    @Test
    void aMalformedOrTruncatedRequestClosesTheConnection() {
        SshKeyPair web = keys.add("web", KeyAlgorithm.ED25519, SILENT);
        byte[] whole = signRequest(web, new byte[] {1, 2}, 0);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 2);
        assertThrows(MalformedRequest.class, () -> connection.answer(cut));
        assertThrows(MalformedRequest.class, () -> connection.answer(new byte[0]));
        assertThrows(MalformedRequest.class, () -> connection.answer(new byte[] {11, 0}), "trailing bytes");
        byte[] lyingLength = new SshWireWriter().byteValue(13).uint32(Integer.MAX_VALUE).toByteArray();
        assertThrows(MalformedRequest.class, () -> connection.answer(lyingLength));
    }

    @Test
    void aBoundConnectionSignsOnlyTheLoginOfItsSession() throws Exception {
        SshKeyPair web = keys.add("web", KeyAlgorithm.ED25519, SILENT);
        SshKeyPair hostKey = new InMemoryKeys().add("host", KeyAlgorithm.ED25519, SILENT);
        byte[] session = {7, 7, 7, 7};

        assertArrayEquals(new byte[] {6}, connection.answer(validBind(hostKey, session, false)));

        assertArrayEquals(FAILURE, connection.answer(signRequest(web, login(new byte[] {8, 8}, "root", web), 0)),
                "a login for another session");
        assertEquals(14, connection.answer(signRequest(web, login(session, "root", web), 0))[0]);
        assertArrayEquals(FAILURE, connection.answer(validBind(hostKey, new byte[] {9}, false)),
                "bound for a login, it is not bound again");
    }

    @Test
    void aBindWhoseSignatureFailsIsRefusedAndTheConnectionSignsNothingMore() throws Exception {
        SshKeyPair web = keys.add("web", KeyAlgorithm.ED25519, SILENT);
        SshKeyPair hostKey = new InMemoryKeys().add("host", KeyAlgorithm.ED25519, SILENT);
        byte[] wrong = SshSignatures.sign(hostKey, new byte[] {1}, "ssh-ed25519");

        assertArrayEquals(FAILURE, connection.answer(bind(hostKey, new byte[] {2}, false, wrong)));
        assertArrayEquals(FAILURE, connection.answer(signRequest(web, new byte[] {3}, 0)));
    }

    @Test
    void aForwardedRequestIsRefusedUnderDenyAndAlwaysAskedUnderConfirm() throws Exception {
        SshKeyPair denied = keys.add("denied", KeyAlgorithm.ED25519, SILENT);
        SshKeyPair asking = keys.add("asking", KeyAlgorithm.ED25519, new AgentPolicy(true, AgentPolicy.Confirm.NEVER,
                AgentPolicy.Forwarding.CONFIRM));
        SshKeyPair hostKey = new InMemoryKeys().add("host", KeyAlgorithm.ED25519, SILENT);
        connection.answer(validBind(hostKey, new byte[] {1}, true));

        assertArrayEquals(FAILURE, connection.answer(signRequest(denied, new byte[] {4}, 0)));
        assertEquals(List.of(), asked, "deny does not even ask");

        assertEquals(14, connection.answer(signRequest(asking, new byte[] {4}, 0))[0]);
        assertEquals(1, asked.size(), "confirm asks although the key never confirms local use");
        assertTrue(asked.get(0).forwarded());
    }

    @Test
    void confirmationAsksAndDenialRefuses() throws Exception {
        SshKeyPair key = keys.add("web", KeyAlgorithm.ED25519, new AgentPolicy(true, AgentPolicy.Confirm.ALWAYS,
                AgentPolicy.Forwarding.DENY));
        byte[] sshsig = new SshWireWriter().raw("SSHSIG".getBytes(StandardCharsets.US_ASCII)).utf8("git")
                .string(new byte[0]).utf8("sha512").string(new byte[64]).toByteArray();

        answer = Approval.Decision.DENY;
        assertArrayEquals(FAILURE, connection.answer(signRequest(key, sshsig, 0)));
        assertEquals(new SignedData.SshSig("git"), asked.get(0).what());
        assertEquals("web", asked.get(0).key().name());
        assertFalse(asked.get(0).forwarded());

        answer = Approval.Decision.ALLOW;
        assertEquals(14, connection.answer(signRequest(key, sshsig, 0))[0]);
        assertEquals(14, connection.answer(signRequest(key, sshsig, 0))[0]);
        assertEquals(3, asked.size(), "always: every use asks");
    }

    @Test
    void untilLockAsksOnceUntilTheVaultLocks() throws Exception {
        SshKeyPair key = keys.add("web", KeyAlgorithm.ED25519, new AgentPolicy(true, AgentPolicy.Confirm.UNTIL_LOCK,
                AgentPolicy.Forwarding.DENY));
        answer = Approval.Decision.ALLOW_UNTIL_LOCK;

        connection.answer(signRequest(key, new byte[] {1}, 0));
        connection.answer(signRequest(key, new byte[] {2}, 0));
        assertEquals(1, asked.size());

        grants.forgetAll();
        connection.answer(signRequest(key, new byte[] {3}, 0));
        assertEquals(2, asked.size(), "asked again after a lock");
    }

    @Test
    void aLoginIsNamedForThePrompt() throws Exception {
        SshKeyPair key = keys.add("web", KeyAlgorithm.ED25519, AgentPolicy.DEFAULT.withOffer(true));

        connection.answer(signRequest(key, login(new byte[] {5}, "deploy", key), 0));

        SignedData.Login what = (SignedData.Login) asked.get(0).what();
        assertEquals("deploy", what.user());
    }

    @Test
    void theDestinationIsTheBoundSessionsHostKey() throws Exception {
        SshKeyPair key = keys.add("web", KeyAlgorithm.ED25519, AgentPolicy.DEFAULT.withOffer(true));
        SshKeyPair hostKey = new InMemoryKeys().add("host", KeyAlgorithm.ED25519, SILENT);
        byte[] session = {7, 7};
        connection.answer(validBind(hostKey, session, false));

        connection.answer(signRequest(key, login(session, "deploy", key), 0));

        Destination to = asked.get(0).destination().orElseThrow();
        assertEquals(Fingerprints.sha256(hostKey.publicKey()), to.fingerprint());
        assertEquals(asked.get(0).destination(), recorded.snapshot().get(0).destination());
    }

    @Test
    void everyDecisionIsRecordedWithWhoDecided() throws Exception {
        SshKeyPair silent = keys.add("silent", KeyAlgorithm.ED25519, SILENT);
        SshKeyPair asking = keys.add("asking", KeyAlgorithm.ED25519, AgentPolicy.DEFAULT.withOffer(true));
        byte[] data = new SshWireWriter().raw("SSHSIG".getBytes(StandardCharsets.US_ASCII)).utf8("git")
                .toByteArray();

        connection.answer(signRequest(silent, data, 0));
        answer = Approval.Decision.DENY;
        connection.answer(signRequest(asking, data, 0));
        answer = Approval.Decision.ALLOW;
        connection.answer(signRequest(asking, data, 0));
        SshKeyPair hostKey = new InMemoryKeys().add("host", KeyAlgorithm.ED25519, SILENT);
        connection.answer(validBind(hostKey, new byte[] {1}, true));
        connection.answer(signRequest(silent, data, 0));

        List<AgentRequest> newestFirst = recorded.snapshot();
        assertEquals(List.of(AgentRequest.Outcome.REFUSED, AgentRequest.Outcome.ALLOWED,
                AgentRequest.Outcome.DENIED, AgentRequest.Outcome.SIGNED),
                newestFirst.stream().map(AgentRequest::outcome).toList());
        assertEquals(List.of("silent", "asking", "asking", "silent"),
                newestFirst.stream().map(r -> r.key().name()).toList());
        assertTrue(newestFirst.get(0).forwarded());
        assertEquals(new SignedData.SshSig("git"), newestFirst.get(3).what());
    }
}
