package io.yaoshi.team;

import io.yaoshi.vault.ItemBox;
import io.yaoshi.vault.VaultItem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * One generation of a team's data key. It is wrapped for each member (an ephemeral X25519 key agreed with the
 * member's, HKDF-SHA256 to an AES-256 key, AES-GCM over the data key) and seals the team's items in the personal
 * vault's item format, the associated data binding team, item, version and generation.
 */
final class TeamKey {

    private static final byte[] WRAP_INFO = "yaoshi-team-wrap-v1".getBytes(StandardCharsets.US_ASCII);
    private static final int PUBLIC_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] key;
    private final ItemBox box;
    private final SecureRandom random;

    private TeamKey(byte[] key, SecureRandom random) {
        this.key = key;
        this.box = new ItemBox(key, random);
        this.random = random;
    }

    static TeamKey generate(SecureRandom random) {
        byte[] key = new byte[ItemBox.KEY_BYTES];
        random.nextBytes(key);
        return new TeamKey(key, random);
    }

    /** The data key wrapped for {@code member}: ephemeral X25519 public key, nonce, AES-GCM ciphertext. */
    byte[] wrapFor(TeamIdentity member, UUID team, int generation) {
        X25519PrivateKeyParameters ephemeral = new X25519PrivateKeyParameters(random);
        byte[] ephemeralPublic = ephemeral.generatePublicKey().getEncoded();
        X25519Agreement agreement = new X25519Agreement();
        agreement.init(ephemeral);
        byte[] shared = new byte[agreement.getAgreementSize()];
        agreement.calculateAgreement(new X25519PublicKeyParameters(member.agreementKey(), 0), shared, 0);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] wrapped;
        try {
            wrapped = gcm(Cipher.ENCRYPT_MODE, wrappingKey(shared, team, ephemeralPublic, member), nonce, key,
                    wrapAad(team, member, generation));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e); // every Java 17 runtime has it
        }
        return ByteBuffer.allocate(PUBLIC_BYTES + NONCE_BYTES + wrapped.length).put(ephemeralPublic).put(nonce)
                .put(wrapped).array();
    }

    /** The key {@link #wrapFor} wrapped for {@code me}, or empty when it does not open (not for me, or altered). */
    static Optional<TeamKey> unwrap(IdentityKeys me, UUID team, int generation, byte[] wrapped, SecureRandom random) {
        if (wrapped.length <= PUBLIC_BYTES + NONCE_BYTES) {
            return Optional.empty();
        }
        byte[] ephemeralPublic = Arrays.copyOf(wrapped, PUBLIC_BYTES);
        byte[] nonce = Arrays.copyOfRange(wrapped, PUBLIC_BYTES, PUBLIC_BYTES + NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(wrapped, PUBLIC_BYTES + NONCE_BYTES, wrapped.length);
        TeamIdentity mine = me.publicIdentity();
        byte[] shared;
        try {
            shared = me.agree(ephemeralPublic);
        } catch (IllegalStateException lowOrderPoint) {
            return Optional.empty(); // BC refuses an all-zero secret: a key chosen to force it
        }
        try {
            byte[] key = gcm(Cipher.DECRYPT_MODE, wrappingKey(shared, team, ephemeralPublic, mine), nonce, ciphertext,
                    wrapAad(team, mine, generation));
            return key.length == ItemBox.KEY_BYTES ? Optional.of(new TeamKey(key, random)) : Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    byte[] seal(VaultItem item, UUID team, long version, int generation) {
        return box.seal(item, itemAad(team, item.id(), version, generation));
    }

    Optional<VaultItem> open(UUID team, UUID item, long version, int generation, byte[] sealed) {
        return box.open(item, sealed, itemAad(team, item, version, generation));
    }

    void wipe() {
        Arrays.fill(key, (byte) 0);
        box.wipe();
    }

    private static byte[] itemAad(UUID team, UUID item, long version, int generation) {
        return SignedFields.of("yaoshi-team/item-v1").uuid(team).uuid(item).number(version).number(generation)
                .toBytes();
    }

    private static byte[] wrapAad(UUID team, TeamIdentity member, int generation) {
        return SignedFields.of("yaoshi-team/key-v1").uuid(team).identity(member).number(generation).toBytes();
    }

    private static byte[] wrappingKey(byte[] shared, UUID team, byte[] ephemeralPublic, TeamIdentity member) {
        try {
            byte[] salt = ByteBuffer.allocate(16).putLong(team.getMostSignificantBits())
                    .putLong(team.getLeastSignificantBits()).array();
            byte[] info = ByteBuffer.allocate(WRAP_INFO.length + 2 * PUBLIC_BYTES).put(WRAP_INFO).put(ephemeralPublic)
                    .put(member.agreementKey()).array();
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(shared, salt, info));
            byte[] out = new byte[ItemBox.KEY_BYTES];
            hkdf.generateBytes(out, 0, out.length);
            return out;
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }

    private static byte[] gcm(int mode, byte[] key, byte[] nonce, byte[] input, byte[] aad)
            throws GeneralSecurityException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
