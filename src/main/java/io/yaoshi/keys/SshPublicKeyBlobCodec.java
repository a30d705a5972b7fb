package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;

/** The public key blob of RFC 4253 §6.6 / RFC 5656 §3.1 / RFC 8709 §4, the input of every SSH fingerprint. */
final class SshPublicKeyBlobCodec {

    private SshPublicKeyBlobCodec() {
    }

    static byte[] encode(AsymmetricKeyParameter publicKey) throws KeyFormatException {
        SshKeyType type = SshKeyType.of(publicKey);
        SshWireWriter out = new SshWireWriter().utf8(type.sshName());
        switch (type) {
            case RSA -> {
                RSAKeyParameters rsa = (RSAKeyParameters) publicKey;
                out.mpint(rsa.getExponent()).mpint(rsa.getModulus());
            }
            case ED25519 -> out.string(((Ed25519PublicKeyParameters) publicKey).getEncoded());
            case NISTP256, NISTP384 -> out.utf8(type.curveName())
                    .string(((ECPublicKeyParameters) publicKey).getQ().getEncoded(false));
        }
        return out.toByteArray();
    }

    static AsymmetricKeyParameter decode(byte[] blob) throws KeyFormatException {
        SshWireReader in = new SshWireReader(blob);
        SshKeyType type = SshKeyType.require(in.readUtf8());
        AsymmetricKeyParameter key = switch (type) {
            case RSA -> {
                var exponent = in.readMpint();
                yield new RSAKeyParameters(false, in.readMpint(), exponent);
            }
            case ED25519 -> ed25519(in.readString());
            case NISTP256, NISTP384 -> ecdsa(type, in.readUtf8(), in.readString());
        };
        in.expectEnd("the public key");
        return key;
    }

    private static Ed25519PublicKeyParameters ed25519(byte[] encoded) throws KeyFormatException {
        if (encoded.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "Ed25519 public key of wrong length");
        }
        return new Ed25519PublicKeyParameters(encoded);
    }

    private static ECPublicKeyParameters ecdsa(SshKeyType type, String curve, byte[] point) throws KeyFormatException {
        if (!type.curveName().equals(curve)) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "ECDSA curve name does not match the key type");
        }
        ECNamedDomainParameters domain = type.domain();
        try {
            return new ECPublicKeyParameters(domain.getCurve().decodePoint(point), domain);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "ECDSA public point is not on the curve", e);
        }
    }
}
