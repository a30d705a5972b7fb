package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.math.BigInteger;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/** Completes the RSA CRT values that SSH formats leave out (they store d, p, q and q⁻¹ but not d mod p−1, q−1). */
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
}
