package io.yaoshi.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a key pair lives: only here, or also at a cloud provider. */
public enum ProviderId {
    LOCAL("local"),
    ALIYUN("aliyun"),
    UCLOUD("ucloud");

    private final String id;

    ProviderId(String id) {
        this.id = id;
    }

    /** The lower-case spelling used on the command line, in JSON and in message keys. */
    public String id() {
        return id;
    }

    public boolean isCloud() {
        return this != LOCAL;
    }

    /**
     * The name a cloud knows a key pair by in its API calls: UCloud by the KeyPairId it assigns, Aliyun by the name
     * (its KeyPairName is unique per region and it has no other handle).
     */
    public String remoteIdOf(String name, String providerKeyId) {
        return this == UCLOUD ? providerKeyId : name;
    }

    /** The key of this provider's display name in the message bundles ("Aliyun" / "阿里云"). */
    public String messageKey() {
        return "provider." + id;
    }

    public static Optional<ProviderId> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
