package io.yaoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.backup.Recovery;
import io.yaoshi.i18n.VaultAlterationText;
import io.yaoshi.service.DamagedItem;
import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.SealCheck;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi check}: authenticates every item of the vault and names those that fail, and compares the set of
 * items with the vault's seal. Exit 4 when anything is wrong, so a script or a backup job can stop before it copies
 * a damaged or altered vault over a good backup. {@code --accept} seals an altered vault as it is.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends VaultCommand {

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Option(names = "--accept", descriptionKey = "cli.option.accept")
    private boolean accept;

    @Option(names = "--recover", descriptionKey = "cli.option.recover")
    private boolean recover;

    private VaultSession.UnlockOutcome opened;

    CheckCommand(CliEnvironment env) {
        super(env);
    }

    /** The damage is this command's answer, not a side remark. */
    @Override
    void reportDamage(VaultSession.UnlockOutcome opened) {
        this.opened = opened;
    }

    @Override
    int run() throws Exception {
        opened = env.vault().checkEveryItem(); // the unlock read each item's head only
        if (recover && !opened.damaged().isEmpty()) {
            recoverFromBackups();
            opened = env.vault().lastUnlock();
        }
        SealCheck seal = opened.seal();
        if (accept && seal.isAltered()) {
            env.vault().acceptContentsAsTheyAre();
            env.out().println(env.messages().format("cli.check.accepted", seal.foundItems()));
            seal = SealCheck.intact(seal.foundItems());
        }
        if (json) {
            printJson(seal);
        } else {
            printText(seal);
        }
        if (!opened.damaged().isEmpty()) {
            throw new CliFailure(ExitCode.VAULT, "DamagedItems", env.messages().format("cli.error.damaged",
                    opened.damaged().size(), opened.items()));
        }
        if (seal.isAltered()) {
            throw new CliFailure(ExitCode.VAULT, "VaultAltered", env.messages().format("cli.error.altered"));
        }
        return ExitCode.OK;
    }

    /** Puts damaged items back from the automatic backups, newest first, and says what came from where. */
    private void recoverFromBackups() throws Exception {
        List<Path> backups = env.services().automaticBackups().files();
        if (backups.isEmpty()) {
            env.err().println(env.messages().format("cli.check.noBackups",
                    env.services().automaticBackups().folder()));
            return;
        }
        char[] password = env.secrets().read(PASSWORD_VARIABLE, env.messages().get("cli.prompt.backupPassword"))
                .orElseThrow(() -> new CliFailure(ExitCode.VAULT, "PasswordRequired",
                        env.messages().get("cli.error.passwordRequired")));
        Recovery recovery;
        try {
            recovery = env.backups().recover(opened.damaged().stream().map(DamagedItem::id).toList(), backups,
                    password);
        } finally {
            Arrays.fill(password, '\0');
        }
        recovery.recovered().forEach((id, made) -> env.err().println(env.messages().format("cli.check.recovered",
                id, env.messages().dateTime(made))));
        recovery.notFound().forEach(id -> env.err().println(env.messages().format("cli.check.notRecovered", id)));
        if (recovery.needOtherPassword() > 0) {
            env.err().println(env.messages().format("cli.check.otherPassword", recovery.needOtherPassword()));
        }
    }

    /** One object per problem: damaged items by id, and an alteration of the whole as {@code "id": null}. */
    private void printJson(SealCheck seal) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode list = mapper.createArrayNode();
        opened.damaged().forEach(item -> list.addObject().put("id", item.id()).put("problem",
                item.problem().code()));
        if (seal.isAltered()) {
            ObjectNode altered = list.addObject().putNull("id").put("problem", "vault-altered")
                    .put("foundItems", seal.foundItems());
            seal.sealedItems().ifPresentOrElse(count -> altered.put("sealedItems", count),
                    () -> altered.putNull("sealedItems"));
            seal.alteredSince().ifPresent(since -> altered.put("alteredSince", since.toString()));
        }
        env.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list));
    }

    private void printText(SealCheck seal) {
        if (opened.damaged().isEmpty() && !seal.isAltered()) {
            env.out().println(env.messages().format("cli.check.sound", opened.items()));
        }
        for (DamagedItem item : opened.damaged()) {
            env.out().println(item.id() + "  " + item.problem().code() + "  "
                    + env.messages().get("cli.check.problem." + item.problem().name()));
        }
        if (seal.isAltered()) {
            env.out().println(env.messages().get("vault.altered.title"));
            env.out().println(VaultAlterationText.explain(seal, env.messages()));
            env.out().println(env.messages().format("cli.check.altered"));
        }
    }
}
