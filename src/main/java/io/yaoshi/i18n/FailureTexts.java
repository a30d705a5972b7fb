package io.yaoshi.i18n;

import io.yaoshi.backup.BackupException;
import io.yaoshi.backup.BackupInfo;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.service.AgentLoadException;
import io.yaoshi.service.FileAccessException;
import io.yaoshi.service.KeyFileException;
import io.yaoshi.service.KeyPairNotFoundException;
import io.yaoshi.service.ValidationException;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.validation.Field;
import io.yaoshi.service.validation.ValidationError;
import io.yaoshi.team.StoreAddressException;
import io.yaoshi.team.TeamException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a failed service call says to the user, the one mapping the window and the command line share: a line per
 * problem, each with the stable code a script or a support request can quote and a sentence in the user's language.
 * Never a raw exception message. An unexpected failure (a bug) has no line here: each front end logs it and says so.
 */
public final class FailureTexts {

    /** One problem: its code (the provider's, where there is one) and what it means. */
    public record Line(String code, String message) {
    }

    private final Messages text;

    private static final Pattern CODE_POINT = Pattern.compile("U\\+[0-9A-F]{4,6}");

    public FailureTexts(Messages text) {
        this.text = text;
    }

    /** The lines of a failure the user can act on; empty when it is not one of those. */
    public Optional<List<Line>> describe(Exception failure) {
        if (failure instanceof ValidationException v) {
            return Optional.of(v.validation().errors().stream().map(error -> new Line(error.code(), rule(error)))
                    .toList());
        }
        return single(failure).map(List::of);
    }

    /** One broken rule in the user's words, with the tag's row first when it is about a tag. */
    public String rule(ValidationError error) {
        String message = message(error);
        return error.index() < 0 ? message : text.format("error.tagRow", error.index() + 1, message);
    }

    /** One broken rule in the user's words alone, for a form that shows it beside the field it is about. */
    public String message(ValidationError error) {
        return text.format(error.messageKey(), error.args().stream()
                .map(arg -> arg instanceof String words ? inWords(error, words) : arg).toArray());
    }

    /** A key type by its name ("Ed25519", not the id "ed25519"), a character by its name where it has one. */
    private String inWords(ValidationError error, String arg) {
        return error.field() == Field.KEY_TYPE && text.bundle().containsKey("keytype." + arg)
                ? text.get("keytype." + arg) : namingCharacters(arg);
    }

    /**
     * The rules name an invisible character by its code point ({@code U+0020}); the common ones have a name in the
     * user's language ("space", "空格"), the rare ones keep the code point.
     */
    private String namingCharacters(String arg) {
        return CODE_POINT.matcher(arg).replaceAll(found -> Matcher.quoteReplacement(
                text.bundle().containsKey("character." + found.group()) ? text.get("character." + found.group())
                        : found.group()));
    }

    private Optional<Line> single(Exception failure) {
        if (failure instanceof StoreAddressException a) {
            return line("Team.BadStore", text.format("team.address." + a.problem().name(), a.setting()));
        }
        if (failure instanceof TeamException t) {
            return line("Team." + t.teamProblem().name(), text.format("team.problem." + t.teamProblem().name(),
                    t.detail()));
        }
        if (failure instanceof VaultAccessException v) {
            return line(v.problem().name(), text.get("vault.problem." + v.problem().name()));
        }
        if (failure instanceof FileAccessException f) {
            return line(f.problem().code(), text.format("file.problem." + f.problem().name(), f.path()));
        }
        if (failure instanceof KeyFileException k) {
            return line(k.problem().name(), text.get("keyfile.problem." + k.problem().name()));
        }
        if (failure instanceof ProviderException p) {
            return line(p.code().isEmpty() ? p.failure().name() : p.code(), ProviderTexts.describe(text, p));
        }
        if (failure instanceof AgentLoadException a) {
            return line("Agent." + a.problem().name(), text.format("agentload.problem." + a.problem().name(),
                    a.socket()));
        }
        if (failure instanceof BackupException b) {
            return line("Backup." + b.problem().name(), backupProblem(b));
        }
        if (failure instanceof KeyPairNotFoundException n) {
            if (n.candidates().isEmpty()) {
                return line("KeyPair.NotFound", text.format("error.keyPairNotFound", n.reference()));
            }
            String ids = n.candidates().stream().map(FailureTexts::idAndPlace).collect(Collectors.joining(", "));
            return line("KeyPair.Ambiguous", text.format("error.keyPairAmbiguous", n.reference(),
                    n.candidates().size(), ids));
        }
        return Optional.empty();
    }

    /** A wrong password names the backup's date, and since when the password it needs was in use where known. */
    private String backupProblem(BackupException failure) {
        if (failure.problem() == BackupException.Problem.WRONG_PASSWORD && failure.info().isPresent()) {
            BackupInfo info = failure.info().get();
            return info.passwordSetAt().map(set -> text.format("backup.problem.WRONG_PASSWORD.since",
                    text.dateTime(info.created()), text.dateTime(set)))
                    .orElseGet(() -> text.format("backup.problem.WRONG_PASSWORD.made", text.dateTime(info.created())));
        }
        return text.get("backup.problem." + failure.problem().name());
    }

    private static Optional<Line> line(String code, String message) {
        return Optional.of(new Line(code, message));
    }

    private static String idAndPlace(KeyPairRecord k) {
        String region = k.placement().region().isEmpty() ? "" : "/" + k.placement().region();
        return k.id() + " (" + k.provider().id() + region + ")";
    }
}
