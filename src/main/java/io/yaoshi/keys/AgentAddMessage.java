package io.yaoshi.keys;

/**
 * {@code SSH_AGENTC_ADD_ID_CONSTRAINED} (25), the message that loads a private key into OpenSSH's agent: the key's
 * fields as OpenSSH serialises a private key, its comment, and the constraints — always a lifetime, and a
 * confirmation of each use where asked. It holds the private key: the caller wipes it once sent.
 */
public final class AgentAddMessage {

    private static final byte ADD_ID_CONSTRAINED = 25;
    private static final byte CONSTRAIN_LIFETIME = 1;
    private static final byte CONSTRAIN_CONFIRM = 2;

    private AgentAddMessage() {
    }

    /** The message, without its length prefix. */
    public static byte[] constrained(SshKeyPair pair, String comment, int lifetimeSeconds, boolean confirm) {
        if (lifetimeSeconds <= 0) {
            throw new IllegalArgumentException("a key is loaded for a bounded time");
        }
        SshWireWriter out = new SshWireWriter().byteValue(ADD_ID_CONSTRAINED);
        OpenSshPrivateKeyFields.write(out, pair);
        out.utf8(comment).byteValue(CONSTRAIN_LIFETIME).uint32(lifetimeSeconds);
        if (confirm) {
            out.byteValue(CONSTRAIN_CONFIRM);
        }
        return out.toByteArray();
    }
}
