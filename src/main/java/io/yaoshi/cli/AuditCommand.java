package io.yaoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.history.ChainBreak;
import io.yaoshi.history.ChainVerdict;
import io.yaoshi.history.HistoryEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi audit [--key ID|NAME] [--action CODE] [--since DATE] [--json]}: the vault's history, oldest first;
 * {@code yaoshi audit verify}: checks its chain (exit 4 when broken, saying where).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class)
final class AuditCommand extends VaultCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--key", paramLabel = "ID|NAME", descriptionKey = "cli.option.auditKey")
    private String key;

    @Option(names = "--action", paramLabel = "CODE", descriptionKey = "cli.option.auditAction")
    private String action;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.auditSince")
    private String since;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    AuditCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        Optional<Instant> from = since();
        List<HistoryEntry> entries = env.history().entries().stream()
                .filter(entry -> key == null || entry.keyId().filter(key::equals).isPresent()
                        || entry.keyName().filter(key::equals).isPresent())
                .filter(entry -> action == null || entry.action().equals(action) || entry.action().startsWith(action
                        + "."))
                .filter(entry -> from.isEmpty() || !entry.time().isBefore(from.get())).toList();
        if (json) {
            printJson(entries);
        } else if (entries.isEmpty()) {
            env.out().println(env.messages().get("cli.audit.empty"));
        } else {
            TextTable table = new TextTable(List.of("#", env.messages().get("history.column.time"),
                    env.messages().get("history.column.action"), env.messages().get("history.column.key"),
                    env.messages().get("history.column.detail")));
            entries.forEach(entry -> table.add(List.of(String.valueOf(entry.seq()),
                    env.messages().dateTime(entry.time()), entry.action(),
                    TerminalText.oneLine(entry.keyName().orElse("")), TerminalText.oneLine(detail(entry)))));
            env.out().print(table.render());
        }
        return ExitCode.OK;
    }

    private Optional<Instant> since() throws CliFailure {
        if (since == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(since).atStartOfDay(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCode.USAGE, "usage", env.messages().format("cli.error.badDate",
                    TerminalText.oneLine(since)));
        }
    }

    private static String detail(HistoryEntry entry) {
        return entry.detail().entrySet().stream().map(d -> d.getKey() + "=" + d.getValue())
                .collect(Collectors.joining("; ")); // a tag list inside a detail has commas of its own
    }

    private void printJson(List<HistoryEntry> entries) throws Exception {
        ArrayNode list = JSON.createArrayNode();
        for (HistoryEntry entry : entries) {
            ObjectNode node = list.addObject().put("seq", entry.seq()).put("time", entry.time().toString())
                    .put("action", entry.action());
            entry.keyId().ifPresentOrElse(id -> node.put("id", id), () -> node.putNull("id"));
            entry.keyName().ifPresentOrElse(name -> node.put("name", name), () -> node.putNull("name"));
            ObjectNode detail = node.putObject("detail");
            entry.detail().forEach(detail::put);
        }
        env.out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list));
    }

    /** {@code audit verify [--json]}: exit 0 when the chain holds, 4 with every place it breaks. */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify extends VaultCommand {

        @Option(names = "--json", descriptionKey = "cli.option.json")
        private boolean json;

        Verify(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            ChainVerdict verdict = env.history().verify();
            if (json) {
                ObjectNode node = JSON.createObjectNode().put("intact", verdict.intact())
                        .put("entries", verdict.entries());
                ArrayNode breaks = node.putArray("breaks");
                verdict.breaks().forEach(b -> breaks.addObject().put("seq", b.seq()).put("problem", b.code()));
                env.out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            } else if (verdict.intact()) {
                env.out().println(env.messages().format("cli.audit.intact", verdict.entries()));
            } else {
                for (ChainBreak broken : verdict.breaks()) {
                    env.out().println(env.messages().format("history.break." + broken.problem().name(),
                            broken.seq(), broken.seq() - 1));
                }
            }
            if (!verdict.intact()) {
                throw new CliFailure(ExitCode.VAULT, "HistoryBroken", env.messages().format("cli.error.historyBroken",
                        verdict.breaks().size()));
            }
            return ExitCode.OK;
        }
    }
}
