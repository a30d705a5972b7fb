package io.yaoshi.vault;

/** Calibrates anew for every new key, so a password change on faster hardware gets a higher cost. */
final class CalibratedKdf implements KdfPolicy {

    @Override
    public KdfParameters parametersForNewKey() {
        return KdfCalibrator.onThisMachine().calibrate(KdfParameters.FLOOR);
    }
}
