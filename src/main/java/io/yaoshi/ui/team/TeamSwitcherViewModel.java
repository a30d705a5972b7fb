package io.yaoshi.ui.team;

import io.yaoshi.i18n.FailureTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.team.StorePasswordPrompt;
import io.yaoshi.team.TeamLink;
import io.yaoshi.team.TeamVault;
import io.yaoshi.team.TeamWatch;
import io.yaoshi.team.Teams;
import io.yaoshi.ui.common.BackgroundRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The switcher beside the key list: the personal vault or one of its teams. Choosing a team reads it from its store
 * (or, while that is down, from the copy in the vault, read-only, said in a banner) and watches it, so what others
 * write shows without asking. Locking goes back to the personal vault and closes the team's connections.
 */
public final class TeamSwitcherViewModel {

    /** The personal vault's choice; every other choice is a team's name. */
    public static final String PERSONAL = "";

    private final Teams teams;
    private final ActiveKeys active;
    private final BackgroundRunner runner;
    /** Where what the watch's thread learns is shown: the JavaFX thread. */
    private final Executor ui;
    private final Messages text;
    private final Runnable showKeys;
    private final ObservableList<String> choices = FXCollections.observableArrayList(PERSONAL);
    private final ObjectProperty<String> chosen = new SimpleObjectProperty<>(PERSONAL);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    /** Only touched on the vault thread. */
    private TeamWatch watch;
    private boolean quiet;

    /**
     * @param ui       the JavaFX thread
     * @param showKeys reads the list again (after a switch or a change by someone else)
     */
    public TeamSwitcherViewModel(Teams teams, ActiveKeys active, BackgroundRunner runner, Executor ui,
                                 Messages text, Runnable showKeys) {
        this.teams = teams;
        this.active = active;
        this.runner = runner;
        this.ui = ui;
        this.text = text;
        this.showKeys = showKeys;
        chosen.addListener((o, before, now) -> {
            if (!quiet && now != null && !now.equals(before)) {
                switchTo(now);
            }
        });
    }

    public ObservableList<String> choices() {
        return choices;
    }

    public ObjectProperty<String> chosenProperty() {
        return chosen;
    }

    /** True while the personal vault is chosen. */
    public BooleanBinding personalChosenBinding() {
        return Bindings.createBooleanBinding(() -> PERSONAL.equals(chosen.get()), chosen);
    }

    /** What the user must know about the chosen team (offline, connection lost, could not be read); empty if all is well. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public String label(String choice) {
        return choice == null || choice.equals(PERSONAL) ? text.get("team.switcher.personal")
                : text.format("team.switcher.team", choice);
    }

    /** After an unlock: the vault's teams become choices (no store is asked yet). */
    public void unlocked() {
        runner.task(teams::links).onSuccess(links -> {
            List<String> names = new ArrayList<>();
            names.add(PERSONAL);
            links.stream().map(TeamLink::name).forEach(names::add);
            choices.setAll(names);
        }).run();
    }

    /** On lock: back to the personal vault, the team's connections closed, the teams forgotten until the next unlock. */
    public void locked() {
        quietly(PERSONAL);
        choices.setAll(PERSONAL);
        banner.set("");
        runner.task(() -> {
            stopWatching();
            active.usePersonal();
            return null;
        }).run();
    }

    private void switchTo(String choice) {
        banner.set("");
        runner.task(() -> {
            stopWatching();
            if (choice.equals(PERSONAL)) {
                active.usePersonal();
                return Optional.<Instant>empty();
            }
            teams.askPasswordsWith(StorePasswordPrompt.NONE); // the window uses a kept password only
            TeamVault team = teams.openOrCached(choice);
            active.use(team);
            if (team.offlineSince().isEmpty()) {
                watch = teams.watch(team, this::changedElsewhere,
                        () -> ui.execute(() -> banner.set(text.format("team.banner.lost", choice))));
            }
            return team.offlineSince();
        }).onSuccess(offline -> {
            offline.ifPresent(readAt -> banner.set(text.format("team.banner.offline", choice,
                    text.dateTime(readAt))));
            showKeys.run();
        }).onFailure(failure -> {
            banner.set(new FailureTexts(text).describe(failure).map(lines -> lines.get(0).message())
                    .orElse(text.format("team.banner.failed", choice)));
            quietly(PERSONAL);
            runner.task(() -> {
                active.usePersonal();
                return null;
            }).onSuccess(none -> showKeys.run()).run();
        }).run();
    }

    /** From the watch's thread: read what changed, on the vault thread, then show it. */
    private void changedElsewhere() {
        runner.task(() -> {
            Optional<TeamVault> team = active.team();
            if (team.isPresent() && team.get().offlineSince().isEmpty()) {
                team.get().refresh();
            }
            return null;
        }).onSuccess(none -> showKeys.run()).run();
    }

    private void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    private void quietly(String choice) {
        quiet = true;
        try {
            chosen.set(choice);
        } finally {
            quiet = false;
        }
    }
}
