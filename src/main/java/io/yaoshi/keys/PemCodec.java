package io.yaoshi.keys;

import java.io.IOException;
import java.security.SecureRandom;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.io.pem.PemGenerationException;

/** Writes private keys as OpenSSL PEM: PKCS#8 (plain or encrypted) and, for RSA, PKCS#1. */
final class PemCodec {

    /** PBKDF2-HMAC-SHA256 iterations: OWASP's 2023 figure, about 0.2 s here, loads in OpenSSL 1.1 and later. */
    static final int PBKDF2_ITERATIONS = 600_000;
    private static final int LINE_WIDTH = 64;

    private PemCodec() {
    }

    static String pkcs8(SshKeyPair pair) {
        return PemBlock.encode(DerKind.PKCS8_PRIVATE.pemLabel(), der(privateKeyInfo(pair)), LINE_WIDTH);
    }

    static String pkcs1(SshKeyPair pair) {
        if (!(pair.privateKey() instanceof RSAPrivateCrtKeyParameters rsa)) {
            throw new IllegalArgumentException("PKCS#1 holds RSA keys only");
        }
        RSAPrivateKey structure = new RSAPrivateKey(rsa.getModulus(), rsa.getPublicExponent(), rsa.getExponent(),
                rsa.getP(), rsa.getQ(), rsa.getDP(), rsa.getDQ(), rsa.getQInv());
        return PemBlock.encode(DerKind.PKCS1_PRIVATE.pemLabel(), der(structure.toASN1Primitive()), LINE_WIDTH);
    }

    /** PKCS#8 encrypted with AES-256-CBC under PBKDF2-HMAC-SHA256; the caller keeps owning the passphrase. */
    static String encryptedPkcs8(SshKeyPair pair, char[] passphrase, SecureRandom random) {
        try {
            var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                    .setPRF(PKCS8Generator.PRF_HMACSHA256).setIterationCount(PBKDF2_ITERATIONS)
                    .setRandom(random).setPassword(passphrase).setProvider(BouncyCastle.PROVIDER).build();
            return PemBlock.encode(DerKind.PKCS8_ENCRYPTED.pemLabel(),
                    new PKCS8Generator(privateKeyInfo(pair), encryptor).generate().getContent(), LINE_WIDTH);
        } catch (OperatorCreationException | PemGenerationException e) {
            throw new IllegalStateException("Bouncy Castle encrypts PKCS#8 with AES-256-CBC", e);
        }
    }

    /** Version 1 PKCS#8, without the optional public key: OpenSSL 3.0 refuses Ed25519 keys that carry it. */
    private static PrivateKeyInfo privateKeyInfo(SshKeyPair pair) {
        try {
            PrivateKeyInfo info = PrivateKeyInfoFactory.createPrivateKeyInfo(pair.privateKey());
            return new PrivateKeyInfo(info.getPrivateKeyAlgorithm(), info.parsePrivateKey());
        } catch (IOException e) {
            throw new IllegalStateException("every supported key has a PKCS#8 form", e);
        }
    }

    private static byte[] der(org.bouncycastle.asn1.ASN1Encodable structure) {
        try {
            return structure.toASN1Primitive().getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding in memory cannot fail", e);
        }
    }
}
