package io.yaoshi.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a history entry records. The code is stored inside the encrypted entry and printed by {@code yaoshi audit},
 * so renaming a constant never changes the file or a script's input.
 */
public enum HistoryAction {
    VAULT_CREATE("vault.create", false),
    UNLOCK_FAILED("vault.unlock-failed", false),
    PASSWORD_CHANGE("vault.password-change", true),
    PASSWORD_COST("vault.password-cost", true),
    ACCEPT_AS_IS("vault.accept-as-is", true),
    BACKUP("vault.backup", false),
    RESTORE("vault.restore", true),
    RECOVER("vault.recover", true),
    KEY_CREATE("key.create", true),
    KEY_IMPORT("key.import", true),
    KEY_EXPORT("key.export", false),
    KEY_COPY("key.copy", false),
    KEY_TAG("key.tag", true),
    KEY_DELETE("key.delete", true),
    KEY_UPLOAD("key.upload", true),
    KEY_RECORD("key.record", true),
    KEY_ROTATE("key.rotate", true),
    CREDENTIALS_SET("credentials.set", true),
    CLOUD_SYNC("cloud.sync", true),
    SERVER_BIND("server.bind", false),
    SERVER_UNBIND("server.unbind", false),
    AGENT_POLICY("agent.policy", true),
    AGENT_LOAD("agent.load", false),
    AGENT_SIGN("agent.sign", false),
    HISTORY_CUT("history.cut", false),
    IDENTITY_CREATE("team.identity", true),
    TEAM_CREATE("team.create", true),
    TEAM_JOIN("team.join", true),
    TEAM_MEMBER_ADD("team.member-add", false),
    TEAM_MEMBER_REMOVE("team.member-remove", false);

    private final String code;
    private final boolean changesVault;

    HistoryAction(String code, boolean changesVault) {
        this.code = code;
        this.changesVault = changesVault;
    }

    public String code() {
        return code;
    }

    /** Whether the vault's contents changed, so an automatic backup is due (history alone does not count). */
    public boolean changesVault() {
        return changesVault;
    }

    public static Optional<HistoryAction> fromCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
