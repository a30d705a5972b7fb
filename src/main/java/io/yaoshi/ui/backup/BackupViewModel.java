package io.yaoshi.ui.backup;

import io.yaoshi.backup.Backups;
import io.yaoshi.files.SafeFiles;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * "Back Up Vault…": writes a backup where the user chose (the save dialog already confirmed replacing a file) off the
 * JavaFX thread, and says in the status line where it went or why it could not.
 */
public final class BackupViewModel {

    private static final DateTimeFormatter NAME_DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final Backups backups;
    private final BackgroundRunner runner;
    private final Messages text;
    private final FailureText failures;
    private final Clock clock;

    public BackupViewModel(Backups backups, BackgroundRunner runner, Messages text, Clock clock) {
        this.backups = backups;
        this.runner = runner;
        this.text = text;
        this.failures = new FailureText(text);
        this.clock = clock;
    }

    /** The name the save dialog proposes: {@code yaoshi-20261202.yaoshi-backup}. */
    public String suggestedFileName() {
        return "yaoshi-" + NAME_DAY.format(clock.instant().atZone(ZoneId.systemDefault())) + ".yaoshi-backup";
    }

    public void backUpTo(Path target, Consumer<String> status) {
        runner.task(() -> backups.backUp(target, Backups.Trigger.MANUAL, SafeFiles.Overwrite.ALLOW))
                .onStart(() -> status.accept(text.format("backup.status.writing", target)))
                .onSuccess(info -> status.accept(text.format("backup.status.done", target)))
                .onFailure(e -> status.accept(text.format("backup.status.failed", failures.describe(e))))
                .run();
    }
}
