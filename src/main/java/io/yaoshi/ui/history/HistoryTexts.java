package io.yaoshi.ui.history;

import io.yaoshi.history.HistoryEntry;
import io.yaoshi.i18n.Messages;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * A history entry in the user's words: its action and the names of its details translated, values as recorded (a
 * code from a newer version shows as it is).
 */
public final class HistoryTexts {

    private final Messages text;
    private final DateTimeFormatter times;

    /** @param times how the view writes a time, for the times among the details too */
    public HistoryTexts(Messages text, DateTimeFormatter times) {
        this.text = text;
        this.times = times;
    }

    public String action(String code) {
        return named("history.action.", code);
    }

    /** "Format: openssh; File: /home/…" in one line. */
    public String detail(HistoryEntry entry) {
        return entry.detail().entrySet().stream()
                .map(d -> text.format("history.detail.pair", named("history.detail.", d.getKey()),
                        value(d.getValue())))
                .collect(Collectors.joining(text.get("history.detail.separator")));
    }

    /** The text of {@code prefix + name}, or the name as recorded when this version has none. */
    private String named(String prefix, String name) {
        return text.bundle().containsKey(prefix + name) ? text.get(prefix + name) : name;
    }

    /** Yes and no in words, a recorded time in the view's way, nothing as a dash; the rest as recorded. */
    private String value(String recorded) {
        return switch (recorded) {
            case "true" -> text.get("history.value.yes");
            case "false" -> text.get("history.value.no");
            case "" -> "—";
            default -> asTime(recorded);
        };
    }

    private String asTime(String recorded) {
        if (recorded.length() < 20 || recorded.charAt(10) != 'T' || !recorded.endsWith("Z")) {
            return recorded;
        }
        try {
            return times.format(Instant.parse(recorded));
        } catch (DateTimeParseException e) {
            return recorded;
        }
    }
}
