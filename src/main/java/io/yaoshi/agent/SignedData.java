package io.yaoshi.agent;

import io.yaoshi.keys.KeyFormatException;
import io.yaoshi.keys.SshWireReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** What a sign request would sign, read from its data so that a prompt and the bind check can name it. */
public sealed interface SignedData permits SignedData.Login, SignedData.SshSig, SignedData.Unknown {

    /** An SSH user authentication (RFC 4252 §7), with the host key when OpenSSH's hostbound variant is used. */
    record Login(byte[] sessionId, String user, Optional<byte[]> hostKey) implements SignedData {
    }

    /** An {@code SSHSIG} signature ({@code ssh-keygen -Y sign}, git) in a namespace such as {@code git}. */
    record SshSig(String namespace) implements SignedData {
    }

    /** Anything else. */
    record Unknown() implements SignedData {
    }

    byte[] SSHSIG_MAGIC = "SSHSIG".getBytes(StandardCharsets.US_ASCII);
    int USERAUTH_REQUEST = 50;
    String PUBLICKEY = "publickey";
    String PUBLICKEY_HOSTBOUND = "publickey-hostbound-v00@openssh.com";

    static SignedData of(byte[] data) {
        if (data.length > SSHSIG_MAGIC.length
                && Arrays.equals(data, 0, SSHSIG_MAGIC.length, SSHSIG_MAGIC, 0, SSHSIG_MAGIC.length)) {
            try {
                SshWireReader in = new SshWireReader(Arrays.copyOfRange(data, SSHSIG_MAGIC.length, data.length));
                return new SshSig(in.readUtf8());
            } catch (KeyFormatException e) {
                return new Unknown();
            }
        }
        try {
            SshWireReader in = new SshWireReader(data);
            byte[] sessionId = in.readString();
            if (in.readByte() != USERAUTH_REQUEST) {
                return new Unknown();
            }
            String user = in.readUtf8();
            in.readString(); // the service, "ssh-connection"
            String method = in.readUtf8();
            if (!in.readBoolean() || !(PUBLICKEY.equals(method) || PUBLICKEY_HOSTBOUND.equals(method))) {
                return new Unknown();
            }
            in.readString(); // the algorithm
            in.readString(); // the key
            Optional<byte[]> hostKey = PUBLICKEY_HOSTBOUND.equals(method) ? Optional.of(in.readString())
                    : Optional.empty();
            in.expectEnd("a user authentication request");
            return new Login(sessionId, user, hostKey);
        } catch (KeyFormatException e) {
            return new Unknown();
        }
    }
}
