package io.yaoshi.vault;

import java.nio.charset.StandardCharsets;

/** Cheap options and realistic payloads shared by the vault tests. */
final class TestVaults {

    static final KdfParameters CHEAP = new KdfParameters(1024, 1, 1);
    static final String NAME = "FinanceJoshuaV23";
    static final String TAG_VALUE = "ledger-prod-cn-hangzhou";
    static final String PUBLIC_KEY_BODY = "AAAAC3NzaC1lZDI1NTE5AAAAIGl6cG9xQmV0aGVyU2VjcmV0S2V5Qm9keVgxMjM0NTY3";
    static final String PRIVATE_KEY_LINE = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";
    static final String CREDENTIAL_SECRET = "LTAI5tQx9ZsecretAccessKeyValue7788";

    private TestVaults() {
    }

    static VaultOptions cheapOptions() {
        return VaultOptions.defaults().withKdf(CheapKdf.of(CHEAP));
    }

    static char[] password() {
        return "correct horse battery staple".toCharArray();
    }

    /** A key pair as the service layer will store it: JSON with name, tags, public key and a PEM private key. */
    static byte[] keyPairJson() {
        return ("{\"name\":\"" + NAME + "\",\"provider\":\"aliyun\",\"region\":\"cn-hangzhou\","
                + "\"tags\":{\"team\":\"" + TAG_VALUE + "\",\"owner\":\"joshua\"},"
                + "\"fingerprint\":\"SHA256:Yh2kq6Z2f1m2Qb0rJ9Vq0VtHc3Yh2kq6Z2f1m2Qb0rJ\","
                + "\"publicKey\":\"ssh-ed25519 " + PUBLIC_KEY_BODY + " " + NAME + "\","
                + "\"privateKey\":\"-----BEGIN OPENSSH PRIVATE KEY-----\\n" + PRIVATE_KEY_LINE + "\\n"
                + "QyNTUxOQAAACBpenBvcUJldGhlclNlY3JldEtleUJvZHlYMTIzNDU2NwAAAJgAAAAAAAAAAA\\n"
                + "-----END OPENSSH PRIVATE KEY-----\\n\"}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] credentialJson() {
        return ("{\"provider\":\"aliyun\",\"accessKeyId\":\"LTAI5tQx9Z\",\"accessKeySecret\":\"" + CREDENTIAL_SECRET
                + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pendingOperationJson() {
        return ("{\"operation\":\"import\",\"keyName\":\"" + NAME + "\",\"attempt\":2}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
