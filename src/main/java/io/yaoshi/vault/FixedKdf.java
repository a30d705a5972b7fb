package io.yaoshi.vault;

/**
 * The same parameters for every new key. Package-private, so only {@link KdfPolicy#fixed} creates it in production
 * and the floor check cannot be bypassed by accident (tests make cheap ones through their own helper here).
 */
record FixedKdf(KdfParameters parameters) implements KdfPolicy {

    @Override
    public KdfParameters parametersForNewKey() {
        return parameters;
    }
}
