package io.yaoshi.ui.preferences;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;
import java.util.List;

/**
 * What the user chose in Preferences: when the window locks itself, when Yaoshi takes back what it put on the
 * clipboard, the UI language, whether the SSH agent runs with the app, and whether closing the window leaves Yaoshi
 * running in the background ({@code keepRunning}: null until the user was asked, the first time they offered a key),
 * and how much history and how many automatic backups are kept ({@code keeping}).
 * Values outside the offered choices (a hand-edited file) fall back to the default; a file from before the agent
 * existed turns it on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preferences(int autoLockMinutes, int clipboardClearSeconds, LanguageOption language, Boolean sshAgent,
                          Boolean keepRunning, HistoryAndBackups keeping) {

    public static final List<Integer> AUTO_LOCK_MINUTES = List.of(1, 2, 5, 10, 15, 30, 60);
    public static final List<Integer> CLIPBOARD_CLEAR_SECONDS = List.of(10, 15, 30, 45, 60, 90, 120);
    static final int DEFAULT_AUTO_LOCK_MINUTES = 5;
    static final int DEFAULT_CLIPBOARD_CLEAR_SECONDS = 30;

    public Preferences {
        autoLockMinutes = AUTO_LOCK_MINUTES.contains(autoLockMinutes) ? autoLockMinutes : DEFAULT_AUTO_LOCK_MINUTES;
        clipboardClearSeconds = CLIPBOARD_CLEAR_SECONDS.contains(clipboardClearSeconds)
                ? clipboardClearSeconds : DEFAULT_CLIPBOARD_CLEAR_SECONDS;
        language = language == null ? LanguageOption.SYSTEM : language;
        sshAgent = sshAgent == null || sshAgent;
        keeping = keeping == null ? HistoryAndBackups.defaults() : keeping;
    }

    public static Preferences defaults() {
        return new Preferences(DEFAULT_AUTO_LOCK_MINUTES, DEFAULT_CLIPBOARD_CLEAR_SECONDS, LanguageOption.SYSTEM, true,
                null, HistoryAndBackups.defaults());
    }

    /** Whether closing the window leaves Yaoshi running; false until the user said so. */
    public boolean keepsRunning() {
        return Boolean.TRUE.equals(keepRunning);
    }

    public Preferences withKeepRunning(boolean keep) {
        return new Preferences(autoLockMinutes, clipboardClearSeconds, language, sshAgent, keep, keeping);
    }

    public Duration autoLockAfter() {
        return Duration.ofMinutes(autoLockMinutes);
    }

    public Duration clipboardClearAfter() {
        return Duration.ofSeconds(clipboardClearSeconds);
    }
}
