package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/** The per-type private key fields inside an OpenSSH private section ({@code sshkey_private_serialize}). */
final class OpenSshPrivateKeyFields {

    private OpenSshPrivateKeyFields() {
    }

    static void write(SshWireWriter out, SshKeyPair pair) {
        SshKeyType type = SshKeyType.of(pair.algorithm());
        out.utf8(type.sshName());
        AsymmetricKeyParameter key = pair.privateKey();
        switch (type) {
            case RSA -> {
                RSAPrivateCrtKeyParameters rsa = (RSAPrivateCrtKeyParameters) key;
                out.mpint(rsa.getModulus()).mpint(rsa.getPublicExponent()).mpint(rsa.getExponent())
                        .mpint(rsa.getQInv()).mpint(rsa.getP()).mpint(rsa.getQ());
            }
            case ED25519 -> {
                Ed25519PrivateKeyParameters ed = (Ed25519PrivateKeyParameters) key;
                byte[] publicKey = ed.generatePublicKey().getEncoded();
                byte[] seedAndPublic = new byte[64];
                System.arraycopy(ed.getEncoded(), 0, seedAndPublic, 0, 32);
                System.arraycopy(publicKey, 0, seedAndPublic, 32, 32);
                out.string(publicKey).string(seedAndPublic);
                Arrays.fill(seedAndPublic, (byte) 0);
            }
            case NISTP256, NISTP384 -> {
                ECPublicKeyParameters point = (ECPublicKeyParameters) pair.publicKey().parameters();
                out.utf8(type.curveName()).string(point.getQ().getEncoded(false))
                        .mpint(((ECPrivateKeyParameters) key).getD());
            }
        }
    }

    static AsymmetricKeyParameter read(SshWireReader in) throws KeyFormatException {
        SshKeyType type = SshKeyType.require(in.readUtf8());
        return switch (type) {
            case RSA -> {
                BigInteger n = in.readMpint();
                BigInteger e = in.readMpint();
                BigInteger d = in.readMpint();
                BigInteger qInv = in.readMpint();
                yield RsaCrt.fromPrimes(n, e, d, in.readMpint(), in.readMpint(), qInv);
            }
            case ED25519 -> {
                in.readString();
                byte[] seedAndPublic = in.readString();
                if (seedAndPublic.length != 64) {
                    throw new KeyFormatException(KeyFileProblem.CORRUPT, "Ed25519 private key of wrong length");
                }
                yield new Ed25519PrivateKeyParameters(seedAndPublic, 0);
            }
            case NISTP256, NISTP384 -> {
                in.readUtf8();
                in.readString();
                yield new ECPrivateKeyParameters(in.readMpint(), type.domain());
            }
        };
    }
}
