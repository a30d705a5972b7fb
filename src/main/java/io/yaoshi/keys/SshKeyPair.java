package io.yaoshi.keys;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFileProblem;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * A private key with its public half. The private half stays inside this package: it leaves only as an export
 * chosen through {@link KeyExporter}, never through {@link #toString()}.
 */
public final class SshKeyPair implements ParsedKey {

    private final SshPublicKey publicKey;
    private final AsymmetricKeyParameter privateKey;

    private SshKeyPair(SshPublicKey publicKey, AsymmetricKeyParameter privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** A pair whose public half is computed from the private key, so the two always belong together. */
    static SshKeyPair of(AsymmetricKeyParameter privateKey, String comment) throws KeyFormatException {
        return new SshKeyPair(SshPublicKey.of(publicHalf(privateKey), comment), privateKey);
    }

    @Override
    public KeyAlgorithm algorithm() {
        return publicKey.algorithm();
    }

    @Override
    public SshPublicKey publicKey() {
        return publicKey;
    }

    @Override
    public String comment() {
        return publicKey.comment();
    }

    public SshKeyPair withComment(String newComment) {
        return new SshKeyPair(publicKey.withComment(newComment), privateKey);
    }

    AsymmetricKeyParameter privateKey() {
        return privateKey;
    }

    private static AsymmetricKeyParameter publicHalf(AsymmetricKeyParameter privateKey) throws KeyFormatException {
        if (!privateKey.isPrivate()) {
            throw new IllegalArgumentException("not a private key");
        }
        return switch (SshKeyType.of(privateKey)) {
            case RSA -> {
                if (!(privateKey instanceof RSAPrivateCrtKeyParameters rsa)) {
                    throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "RSA private key without CRT values");
                }
                RsaCrt.requireConsistent(rsa);
                yield new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent());
            }
            case ED25519 -> ((Ed25519PrivateKeyParameters) privateKey).generatePublicKey();
            case NISTP256, NISTP384 -> {
                ECPrivateKeyParameters ec = (ECPrivateKeyParameters) privateKey;
                var point = new FixedPointCombMultiplier().multiply(ec.getParameters().getG(), ec.getD()).normalize();
                yield new ECPublicKeyParameters(point, ec.getParameters());
            }
        };
    }

    @Override
    public String toString() {
        return "SshKeyPair[" + algorithm().id() + ", " + Fingerprints.sha256(publicKey) + ", private key hidden]";
    }
}
