package io.yaoshi.team;

import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * This member's identity with its private halves, as kept in the personal vault: signs what the member writes to a
 * team, and agrees on the secret that unwraps the team's key. {@link #toString()} never shows a private key.
 */
public final class IdentityKeys {

    private final X25519PrivateKeyParameters agreement;
    private final Ed25519PrivateKeyParameters signing;

    IdentityKeys(X25519PrivateKeyParameters agreement, Ed25519PrivateKeyParameters signing) {
        this.agreement = agreement;
        this.signing = signing;
    }

    public TeamIdentity publicIdentity() {
        return new TeamIdentity(agreement.generatePublicKey().getEncoded(), signing.generatePublicKey().getEncoded());
    }

    /** An Ed25519 signature over {@code message}. */
    public byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, signing);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    /** Whether {@code signature} over {@code message} was made by the member {@code author} names. */
    public static boolean verify(TeamIdentity author, byte[] message, byte[] signature) {
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(author.signingKey(), 0));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    /** The X25519 secret shared with {@code peer}; the caller wipes it. */
    public byte[] agree(byte[] peerAgreementKey) {
        X25519Agreement agreement = new X25519Agreement();
        agreement.init(this.agreement);
        byte[] secret = new byte[agreement.getAgreementSize()];
        agreement.calculateAgreement(new X25519PublicKeyParameters(peerAgreementKey, 0), secret, 0);
        return secret;
    }

    byte[] agreementPrivate() {
        return agreement.getEncoded();
    }

    byte[] signingPrivate() {
        return signing.getEncoded();
    }

    @Override
    public String toString() {
        return "IdentityKeys[" + publicIdentity().fingerprint() + "]";
    }
}
