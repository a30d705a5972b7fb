package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBEParameter;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The costliest key derivation a key file may ask for. A key file chooses its own cost, so a hostile one can ask for
 * minutes of work or gigabytes of memory before its passphrase is even checked. The limits sit far above what
 * ssh-keygen, PuTTYgen and OpenSSL write (and what Yaoshi writes), and at roughly ten seconds on a laptop. Checked
 * before the passphrase is asked for. {@code keyfile.problem.KDF_TOO_COSTLY} names the same numbers.
 */
final class KdfLimits {

    /** ssh-keygen writes 16 rounds (-a raises it; 100 is a common choice); 1,024 take about 10 s. */
    static final int BCRYPT_ROUNDS = 1024;
    /** PuTTYgen writes 8 MiB. */
    static final int ARGON2_MEMORY_KIB = 256 * 1024;
    /** Memory × passes, 8 GiB of memory passes (about 12 s); PuTTYgen's default is about 0.2 s of it. */
    static final long ARGON2_WORK_KIB = 8L * 1024 * 1024;
    static final int ARGON2_PARALLELISM = 16;
    /** OpenSSL writes 2,048 PBKDF2 iterations, Yaoshi 600,000. */
    static final int PBKDF2_ITERATIONS = 10_000_000;
    /** scrypt's memory, 128 · N · r bytes; OpenSSL's default is 1 MiB, its own limit 32 MiB. */
    static final long SCRYPT_MEMORY_BYTES = 256L * 1024 * 1024;

    private KdfLimits() {
    }

    static void checkBcrypt(int rounds) throws KeyFormatException {
        if (rounds > BCRYPT_ROUNDS) {
            throw tooCostly("OpenSSH bcrypt rounds above " + BCRYPT_ROUNDS);
        }
    }

    static void checkArgon2(int memoryKiB, int passes, int parallelism) throws KeyFormatException {
        if (memoryKiB > ARGON2_MEMORY_KIB || parallelism > ARGON2_PARALLELISM
                || (long) memoryKiB * passes > ARGON2_WORK_KIB) {
            throw tooCostly("PuTTY Argon2 cost above the limits");
        }
    }

    /** PBES2 (PBKDF2 or scrypt) and the older PKCS#5/PKCS#12 schemes, by their iteration count or memory. */
    static void checkPkcs8(AlgorithmIdentifier encryption) throws KeyFormatException {
        ASN1Encodable parameters = encryption.getParameters();
        try {
            if (PKCSObjectIdentifiers.id_PBES2.equals(encryption.getAlgorithm())) {
                KeyDerivationFunc kdf = PBES2Parameters.getInstance(parameters).getKeyDerivationFunc();
                if (PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
                    checkIterations(PBKDF2Params.getInstance(kdf.getParameters()).getIterationCount());
                } else if (MiscObjectIdentifiers.id_scrypt.equals(kdf.getAlgorithm())) {
                    checkScrypt(ScryptParams.getInstance(kdf.getParameters()));
                }
            } else if (encryption.getAlgorithm().on(PKCSObjectIdentifiers.pkcs_12PbeIds)) {
                checkIterations(PKCS12PBEParams.getInstance(parameters).getIterations());
            } else if (encryption.getAlgorithm().on(PKCSObjectIdentifiers.pkcs_5)) {
                checkIterations(PBEParameter.getInstance(parameters).getIterationCount());
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "PKCS#8 encryption parameters are malformed", e);
        }
    }

    private static void checkIterations(BigInteger iterations) throws KeyFormatException {
        if (iterations.compareTo(BigInteger.valueOf(PBKDF2_ITERATIONS)) > 0) {
            throw tooCostly("PKCS#8 iterations above " + PBKDF2_ITERATIONS);
        }
    }

    private static void checkScrypt(ScryptParams scrypt) throws KeyFormatException {
        BigInteger memory = scrypt.getCostParameter().multiply(scrypt.getBlockSize()).shiftLeft(7);
        if (memory.compareTo(BigInteger.valueOf(SCRYPT_MEMORY_BYTES)) > 0
                || scrypt.getParallelizationParameter().compareTo(BigInteger.valueOf(ARGON2_PARALLELISM)) > 0) {
            throw tooCostly("PKCS#8 scrypt cost above the limits");
        }
    }

    private static KeyFormatException tooCostly(String detail) {
        return new KeyFormatException(KeyFileProblem.KDF_TOO_COSTLY, detail);
    }
}
