package io.yaoshi.domain;

import java.util.Objects;

/**
 * The public half of a cloud account's API credentials: Aliyun's AccessKeyId or UCloud's API PublicKey, UCloud's
 * project, and an endpoint override (empty for the provider's public endpoint). The secret half (AccessKeySecret,
 * UCloud PrivateKey) never sits in this record; it stays in the vault.
 */
public record CloudAccount(ProviderId provider, String keyId, String projectId, String endpoint) {

    public CloudAccount {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(keyId, "keyId");
        projectId = Objects.requireNonNullElse(projectId, "");
        endpoint = Objects.requireNonNullElse(endpoint, "");
    }
}
