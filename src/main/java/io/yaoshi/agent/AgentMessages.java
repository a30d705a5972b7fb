package io.yaoshi.agent;

/** The message numbers of the agent protocol (draft-ietf-sshm-ssh-agent §5.1, OpenSSH's PROTOCOL.agent). */
final class AgentMessages {

    static final int FAILURE = 5;
    static final int SUCCESS = 6;
    static final int REQUEST_IDENTITIES = 11;
    static final int IDENTITIES_ANSWER = 12;
    static final int SIGN_REQUEST = 13;
    static final int SIGN_RESPONSE = 14;
    static final int EXTENSION = 27;

    static final String SESSION_BIND = "session-bind@openssh.com";

    /** The largest request read; a longer one closes its connection (OpenSSH's agent allows 256 KiB too). */
    static final int MAX_MESSAGE = 256 * 1024;

    private AgentMessages() {
    }
}
