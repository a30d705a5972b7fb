package io.yaoshi.ui.history;

import io.yaoshi.history.HistoryEntry;
import io.yaoshi.i18n.Messages;
import java.util.stream.Collectors;

/**
 * A history entry in the user's words: its action and the names of its details translated, values as recorded (a
 * code from a newer version shows as it is).
 */
public final class HistoryTexts {

    private final Messages text;

    public HistoryTexts(Messages text) {
        this.text = text;
    }

    public String action(String code) {
        return text.getOrAsIs("history.action." + code);
    }

    /** "Format: openssh; File: /home/…" in one line. */
    public String detail(HistoryEntry entry) {
        return entry.detail().entrySet().stream()
                .map(d -> text.format("history.detail.pair", text.getOrAsIs("history.detail." + d.getKey()),
                        value(d.getValue())))
                .collect(Collectors.joining(text.get("history.detail.separator")));
    }

    private String value(String recorded) {
        return switch (recorded) {
            case "true" -> text.get("history.value.yes");
            case "false" -> text.get("history.value.no");
            default -> recorded;
        };
    }
}
