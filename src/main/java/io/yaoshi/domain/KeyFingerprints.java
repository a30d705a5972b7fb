package io.yaoshi.domain;

import java.util.Objects;

/**
 * A key's fingerprints: MD5 colon-hex (what consoles show, as {@code ssh-keygen -l -E md5} prints it without the
 * {@code MD5:} prefix), SHA256 (as {@code ssh-keygen -l} prints it, {@code SHA256:} prefix included), and the
 * provider-reported value kept verbatim (empty when there is none; providers compute it their own way).
 */
public record KeyFingerprints(String md5, String sha256, String provider) {

    public KeyFingerprints {
        Objects.requireNonNull(md5, "md5");
        Objects.requireNonNull(sha256, "sha256");
        provider = Objects.requireNonNullElse(provider, "");
    }

    public KeyFingerprints withProvider(String providerFingerprint) {
        return new KeyFingerprints(md5, sha256, providerFingerprint);
    }
}
