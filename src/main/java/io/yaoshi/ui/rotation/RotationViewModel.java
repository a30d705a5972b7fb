package io.yaoshi.ui.rotation;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.i18n.ChoiceTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.servers.BindingOutcome;
import io.yaoshi.servers.BindingStep;
import io.yaoshi.servers.KeyRotation;
import io.yaoshi.servers.LoginCheck;
import io.yaoshi.servers.RotationListener;
import io.yaoshi.servers.RotationPlan;
import io.yaoshi.servers.RotationState;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.common.UiExecutor;
import io.yaoshi.ui.servers.ServerStateTexts;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Rotate wizard: the plan read from the cloud (the servers the key pair opens, what happens to each), the new key
 * pair's name and type, whether running servers may be restarted and the old key pair deleted; then each step as it
 * happens, and where it ended. A rotation that stopped earlier is offered for resuming instead.
 */
public final class RotationViewModel {

    /** Where the wizard is. */
    public enum Phase {
        /** The plan is read from the cloud. */
        READING,
        /** The plan could not be read; the failure says why. */
        UNREADABLE,
        /** A new rotation, waiting for the user's go. */
        PLAN,
        /** A rotation stopped earlier, waiting for the user's go to resume it. */
        RESUME,
        RUNNING,
        /** The rotation ran to its end or to a stop; the result says which. */
        FINISHED
    }

    /** One server of the plan and what the rotation will do to it. */
    public record ServerRow(String id, String name, String state, String effect) {
    }

    private final KeyRotation rotation;
    private final KeyPairRecord old;
    private final KeyRotation.LoginSetup setup;
    private final BackgroundRunner runner;
    private final UiExecutor ui;
    private final Messages text;
    private final FailureText failures;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READING);
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<KeyAlgorithm> type = new SimpleObjectProperty<>();
    private final BooleanProperty restart = new SimpleBooleanProperty();
    private final BooleanProperty deleteOld = new SimpleBooleanProperty();
    private final ObservableList<ServerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper intro = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper restartText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper stoppedShort = new ReadOnlyBooleanWrapper();
    private final Command rotate;
    private RotationPlan plan;
    private RotationState unfinished;

    public RotationViewModel(KeyRotation rotation, KeyPairRecord old, KeyRotation.LoginSetup setup, BackgroundRunner runner, UiExecutor ui, Messages text) {
        this.rotation = rotation;
        this.old = old;
        this.setup = setup;
        this.runner = runner;
        this.ui = ui;
        this.text = text;
        this.failures = new FailureText(text);
        this.rotate = Command.when(Bindings.createBooleanBinding(() -> phase.get() == Phase.RESUME
                || phase.get() == Phase.PLAN && !newName.get().isBlank() && type.get() != null, phase, newName, type),
                this::go);
        restart.addListener((o, was, now) -> showPlanRows());
        read();
    }

    private void read() {
        runner.task(() -> {
            Optional<RotationState> stopped = rotation.unfinished(old.id());
            return stopped.isPresent() ? stopped.get()
                    : rotation.plan(old, Optional.empty(), Optional.empty(), false, false);
        }).onSuccess(found -> {
            if (found instanceof RotationState state) {
                unfinished = state;
                intro.set(text.format("rotation.resume", old.name(), state.newName(),
                        text.get("cli.rotate.step." + state.step().name())));
                phase.set(Phase.RESUME);
            } else {
                plan = (RotationPlan) found;
                newName.set(plan.newName());
                type.set(plan.type());
                intro.set(text.format("rotation.intro", old.name(), plan.servers().size()));
                showPlanRows();
                phase.set(Phase.PLAN);
            }
        }).onFailure(e -> {
            failure.set(failures.describe(e));
            phase.set(Phase.UNREADABLE);
        }).run();
    }

    private void showPlanRows() {
        if (plan == null) {
            return;
        }
        ServerStateTexts states = new ServerStateTexts(text);
        rows.setAll(plan.servers().stream().map(s -> new ServerRow(s.id(), s.name(), states.of(s.state()), effect(s)))
                .toList());
        List<String> running = plan.toRestart().stream().map(s -> s.name().isEmpty() ? s.id() : s.name()).toList();
        restartText.set(running.isEmpty() ? "" : text.format("rotation.restart", String.join(", ", running)));
    }

    private String effect(ServerInstance s) {
        String what = switch (s.state()) {
            case "Running" -> restart.get() ? "restart" : "running";
            case "Stopped" -> "stopped";
            default -> "other";
        };
        return text.get("rotation.effect." + plan.style().name() + "." + what);
    }

    private void go() {
        RotationState resume = phase.get() == Phase.RESUME ? unfinished : null;
        RotationPlan chosen = resume != null ? null : new RotationPlan(old, newName.get().strip(), type.get(),
                plan.servers(), plan.style(), restart.get(), deleteOld.get());
        runner.task(() -> resume != null ? rotation.run(resume, setup, new Progress())
                        : rotation.start(chosen, setup, new Progress()))
                .onStart(() -> {
                    failure.set("");
                    log.clear();
                    phase.set(Phase.RUNNING);
                })
                .onSuccess(outcome -> {
                    stoppedShort.set(outcome.stop().isPresent());
                    result.set(outcome.stop().map(stop -> text.format("cli.rotate.stopped." + stop.reason().name(),
                            String.join(", ", stop.servers()), old.name()).replace("yaoshi rotate " + old.name()
                            + " --yes", text.get("rotation.again"))).orElseGet(() -> text.format("cli.rotate.done",
                            old.name(), outcome.state().newName(), outcome.state().instances().size())));
                    phase.set(Phase.FINISHED);
                })
                .onFailure(e -> {
                    stoppedShort.set(true);
                    failure.set(failures.describe(e));
                    phase.set(Phase.FINISHED);
                })
                .run();
    }

    /** Each event as a line of the log, added on the JavaFX thread. */
    private final class Progress implements RotationListener {
        @Override
        public void stepStarted(RotationState.Step step) {
            add(text.get("cli.rotate.step." + step.name()) + "…");
        }

        @Override
        public void step(ServerInstance server, BindingStep step) {
            add("    " + text.format("cli.bind.step." + step.name(), server.id(), server.name()));
        }

        @Override
        public void finished(BindingOutcome outcome) {
            add("    " + outcome.instance().id() + ": " + text.get("cli.bind.result." + outcome.result().name())
                    + (outcome.code().isEmpty() ? "" : " (" + outcome.code() + ")"));
        }

        @Override
        public void checked(ServerInstance server, LoginCheck.Result check) {
            add("    " + server.id() + ": " + text.get("cli.rotate.login." + check.verdict().name())
                    + (check.reason().isEmpty() ? "" : ": " + text.getOrAsIs(check.reason())));
        }

        private void add(String line) {
            ui.execute(() -> log.add(line));
        }
    }

    public ChoiceTexts choiceTexts() {
        return new ChoiceTexts(text);
    }

    /** The types the new key pair may have at this cloud (Aliyun imports no Ed25519). */
    public List<KeyAlgorithm> typeChoices() {
        return KeyPairRules.algorithms(old.provider(), CreateMode.IMPORT);
    }

    public String title() {
        return text.format("rotation.title", old.name());
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<KeyAlgorithm> typeProperty() {
        return type;
    }

    public BooleanProperty restartProperty() {
        return restart;
    }

    public BooleanProperty deleteOldProperty() {
        return deleteOld;
    }

    public ObservableList<ServerRow> rows() {
        return rows;
    }

    public ObservableList<String> log() {
        return log;
    }

    public ReadOnlyStringProperty introProperty() {
        return intro.getReadOnlyProperty();
    }

    /** "Restart the running servers now so it takes effect: web-01, web-02"; empty when none runs. */
    public ReadOnlyStringProperty restartTextProperty() {
        return restartText.getReadOnlyProperty();
    }

    public String deleteOldText() {
        return text.format("rotation.deleteOld", old.name(), choiceTexts().provider(old.provider()));
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Whether the rotation stopped before its end (its journal keeps it for a resume). */
    public ReadOnlyBooleanProperty stoppedShortProperty() {
        return stoppedShort.getReadOnlyProperty();
    }

    public Command rotateCommand() {
        return rotate;
    }
}
