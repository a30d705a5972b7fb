package io.yaoshi.vault;

/**
 * The same parameters for every new key. Package-private, so only {@link KdfPolicy}'s factories create it and the
 * floor check cannot be bypassed by accident.
 */
record FixedKdf(KdfParameters parameters) implements KdfPolicy {

    @Override
    public KdfParameters parametersForNewKey() {
        return parameters;
    }
}
