package io.yaoshi.provider;

import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.Tag;
import java.util.List;

/**
 * The key-pair operations every cloud adapter offers (and, through {@link CloudServers}, its servers). Calls are synchronous and bounded in time; the service runs
 * them in the background. A create is never retried blindly: a lost answer may have created the key.
 */
public interface CloudKeyProvider extends CloudServers {

    ProviderId id();

    /** DescribeRegions / GetRegion: the regions the account can use now, with UCloud's zones; a read, retried. */
    List<Region> regions() throws ProviderException;

    /** CreateKeyPair / CreateUHostKeyPair: the cloud generates the key and returns its private half once. */
    CreatedKeyPair create(KeyPairSpec spec) throws ProviderException;

    /** ImportKeyPair / ImportUHostKeyPairs: uploads an OpenSSH public key line. */
    RemoteKeyPair importPublicKey(KeyPairSpec spec, String publicKeyLine) throws ProviderException;

    /** Every key pair in the placement's region (and UCloud project), all pages. */
    List<RemoteKeyPair> list(Placement scope) throws ProviderException;

    /**
     * DeleteKeyPairs / DeleteUHostKeyPairs.
     *
     * @param keys Aliyun names or UCloud key pair ids
     */
    void delete(Placement scope, List<String> keys) throws ProviderException;

    /**
     * Makes the key pair's tags at the cloud equal {@code tags} (Aliyun: UntagResources for keys that went,
     * TagResources for the rest). A cloud without key pair tags (UCloud) keeps them here only and does nothing.
     */
    void retag(Placement scope, String name, List<Tag> previous, List<Tag> tags) throws ProviderException;
}
