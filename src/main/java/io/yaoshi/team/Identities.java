package io.yaoshi.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.VaultProblem;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * This member's team identity, made on first use and kept in the personal vault as one encrypted item (both private
 * keys); nothing of it leaves the vault but the public identity.
 */
public final class Identities {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VaultSession vault;
    private final SecureRandom random;

    public Identities(VaultSession vault, SecureRandom random) {
        this.vault = vault;
        this.random = random;
    }

    /** The identity of this vault's owner, made now if there is none yet. */
    public IdentityKeys mine() throws VaultAccessException {
        List<VaultItem> kept = vault.items(ItemKind.IDENTITY);
        if (!kept.isEmpty()) {
            return decode(kept.get(0));
        }
        IdentityKeys made = new IdentityKeys(new X25519PrivateKeyParameters(random),
                new Ed25519PrivateKeyParameters(random));
        byte[] agreement = made.agreementPrivate();
        byte[] signing = made.signingPrivate();
        byte[] payload = null;
        try {
            payload = JSON.writeValueAsBytes(JSON.createObjectNode().put("v", 1)
                    .put("x25519", Base64.getEncoder().encodeToString(agreement))
                    .put("ed25519", Base64.getEncoder().encodeToString(signing)));
            vault.put(VaultItem.create(ItemKind.IDENTITY, payload));
        } catch (IOException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        } finally {
            Arrays.fill(agreement, (byte) 0);
            Arrays.fill(signing, (byte) 0);
            if (payload != null) {
                Arrays.fill(payload, (byte) 0);
            }
        }
        vault.events().record(HistoryEvent.of(HistoryAction.IDENTITY_CREATE)
                .with("fingerprint", made.publicIdentity().fingerprint()));
        return made;
    }

    private static IdentityKeys decode(VaultItem item) throws VaultAccessException {
        byte[] payload = item.payload();
        try {
            JsonNode node = JSON.readTree(payload);
            byte[] agreement = Base64.getDecoder().decode(node.path("x25519").asText());
            byte[] signing = Base64.getDecoder().decode(node.path("ed25519").asText());
            try {
                return new IdentityKeys(new X25519PrivateKeyParameters(agreement, 0),
                        new Ed25519PrivateKeyParameters(signing, 0));
            } finally {
                Arrays.fill(agreement, (byte) 0);
                Arrays.fill(signing, (byte) 0);
            }
        } catch (IOException | RuntimeException e) {
            throw new VaultAccessException(VaultProblem.IO, e);
        } finally {
            Arrays.fill(payload, (byte) 0);
        }
    }
}
