package io.yaoshi.emulator;

import java.util.Map;

/**
 * The accounts the emulator accepts: Aliyun AccessKeyId → AccessKeySecret, and UCloud PublicKey → its PrivateKey
 * and the account's (single) project. A request signed by anyone else is refused as the real cloud would refuse it.
 */
public record EmulatorAccounts(Map<String, String> aliyunSecrets, Map<String, UCloudAccount> ucloudAccounts) {

    /** The credentials of the providers' SDK signature test vectors: Aliyun's and UCloud's documented test pairs. */
    public static final String ALIYUN_ACCESS_KEY_ID = "testid";
    public static final String ALIYUN_ACCESS_KEY_SECRET = "testsecret";
    public static final String UCLOUD_PUBLIC_KEY = "ucloudsomeone@example.com1296235120854146120";
    public static final String UCLOUD_PRIVATE_KEY = "46f09bb9fab4f12dfc160dae12273d5332b5debe";
    public static final String UCLOUD_PROJECT_ID = "org-abc123";

    /** A UCloud API key pair and the project its key pairs go to when a request names none. */
    public record UCloudAccount(String privateKey, String projectId) {
    }

    public EmulatorAccounts {
        aliyunSecrets = Map.copyOf(aliyunSecrets);
        ucloudAccounts = Map.copyOf(ucloudAccounts);
    }

    /** One account per provider, with the providers' documented SDK test credentials. */
    public static EmulatorAccounts defaults() {
        return new EmulatorAccounts(Map.of(ALIYUN_ACCESS_KEY_ID, ALIYUN_ACCESS_KEY_SECRET),
                Map.of(UCLOUD_PUBLIC_KEY, new UCloudAccount(UCLOUD_PRIVATE_KEY, UCLOUD_PROJECT_ID)));
    }
}
