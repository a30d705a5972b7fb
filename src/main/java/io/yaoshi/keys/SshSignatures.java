package io.yaoshi.keys;

import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.RSADigestSigner;

/**
 * SSH signatures, made and checked with Bouncy Castle: {@code ssh-ed25519} (RFC 8709), {@code ecdsa-sha2-nistp256}
 * and {@code -nistp384} (RFC 5656, deterministic nonces per RFC 6979), {@code rsa-sha2-256} and {@code rsa-sha2-512}
 * (RFC 8332). SHA-1 {@code ssh-rsa} is neither made nor accepted: servers refuse it and so does Yaoshi.
 */
public final class SshSignatures {

    /** A sign request's flag asking for {@code rsa-sha2-256} (the agent protocol's SSH_AGENT_RSA_SHA2_256). */
    public static final int RSA_SHA2_256 = 2;
    /** A sign request's flag asking for {@code rsa-sha2-512}. */
    public static final int RSA_SHA2_512 = 4;

    private static final String RSA_SHA256 = "rsa-sha2-256";
    private static final String RSA_SHA512 = "rsa-sha2-512";

    private SshSignatures() {
    }

    /**
     * The signature algorithm a request with these flags asks of this key, as OpenSSH's agent reads them (the 256 flag
     * first); empty for an RSA key asked without either flag, which would mean SHA-1.
     */
    public static Optional<String> algorithmFor(SshPublicKey key, int flags) {
        if (SshKeyType.of(key.algorithm()) != SshKeyType.RSA) {
            return Optional.of(key.sshType());
        }
        if ((flags & RSA_SHA2_256) != 0) {
            return Optional.of(RSA_SHA256);
        }
        return (flags & RSA_SHA2_512) != 0 ? Optional.of(RSA_SHA512) : Optional.empty();
    }

    /**
     * Signs {@code data} with the algorithm {@link #algorithmFor} chose; the result is the SSH signature encoding
     * ({@code string algorithm, string signature}).
     *
     * @throws IllegalArgumentException when the algorithm does not belong to the key
     */
    public static byte[] sign(SshKeyPair pair, byte[] data, String algorithm) {
        SshKeyType type = SshKeyType.of(pair.algorithm());
        if (!accepts(type, algorithm)) {
            throw new IllegalArgumentException(algorithm + " is not a signature of a " + type.sshName() + " key");
        }
        byte[] signature = switch (type) {
            case ED25519 -> signWith(new Ed25519Signer(), pair.privateKey(), data);
            case RSA -> signWith(new RSADigestSigner(digestOf(algorithm)), pair.privateKey(), data);
            case NISTP256, NISTP384 -> ecdsa(type, (ECPrivateKeyParameters) pair.privateKey(), data);
        };
        return new SshWireWriter().utf8(algorithm).string(signature).toByteArray();
    }

    /**
     * Whether {@code signature} (SSH encoding) is a valid signature of {@code data} by the key in {@code publicKeyBlob}
     * (SSH encoding). False for anything malformed, a key type Yaoshi does not read, or SHA-1 RSA.
     */
    public static boolean verify(byte[] publicKeyBlob, byte[] data, byte[] signature) {
        try {
            AsymmetricKeyParameter key = SshPublicKeyBlobCodec.decode(publicKeyBlob);
            SshKeyType type = SshKeyType.of(key);
            SshWireReader in = new SshWireReader(signature);
            String algorithm = in.readUtf8();
            byte[] value = in.readString();
            in.expectEnd("the signature");
            if (!accepts(type, algorithm)) {
                return false;
            }
            return switch (type) {
                case ED25519 -> verifyWith(new Ed25519Signer(), key, data, value);
                case RSA -> verifyWith(new RSADigestSigner(digestOf(algorithm)), key, data, value);
                case NISTP256, NISTP384 -> verifyEcdsa(type, (ECPublicKeyParameters) key, data, value);
            };
        } catch (KeyFormatException | RuntimeException e) {
            return false;
        }
    }

    private static boolean accepts(SshKeyType type, String algorithm) {
        return type == SshKeyType.RSA ? RSA_SHA256.equals(algorithm) || RSA_SHA512.equals(algorithm)
                : type.sshName().equals(algorithm);
    }

    private static Digest digestOf(String rsaAlgorithm) {
        return RSA_SHA512.equals(rsaAlgorithm) ? new SHA512Digest() : new SHA256Digest();
    }

    private static Digest ecdsaDigest(SshKeyType type) {
        return type == SshKeyType.NISTP384 ? new SHA384Digest() : new SHA256Digest();
    }

    private static byte[] signWith(Signer signer, AsymmetricKeyParameter privateKey, byte[] data) {
        signer.init(true, privateKey);
        signer.update(data, 0, data.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    private static boolean verifyWith(Signer signer, AsymmetricKeyParameter publicKey, byte[] data, byte[] value) {
        signer.init(false, publicKey);
        signer.update(data, 0, data.length);
        return signer.verifySignature(value);
    }

    /** ECDSA's SSH encoding: {@code mpint r, mpint s} inside the signature string. */
    private static byte[] ecdsa(SshKeyType type, ECPrivateKeyParameters key, byte[] data) {
        Digest digest = ecdsaDigest(type);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(ecdsaDigest(type)));
        signer.init(true, key);
        BigInteger[] rs = signer.generateSignature(hash(digest, data));
        return new SshWireWriter().mpint(rs[0]).mpint(rs[1]).toByteArray();
    }

    private static boolean verifyEcdsa(SshKeyType type, ECPublicKeyParameters key, byte[] data, byte[] value)
            throws KeyFormatException {
        SshWireReader in = new SshWireReader(value);
        BigInteger r = in.readMpint();
        BigInteger s = in.readMpint();
        in.expectEnd("the ECDSA signature");
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, key);
        return signer.verifySignature(hash(ecdsaDigest(type), data), r, s);
    }

    private static byte[] hash(Digest digest, byte[] data) {
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
