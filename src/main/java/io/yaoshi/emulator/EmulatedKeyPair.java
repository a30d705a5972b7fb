package io.yaoshi.emulator;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Tag;
import java.time.Instant;
import java.util.List;

/**
 * A key pair as the emulated cloud keeps it. The private key is never stored: like the real clouds, the emulator
 * hands it out once, in the create response.
 *
 * @param projectId       UCloud's project; empty for Aliyun
 * @param resourceGroupId Aliyun's resource group; empty when none was given and for UCloud
 * @param publicKey       the OpenSSH public key line
 * @param fingerprint     Aliyun: MD5 colon-hex of the key blob; UCloud: md5 hex of
 *                        {@code ProjectId|KeyPairId|PublicKey}
 */
public record EmulatedKeyPair(ProviderId provider, String region, String projectId, String id, String name,
                            String fingerprint, String publicKey, Instant createdAt, List<Tag> tags,
                            String resourceGroupId) {

    public EmulatedKeyPair {
        tags = List.copyOf(tags);
    }

    public EmulatedKeyPair withTags(List<Tag> newTags) {
        return new EmulatedKeyPair(provider, region, projectId, id, name, fingerprint, publicKey, createdAt, newTags,
                resourceGroupId);
    }
}
