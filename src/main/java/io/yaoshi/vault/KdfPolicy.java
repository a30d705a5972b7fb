package io.yaoshi.vault;

/**
 * How a vault chooses Argon2id parameters whenever it wraps its data key (creation, password change). Unlocking always
 * uses the parameters stored in the file.
 */
public sealed interface KdfPolicy permits CalibratedKdf, FixedKdf {

    KdfParameters parametersForNewKey();

    /** Production: calibrated on this machine to about 0.5–1 s, never below {@link KdfParameters#FLOOR}. */
    static KdfPolicy calibrated() {
        return new CalibratedKdf();
    }

    /** Fixed parameters, which must meet the floor. */
    static KdfPolicy fixed(KdfParameters parameters) {
        if (!parameters.meetsFloor()) {
            throw new IllegalArgumentException("Argon2id parameters below the floor " + KdfParameters.FLOOR);
        }
        return new FixedKdf(parameters);
    }
}
