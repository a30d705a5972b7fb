package io.yaoshi.keys;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFileProblem;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;

/** The SSH key types Yaoshi handles, with their OpenSSH names and, for ECDSA, curve. */
enum SshKeyType {
    RSA("ssh-rsa", null, null),
    ED25519("ssh-ed25519", null, null),
    NISTP256("ecdsa-sha2-nistp256", "nistp256", SECObjectIdentifiers.secp256r1),
    NISTP384("ecdsa-sha2-nistp384", "nistp384", SECObjectIdentifiers.secp384r1);

    private final String sshName;
    private final String curveName;
    private final ASN1ObjectIdentifier curveOid;

    SshKeyType(String sshName, String curveName, ASN1ObjectIdentifier curveOid) {
        this.sshName = sshName;
        this.curveName = curveName;
        this.curveOid = curveOid;
    }

    String sshName() {
        return sshName;
    }

    /** The curve identifier inside ECDSA blobs ({@code nistp256}); only for ECDSA types. */
    String curveName() {
        return curveName;
    }

    /** The curve's domain, built on Bouncy Castle's fast custom curve; only for ECDSA types. */
    ECNamedDomainParameters domain() {
        return new ECNamedDomainParameters(curveOid, CustomNamedCurves.getByOID(curveOid));
    }

    private static Optional<SshKeyType> fromSshName(String name) {
        return Arrays.stream(values()).filter(t -> t.sshName.equals(name)).findFirst();
    }

    /** The type of an SSH name read from a key, refusing the ones Yaoshi does not handle ({@code ssh-dss}…). */
    static SshKeyType require(String sshName) throws KeyFormatException {
        return fromSshName(sshName).orElseThrow(() -> new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE,
                "SSH key type not supported: " + KeyText.printable(sshName)));
    }

    static SshKeyType of(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case RSA_2048, RSA_3072, RSA_4096 -> RSA;
            case ED25519 -> ED25519;
            case ECDSA_P256 -> NISTP256;
            case ECDSA_P384 -> NISTP384;
        };
    }

    /** The type of a public or private key, refusing the ones Yaoshi does not handle (DSA, Ed448, other curves). */
    static SshKeyType of(AsymmetricKeyParameter key) throws KeyFormatException {
        if (key instanceof RSAKeyParameters) {
            return RSA;
        }
        if (key instanceof Ed25519PublicKeyParameters || key instanceof Ed25519PrivateKeyParameters) {
            return ED25519;
        }
        if (key instanceof ECKeyParameters ec && ec.getParameters() instanceof ECNamedDomainParameters named) {
            for (SshKeyType type : values()) {
                if (named.getName().equals(type.curveOid)) {
                    return type;
                }
            }
        }
        throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE,
                "key type not supported: " + key.getClass().getSimpleName());
    }

    /** The algorithm of a key: RSA only in the sizes of {@link KeyAlgorithm}, so RSA-1024 is refused. */
    static KeyAlgorithm algorithmOf(AsymmetricKeyParameter key) throws KeyFormatException {
        return switch (of(key)) {
            case RSA -> rsaAlgorithm(((RSAKeyParameters) key).getModulus().bitLength());
            case ED25519 -> KeyAlgorithm.ED25519;
            case NISTP256 -> KeyAlgorithm.ECDSA_P256;
            case NISTP384 -> KeyAlgorithm.ECDSA_P384;
        };
    }

    private static KeyAlgorithm rsaAlgorithm(int bits) throws KeyFormatException {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            if (algorithm.family() == KeyAlgorithm.Family.RSA && algorithm.bits() == bits) {
                return algorithm;
            }
        }
        throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "RSA key size not supported: " + bits);
    }
}
