package io.yaoshi.ui.agent;

import io.yaoshi.agent.AgentRequest;
import io.yaoshi.agent.RecentRequests;
import io.yaoshi.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The agent's recent requests as rows: time, key, host or namespace, forwarded, and who decided what. */
public final class RecentRequestsViewModel {

    /** One request in words. {@code signed}: it was signed (the decision column's colour). */
    public record Row(String time, String key, String target, String forwarded, String decision, boolean signed) {
    }

    private final RecentRequests requests;
    private final Messages text;
    private final RequestTexts texts;
    private final DateTimeFormatter times;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public RecentRequestsViewModel(RecentRequests requests, Messages text, ZoneId zone) {
        this.requests = requests;
        this.text = text;
        this.texts = new RequestTexts(text);
        // 24-hour with the day: an operator's clock, the same in both languages ("上午12:00" reads badly)
        this.times = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
        refresh();
    }

    /** Newest first. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** Reads the requests again; on the JavaFX thread. */
    public void refresh() {
        rows.setAll(requests.snapshot().stream().map(this::row).toList());
    }

    /** Shown instead of an empty table. */
    public String emptyText() {
        return text.get("agentrequests.empty");
    }

    private Row row(AgentRequest request) {
        return new Row(times.format(request.time()), request.key().name(),
                texts.target(request.what(), request.destination()),
                request.forwarded() ? text.get("agentrequests.forwarded.yes") : "",
                text.get("agentrequests.outcome." + request.outcome().name().toLowerCase(Locale.ROOT)),
                request.outcome().signed());
    }
}
