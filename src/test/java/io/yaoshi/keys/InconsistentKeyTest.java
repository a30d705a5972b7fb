package io.yaoshi.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.domain.KeyFileProblem;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.junit.jupiter.api.Test;

/** A key whose values do not belong together is refused on import, before it is stored and exported broken. */
class InconsistentKeyTest {

    private static final Fixtures FIXTURES = new Fixtures(KeyParserTest.class);
    private final KeyParser parser = new KeyParser();

    @Test
    void anRsaKeyWithAnotherPrivateExponentIsCorrupt() throws Exception {
        RSAPrivateKey key = rsaFixture();
        BigInteger d = key.getPrivateExponent().add(BigInteger.TWO);
        BigInteger p = key.getPrime1();
        BigInteger q = key.getPrime2();
        RSAPrivateKey altered = new RSAPrivateKey(key.getModulus(), key.getPublicExponent(), d, p, q,
                d.mod(p.subtract(BigInteger.ONE)), d.mod(q.subtract(BigInteger.ONE)), key.getCoefficient());

        assertEquals(KeyFileProblem.CORRUPT, refusal(altered));
    }

    @Test
    void anRsaKeyWithAWrongCrtExponentIsCorrupt() throws Exception {
        RSAPrivateKey key = rsaFixture();
        RSAPrivateKey altered = new RSAPrivateKey(key.getModulus(), key.getPublicExponent(),
                key.getPrivateExponent(), key.getPrime1(), key.getPrime2(), key.getExponent1().add(BigInteger.ONE),
                key.getExponent2(), key.getCoefficient());

        assertEquals(KeyFileProblem.CORRUPT, refusal(altered));
    }

    @Test
    void theUnalteredKeyImports() throws Exception {
        parser.parse(pem(rsaFixture()), Optional::empty);
    }

    private KeyFileProblem refusal(RSAPrivateKey key) throws Exception {
        byte[] pem = pem(key);
        return assertThrows(KeyFormatException.class, () -> parser.parse(pem, Optional::empty)).reason();
    }

    private static RSAPrivateKey rsaFixture() {
        String text = FIXTURES.text("rsa2048-pkcs1.pem");
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return RSAPrivateKey.getInstance(java.util.Base64.getDecoder().decode(body));
    }

    private static byte[] pem(RSAPrivateKey key) throws Exception {
        return PemBlock.encode("RSA PRIVATE KEY", key.getEncoded(), 64).getBytes(StandardCharsets.US_ASCII);
    }
}
