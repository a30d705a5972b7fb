package io.yaoshi.servers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.VaultProblem;
import io.yaoshi.service.KeyPairNotFoundException;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The user ssh logs in as on the servers of each key pair, kept encrypted in the vault (an item per key pair that is
 * not the default {@code root}).
 */
public final class LoginUsers {

    public static final String DEFAULT = "root";
    /** A POSIX login name (useradd's rule, capitals allowed for Windows' OpenSSH), so it is one ssh_config word. */
    private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,31}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VaultSession vault;

    public LoginUsers(VaultSession vault) {
        this.vault = vault;
    }

    private record Stored(String keyId, String user) {
    }

    public static boolean isValid(String user) {
        return USER.matcher(user).matches();
    }

    /** Every key pair's user that is not the default. */
    public Map<KeyId, String> all() throws VaultAccessException {
        Map<KeyId, String> users = new HashMap<>();
        for (VaultItem item : vault.items(ItemKind.LOGIN_USER)) {
            try {
                Stored stored = JSON.readValue(item.payload(), Stored.class);
                users.put(new KeyId(stored.keyId()), stored.user());
            } catch (IOException e) {
                throw new VaultAccessException(VaultProblem.IO, e);
            }
        }
        return users;
    }

    /**
     * Sets the user of a key pair's servers.
     *
     * @throws IllegalArgumentException when {@code user} is not a login name ({@link #isValid})
     */
    public void set(KeyId id, String user) throws VaultAccessException, KeyPairNotFoundException {
        if (!isValid(user)) {
            throw new IllegalArgumentException("not a login name");
        }
        if (vault.find(id).isEmpty()) {
            throw new KeyPairNotFoundException(id.value(), List.of());
        }
        if (user.equals(DEFAULT)) {
            vault.remove(itemId(id));
            return;
        }
        try {
            vault.put(new VaultItem(itemId(id), ItemKind.LOGIN_USER, JSON.writeValueAsBytes(new Stored(id.value(),
                    user))));
        } catch (IOException e) {
            throw new IllegalStateException("a record of strings always serialises", e);
        }
    }

    /** One item per key pair, found without reading the others; the key pair's id is random, so this tells nothing. */
    private static UUID itemId(KeyId id) {
        return UUID.nameUUIDFromBytes(("login-user:" + id.value()).getBytes(StandardCharsets.UTF_8));
    }
}
