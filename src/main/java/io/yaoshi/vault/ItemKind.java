package io.yaoshi.vault;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an item holds. The vault never interprets payloads; the kind lets the service layer tell them apart. Kinds are
 * stored by {@link #code()} inside the ciphertext, so renaming a constant never changes the file format.
 */
public enum ItemKind {
    /** A key pair: its listing in the head, its private key in the body, read when asked for. */
    KEY_PAIR(1, true),
    CREDENTIAL(2),
    PENDING_OPERATION(3),
    AGENT_POLICY(4),
    /** The servers of one cloud region as last read, with the time of that reading. */
    SERVER_INVENTORY(5),
    /** The user name ssh logs in as with one key pair's servers. */
    LOGIN_USER(6),
    /** Where a key pair's rotation stands, so an interrupted one resumes; kept once done (the old key is retired). */
    ROTATION(7),
    /** One entry of the history, hash-chained to the one before it. */
    HISTORY_ENTRY(8),
    /** The ends of the history's chain, written with every entry. */
    HISTORY_HEAD(9),
    /** This member's team identity: an X25519 and an Ed25519 private key. */
    IDENTITY(10),
    /** A team this vault belongs to: its id, name, store address, founder and the newest key generation seen. */
    TEAM(11),
    /** The password of a team's store that wants one, by the store's address. */
    STORE_PASSWORD(12),
    /** A row of a team's store as last read, or the head of that copy: the team's key pairs while it is offline. */
    TEAM_CACHE(13);

    private final int code;
    private final boolean readOnDemand;

    ItemKind(int code) {
        this(code, false);
    }

    ItemKind(int code, boolean readOnDemand) {
        this.code = code;
        this.readOnDemand = readOnDemand;
    }

    /**
     * Whether the unlocked vault leaves items of this kind on disk, showing only their start at unlock and reading
     * them whole when asked: kinds that are many and carry secrets, so neither memory nor the unlock grows with them.
     */
    public boolean readOnDemand() {
        return readOnDemand;
    }

    int code() {
        return code;
    }

    static Optional<ItemKind> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }

    /** Looked up once per item at every unlock. */
    private static final ItemKind[] BY_CODE = byCode();

    private static ItemKind[] byCode() {
        ItemKind[] byCode = new ItemKind[Arrays.stream(values()).mapToInt(ItemKind::code).max().orElse(0) + 1];
        for (ItemKind kind : values()) {
            byCode[kind.code] = kind;
        }
        return byCode;
    }
}
