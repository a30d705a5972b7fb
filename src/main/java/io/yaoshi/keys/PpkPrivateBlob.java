package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * The private blob of a PuTTY key (PuTTY's {@code *_private_blob}): RSA {@code d, p, q, iqmp}; ECDSA {@code d};
 * Ed25519 its 32-byte seed as a little-endian integer, so trailing zero bytes are dropped.
 */
final class PpkPrivateBlob {

    private static final int ED25519_SEED = Ed25519PrivateKeyParameters.KEY_SIZE;

    private PpkPrivateBlob() {
    }

    static byte[] write(SshKeyPair pair) {
        SshWireWriter out = new SshWireWriter();
        AsymmetricKeyParameter key = pair.privateKey();
        switch (SshKeyType.of(pair.algorithm())) {
            case RSA -> {
                RSAPrivateCrtKeyParameters rsa = (RSAPrivateCrtKeyParameters) key;
                out.mpint(rsa.getExponent()).mpint(rsa.getP()).mpint(rsa.getQ()).mpint(rsa.getQInv());
            }
            case ED25519 -> {
                byte[] seed = ((Ed25519PrivateKeyParameters) key).getEncoded();
                int length = seed.length;
                while (length > 0 && seed[length - 1] == 0) {
                    length--;
                }
                out.string(Arrays.copyOf(seed, length));
                Arrays.fill(seed, (byte) 0);
            }
            case NISTP256, NISTP384 -> out.mpint(((ECPrivateKeyParameters) key).getD());
        }
        return out.toByteArray();
    }

    /** The private key; trailing bytes are the cipher padding and are ignored (the MAC already covered them). */
    static AsymmetricKeyParameter read(SshKeyType type, SshPublicKey stated, byte[] blob) throws KeyFormatException {
        SshWireReader in = new SshWireReader(blob);
        return switch (type) {
            case RSA -> {
                RSAKeyParameters rsa = (RSAKeyParameters) stated.parameters();
                BigInteger d = in.readMpint();
                BigInteger p = in.readMpint();
                BigInteger q = in.readMpint();
                yield RsaCrt.fromPrimes(rsa.getModulus(), rsa.getExponent(), d, p, q, in.readMpint());
            }
            case ED25519 -> {
                byte[] littleEndian = in.readString();
                if (littleEndian.length > ED25519_SEED) {
                    throw new KeyFormatException(KeyFileProblem.CORRUPT, "Ed25519 private key too long");
                }
                byte[] seed = Arrays.copyOf(littleEndian, ED25519_SEED);
                Arrays.fill(littleEndian, (byte) 0);
                yield new Ed25519PrivateKeyParameters(seed);
            }
            case NISTP256, NISTP384 -> new ECPrivateKeyParameters(in.readMpint(), type.domain());
        };
    }
}
