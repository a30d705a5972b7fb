package io.yaoshi.testing;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFingerprints;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.domain.Tag;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.KeyPairStore;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.vault.CheapKdf;
import io.yaoshi.vault.KdfParameters;
import io.yaoshi.vault.VaultOptions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Key pair records and cheap vault options shared by the tests of several packages. */
public final class Fixtures {

    public static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    private Fixtures() {
    }

    public static VaultOptions cheapVault() {
        return VaultOptions.defaults().withKdf(CheapKdf.of(new KdfParameters(1024, 1, 1)));
    }

    /** The key-pair service over {@code vault} with a fixed clock, so creation times are predictable. */
    public static KeyPairService keyService(KeyPairStore vault) {
        return keyService(vault, provider -> {
            throw new ProviderException(provider, ProviderFailure.UNAUTHORIZED, "NoCredentials", "", "none", null);
        });
    }

    /** The key-pair service over {@code vault} talking to these clouds, with a fixed clock. */
    public static KeyPairService keyService(KeyPairStore vault, CloudProviders clouds) {
        return new KeyPairService(vault, KeyPairRules.withBundledRegions(), new SecureRandom(),
                Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneOffset.UTC), clouds);
    }

    public static char[] password() {
        return PASSWORD.clone();
    }

    public static KeyPairRecord record(String name, Placement placement, List<Tag> tags) {
        return record(name, placement, tags, KeyAlgorithm.ED25519);
    }

    /** A record of this key type (its fingerprints and public key are an Ed25519 key's: only the type is read). */
    public static KeyPairRecord record(String name, Placement placement, List<Tag> tags, KeyAlgorithm algorithm) {
        return new KeyPairRecord(KeyId.random(), placement, name, algorithm, tags,
                new KeyFingerprints("5d:02:74:93:e3:7b:56:1f:09:79:a9:fe:75:46:99:6c",
                        "SHA256:mjEp5s0SihFwgSY9UoZuycrDp2wxkq5WHmgP+4bVhWs", ""),
                "", Instant.parse("2026-11-23T08:30:00Z"), Origin.GENERATED,
                placement.provider().isCloud() ? RemoteState.PRESENT : RemoteState.LOCAL,
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGl6cG9xQmV0aGVy " + name, true);
    }
}
