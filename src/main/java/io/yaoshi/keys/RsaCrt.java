package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.math.BigInteger;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * Completes the RSA CRT values that SSH formats leave out (they store d, p, q and q⁻¹ but not d mod p−1, q−1), and
 * checks that a key's values belong together: a key with a wrong private exponent imports, exports and then signs
 * nothing that verifies.
 */
final class RsaCrt {

    private RsaCrt() {
    }

    static RSAPrivateCrtKeyParameters fromPrimes(BigInteger n, BigInteger e, BigInteger d, BigInteger p, BigInteger q,
            BigInteger qInv) throws KeyFormatException {
        if (p.signum() <= 0 || q.signum() <= 0 || !p.multiply(q).equals(n)) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "RSA primes do not match the modulus");
        }
        return new RSAPrivateCrtKeyParameters(n, e, d, p, q, d.mod(p.subtract(BigInteger.ONE)),
                d.mod(q.subtract(BigInteger.ONE)), qInv);
    }

    /** n = p·q, e·d ≡ 1 (mod lcm(p−1, q−1)), the CRT exponents are d mod p−1 and q−1, and q·q⁻¹ ≡ 1 (mod p). */
    static void requireConsistent(RSAPrivateCrtKeyParameters key) throws KeyFormatException {
        BigInteger p = key.getP();
        BigInteger q = key.getQ();
        BigInteger e = key.getPublicExponent();
        if (p.signum() <= 0 || q.signum() <= 0 || e.signum() <= 0 || !p.multiply(q).equals(key.getModulus())) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "RSA primes do not match the modulus");
        }
        BigInteger pMinusOne = p.subtract(BigInteger.ONE);
        BigInteger qMinusOne = q.subtract(BigInteger.ONE);
        BigInteger lambda = pMinusOne.divide(pMinusOne.gcd(qMinusOne)).multiply(qMinusOne);
        boolean consistent = e.multiply(key.getExponent()).mod(lambda).equals(BigInteger.ONE)
                && key.getDP().equals(key.getExponent().mod(pMinusOne))
                && key.getDQ().equals(key.getExponent().mod(qMinusOne))
                && q.multiply(key.getQInv()).mod(p).equals(BigInteger.ONE);
        if (!consistent) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "RSA private values do not belong together");
        }
    }
}
