package io.yaoshi.keys;

import io.yaoshi.domain.KeyAlgorithm;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/**
 * A public key of a supported type, held as its SSH wire blob. Equality is the key itself: the comment is a label
 * and does not take part.
 */
public final class SshPublicKey implements ParsedKey {

    private final KeyAlgorithm algorithm;
    private final AsymmetricKeyParameter parameters;
    private final byte[] blob;
    private final String comment;

    private SshPublicKey(KeyAlgorithm algorithm, AsymmetricKeyParameter parameters, byte[] blob, String comment) {
        this.algorithm = algorithm;
        this.parameters = parameters;
        this.blob = blob;
        this.comment = cleanComment(comment);
    }

    static SshPublicKey of(AsymmetricKeyParameter parameters, String comment) throws KeyFormatException {
        return new SshPublicKey(SshKeyType.algorithmOf(parameters), parameters,
                SshPublicKeyBlobCodec.encode(parameters), comment);
    }

    static SshPublicKey fromBlob(byte[] blob, String comment) throws KeyFormatException {
        AsymmetricKeyParameter parameters = SshPublicKeyBlobCodec.decode(blob);
        return new SshPublicKey(SshKeyType.algorithmOf(parameters), parameters, blob.clone(), comment);
    }

    @Override
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public SshPublicKey publicKey() {
        return this;
    }

    @Override
    public String comment() {
        return comment;
    }

    /** The OpenSSH type name, e.g. {@code ssh-ed25519}. */
    public String sshType() {
        return SshKeyType.of(algorithm).sshName();
    }

    /** The SSH wire-format blob (a copy), as base64-encoded in an OpenSSH public key line. */
    public byte[] wireBlob() {
        return blob.clone();
    }

    public SshPublicKey withComment(String newComment) {
        return new SshPublicKey(algorithm, parameters, blob, newComment);
    }

    AsymmetricKeyParameter parameters() {
        return parameters;
    }

    /** Comments end up on one line of a key file, so line breaks and other control characters become spaces. */
    static String cleanComment(String comment) {
        return comment == null ? "" : comment.replaceAll("\\p{Cntrl}", " ").strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SshPublicKey that && algorithm == that.algorithm && Arrays.equals(blob, that.blob);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, Arrays.hashCode(blob));
    }

    @Override
    public String toString() {
        return "SshPublicKey[" + algorithm.id() + ", " + Fingerprints.sha256(this) + "]";
    }
}
