package io.yaoshi.ui.team;

import io.yaoshi.i18n.Messages;
import io.yaoshi.team.TeamRole;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import io.yaoshi.ui.common.Views;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Teams…": your identity, create or join a team, and the members of each (an admin adds and removes them). */
public final class TeamsDialog {

    /** Two lines of text. */
    private static final double OUTCOME_HEIGHT = 36;

    private final Messages text;
    private final Supplier<TeamsViewModel> viewModels;

    public TeamsDialog(Messages text, Supplier<TeamsViewModel> viewModels) {
        this.text = text;
        this.viewModels = viewModels;
    }

    public void show(Window owner) {
        TeamsViewModel model = viewModels.get();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("teams.title"));
        dialog.setHeaderText(text.get("teams.header"));
        dialog.getDialogPane().setId("teamsDialog");
        dialog.getDialogPane().setContent(content(model));
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(text.bundle()));
        dialog.setResizable(true);
        DialogWindows.install(dialog, true);
        model.load();
        dialog.showAndWait();
    }

    private VBox content(TeamsViewModel model) {
        TextField identity = new TextField();
        identity.setId("teamsIdentity");
        identity.setEditable(false);
        identity.getStyleClass().add("mono");
        identity.textProperty().bind(model.identityProperty());
        HBox.setHgrow(identity, Priority.ALWAYS);
        Button copy = new Button(text.get("teams.copyIdentity"));
        copy.setId("teamsCopyIdentity");
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.identityProperty().get()); // public: meant to be sent to an admin
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label fingerprint = new Label();
        fingerprint.getStyleClass().add("form-hint");
        fingerprint.setWrapText(true);
        fingerprint.setMinHeight(Label.USE_PREF_SIZE);
        fingerprint.textProperty().bind(Bindings.createStringBinding(() -> model.fingerprintProperty().get()
                .isEmpty() ? "" : text.format("teams.fingerprint", model.fingerprintProperty().get()),
                model.fingerprintProperty()));

        TextField name = new TextField();
        name.setId("teamsNewName");
        name.setPromptText(text.get("teams.newName"));
        name.textProperty().bindBidirectional(model.newNameProperty());
        name.setPrefColumnCount(12);
        TextField store = new TextField();
        store.setId("teamsNewStore");
        store.setPromptText("postgresql://USER@HOST:5432/DATABASE");
        store.textProperty().bindBidirectional(model.newStoreProperty());
        HBox.setHgrow(store, Priority.ALWAYS);
        PasswordField password = new PasswordField();
        password.setId("teamsPassword");
        password.setPromptText(text.get("teams.password"));
        password.setPrefColumnCount(16);
        HBox.setHgrow(password, Priority.SOMETIMES);
        Button create = new Button(text.get("teams.create"));
        create.setId("teamsCreate");
        create.setOnAction(e -> model.create(take(password)));
        Button join = new Button(text.get("teams.join"));
        join.setId("teamsJoin");
        join.setOnAction(e -> model.join(take(password)));
        for (Button b : List.of(create, join)) {
            b.setMinWidth(Button.USE_PREF_SIZE);
            b.disableProperty().bind(model.busyProperty());
        }
        HBox newTeam = new HBox(8, name, store);
        HBox newTeamActions = new HBox(8, password, create, join);
        newTeamActions.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> team = new ComboBox<>(model.teamNames());
        team.setId("teamsTeam");
        team.setMinWidth(ComboBox.USE_PREF_SIZE);
        team.setPromptText(text.get("teams.noTeam"));
        Views.bindChoice(team, model.teamProperty());
        Label state = new Label();
        state.getStyleClass().add("form-hint");
        state.setWrapText(true);
        Views.keepsItsLine(state, model.teamStateProperty());
        TableView<TeamsViewModel.MemberRow> members = new TableView<>(model.members());
        members.setId("teamsMembers");
        members.setPlaceholder(new Label(text.get("teams.membersPlaceholder")));
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        members.getColumns().addAll(List.of(
                Views.textColumn(text.get("teams.column.fingerprint"), TeamsViewModel.MemberRow::fingerprint, 300),
                Views.textColumn(text.get("teams.column.role"), TeamsViewModel.MemberRow::role, 80),
                Views.textColumn(text.get("teams.column.note"), TeamsViewModel.MemberRow::note, 80)));
        members.setPrefHeight(160);
        VBox.setVgrow(members, Priority.ALWAYS);

        TextField memberIdentity = new TextField();
        memberIdentity.setId("teamsMemberIdentity");
        memberIdentity.setPromptText(text.get("teams.memberIdentity"));
        memberIdentity.textProperty().bindBidirectional(model.memberIdentityProperty());
        HBox.setHgrow(memberIdentity, Priority.ALWAYS);
        ComboBox<TeamRole> role = new ComboBox<>();
        role.getItems().setAll(TeamRole.MEMBER, TeamRole.ADMIN);
        role.setConverter(Views.displayOnly(model::roleLabel));
        role.valueProperty().bindBidirectional(model.memberRoleProperty());
        role.setMinWidth(ComboBox.USE_PREF_SIZE);
        Button add = new Button(text.get("teams.add"));
        add.setId("teamsAdd");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(e -> model.addMember());
        add.disableProperty().bind(model.canManageProperty().not().or(model.busyProperty()));
        Button remove = new Button(text.get("teams.remove"));
        remove.setId("teamsRemove");
        remove.setMinWidth(Button.USE_PREF_SIZE);
        remove.setOnAction(e -> model.removeMember(members.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(model.canManageProperty().not().or(model.busyProperty())
                .or(members.getSelectionModel().selectedItemProperty().isNull()));
        HBox manage = new HBox(8, memberIdentity, role, add, remove);
        manage.setAlignment(Pos.CENTER_LEFT);

        // what an action did or why it failed, in two lines kept from the start: a window that grew after it was
        // shown would push its Close button out of sight
        Label outcome = new Label();
        outcome.setId("teamsOutcome");
        outcome.setWrapText(true);
        outcome.setMinHeight(OUTCOME_HEIGHT);
        outcome.setPrefHeight(OUTCOME_HEIGHT);
        outcome.setAlignment(Pos.TOP_LEFT);
        outcome.textProperty().bind(Bindings.when(model.failureProperty().isEmpty()).then(model.doneProperty())
                .otherwise(model.failureProperty()));
        Views.styleWhile(outcome, "error-text", model.failureProperty().isNotEmpty());

        VBox content = new VBox(8, section("teams.yourIdentity"), new HBox(8, identity, copy), fingerprint,
                section("teams.newTeam"), newTeam, newTeamActions, section("teams.members"), team, state, members,
                manage, outcome);
        content.getStyleClass().add("form");
        content.setPrefWidth(DialogWindows.widthOnScreen(760));
        return content;
    }

    private Label section(String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    /** The typed password as characters the model wipes; the field is emptied at once. */
    private static char[] take(PasswordField field) {
        char[] typed = field.getText().toCharArray();
        field.clear();
        return typed;
    }
}
