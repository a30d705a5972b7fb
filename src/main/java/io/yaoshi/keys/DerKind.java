package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/** The DER key structures Yaoshi reads, recognised by PEM label or, for bare base64 and binary DER, by shape. */
enum DerKind {
    PKCS1_PRIVATE("RSA PRIVATE KEY"),
    SEC1_PRIVATE("EC PRIVATE KEY"),
    PKCS8_PRIVATE("PRIVATE KEY"),
    PKCS8_ENCRYPTED("ENCRYPTED PRIVATE KEY"),
    SPKI_PUBLIC("PUBLIC KEY"),
    PKCS1_PUBLIC("RSA PUBLIC KEY");

    private static final int PKCS1_PRIVATE_FIELDS = 9;

    private final String pemLabel;

    DerKind(String pemLabel) {
        this.pemLabel = pemLabel;
    }

    String pemLabel() {
        return pemLabel;
    }

    static DerKind forLabel(String label) throws KeyFormatException {
        for (DerKind kind : values()) {
            if (kind.pemLabel.equals(label)) {
                return kind;
            }
        }
        throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "PEM type not supported: "
                + KeyText.printable(label));
    }

    /**
     * The kind of unlabelled DER, as a provider's bare base64 PrivateKeyBody arrives (ECS API reference,
     * CreateKeyPair's PrivateKeyBody): never by a fixed base64 prefix, which varies with the DER length, but by the
     * ASN.1 shape.
     */
    static DerKind classify(ASN1Sequence seq) throws KeyFormatException {
        if (seq.size() >= 2) {
            var first = seq.getObjectAt(0).toASN1Primitive();
            var second = seq.getObjectAt(1).toASN1Primitive();
            if (first instanceof ASN1Integer && second instanceof ASN1Sequence) {
                return PKCS8_PRIVATE;
            }
            if (first instanceof ASN1Sequence && second instanceof ASN1OctetString) {
                return PKCS8_ENCRYPTED;
            }
            if (first instanceof ASN1Sequence && second instanceof ASN1BitString) {
                return SPKI_PUBLIC;
            }
            if (first instanceof ASN1Integer && second instanceof ASN1OctetString) {
                return SEC1_PRIVATE;
            }
            if (first instanceof ASN1Integer && second instanceof ASN1Integer) {
                return rsaOrUnsupported(seq);
            }
        }
        throw new KeyFormatException(KeyFileProblem.UNRECOGNIZED, "DER structure is not a known key format");
    }

    private static DerKind rsaOrUnsupported(ASN1Sequence seq) throws KeyFormatException {
        if (seq.size() == 2) {
            return PKCS1_PUBLIC;
        }
        if (seq.size() == PKCS1_PRIVATE_FIELDS) {
            return PKCS1_PRIVATE;
        }
        throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "integer-only DER key that is not RSA (DSA?)");
    }

    /** Parses DER that must be one SEQUENCE, telling a cut-off input apart from a damaged one. */
    static ASN1Sequence sequence(byte[] der) throws KeyFormatException {
        if (declaredLength(der) > der.length) {
            throw new KeyFormatException(KeyFileProblem.TRUNCATED, "DER key shorter than its declared length");
        }
        try {
            if (ASN1Primitive.fromByteArray(der) instanceof ASN1Sequence seq) {
                return seq;
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "malformed DER key", e);
        }
        throw new KeyFormatException(KeyFileProblem.UNRECOGNIZED, "DER key that is not a SEQUENCE");
    }

    /** The length the outer DER header announces, or 0 when it is not a definite form we can read. */
    private static long declaredLength(byte[] der) throws KeyFormatException {
        if (der.length < 2) {
            throw new KeyFormatException(KeyFileProblem.TRUNCATED, "DER key of less than two bytes");
        }
        int first = der[1] & 0xff;
        if (first < 0x80) {
            return 2L + first;
        }
        int count = first & 0x7f;
        if (count == 0 || count > 4) {
            return 0;
        }
        if (der.length < 2 + count) {
            throw new KeyFormatException(KeyFileProblem.TRUNCATED, "DER length field cut off");
        }
        long length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (der[2 + i] & 0xff);
        }
        return 2L + count + length;
    }
}
