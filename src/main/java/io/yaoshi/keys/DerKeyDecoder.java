package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/** Reads the DER key structures of {@link DerKind}: PKCS#1, SEC1, PKCS#8 (plain and encrypted) and SPKI. */
final class DerKeyDecoder {

    private static final Set<ASN1ObjectIdentifier> SUPPORTED = Set.of(PKCSObjectIdentifiers.rsaEncryption,
            X9ObjectIdentifiers.id_ecPublicKey, EdECObjectIdentifiers.id_Ed25519);

    private DerKeyDecoder() {
    }

    static ParsedKey decode(DerKind kind, ASN1Sequence der, PassphrasePrompt prompt) throws KeyFormatException {
        try {
            return switch (kind) {
                case PKCS1_PRIVATE -> SshKeyPair.of(rsaPrivate(RSAPrivateKey.getInstance(der)), "");
                case SEC1_PRIVATE -> pkcs8(sec1ToPkcs8(ECPrivateKey.getInstance(der)));
                case PKCS8_PRIVATE -> pkcs8(PrivateKeyInfo.getInstance(der));
                case PKCS8_ENCRYPTED -> pkcs8(decrypt(EncryptedPrivateKeyInfo.getInstance(der), prompt));
                case SPKI_PUBLIC -> spki(SubjectPublicKeyInfo.getInstance(der));
                case PKCS1_PUBLIC -> {
                    RSAPublicKey rsa = RSAPublicKey.getInstance(der);
                    yield SshPublicKey.of(new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent()), "");
                }
            };
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "DER key fields are malformed", e);
        }
    }

    private static RSAPrivateCrtKeyParameters rsaPrivate(RSAPrivateKey rsa) {
        return new RSAPrivateCrtKeyParameters(rsa.getModulus(), rsa.getPublicExponent(), rsa.getPrivateExponent(),
                rsa.getPrime1(), rsa.getPrime2(), rsa.getExponent1(), rsa.getExponent2(), rsa.getCoefficient());
    }

    private static PrivateKeyInfo sec1ToPkcs8(ECPrivateKey sec1) throws KeyFormatException {
        if (sec1.getParametersObject() == null) {
            throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "SEC1 key without a named curve");
        }
        try {
            return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                    sec1.getParametersObject()), sec1);
        } catch (IOException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "SEC1 key cannot be re-encoded", e);
        }
    }

    private static SshKeyPair pkcs8(PrivateKeyInfo info) throws KeyFormatException {
        requireSupported(info.getPrivateKeyAlgorithm());
        AsymmetricKeyParameter key;
        try {
            key = PrivateKeyFactory.createKey(info);
        } catch (IOException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "PKCS#8 key content is malformed", e);
        }
        return SshKeyPair.of(key, "");
    }

    private static SshPublicKey spki(SubjectPublicKeyInfo info) throws KeyFormatException {
        requireSupported(info.getAlgorithm());
        try {
            return SshPublicKey.of(PublicKeyFactory.createKey(info), "");
        } catch (IOException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "public key content is malformed", e);
        }
    }

    private static void requireSupported(AlgorithmIdentifier algorithm) throws KeyFormatException {
        if (!SUPPORTED.contains(algorithm.getAlgorithm())) {
            throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "key algorithm not supported: "
                    + algorithm.getAlgorithm().getId());
        }
    }

    /**
     * Decrypts with the passphrase. A cipher or KDF Bouncy Castle cannot set up is unsupported; any other failure
     * counts as a wrong passphrase, since a wrong key fails the padding check or decrypts to invalid DER.
     */
    private static PrivateKeyInfo decrypt(EncryptedPrivateKeyInfo encrypted, PassphrasePrompt prompt)
            throws KeyFormatException {
        KdfLimits.checkPkcs8(encrypted.getEncryptionAlgorithm());
        char[] passphrase = prompt.passphrase().orElseThrow(
                () -> new KeyFormatException(KeyFileProblem.PASSPHRASE_REQUIRED, "encrypted PKCS#8 key"));
        try {
            return new PKCS8EncryptedPrivateKeyInfo(encrypted).decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build(passphrase));
        } catch (OperatorCreationException e) {
            throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "PKCS#8 encryption not supported", e);
        } catch (PKCSException e) {
            throw new KeyFormatException(e.getCause() instanceof OperatorCreationException ? KeyFileProblem.UNSUPPORTED_TYPE
                    : KeyFileProblem.WRONG_PASSPHRASE, "encrypted PKCS#8 key did not decrypt", e);
        } catch (RuntimeException e) {
            throw new KeyFormatException(KeyFileProblem.WRONG_PASSPHRASE, "encrypted PKCS#8 key did not decrypt", e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}
