package io.yaoshi.ui.team;

import io.yaoshi.i18n.FailureTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.team.Identities;
import io.yaoshi.team.StoreAddress;
import io.yaoshi.team.StoreAddressException;
import io.yaoshi.team.StorePasswordPrompt;
import io.yaoshi.team.TeamIdentity;
import io.yaoshi.team.TeamLink;
import io.yaoshi.team.TeamMember;
import io.yaoshi.team.TeamRole;
import io.yaoshi.team.TeamVault;
import io.yaoshi.team.Teams;
import io.yaoshi.ui.common.BackgroundRunner;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Teams…": this vault's identity to send to an admin, creating or joining a team, and the members of each team
 * (an admin adds and removes them). Every store call runs on the vault thread; a password typed here is used only
 * if the store's server asks for one, then kept in the vault by the service.
 */
public final class TeamsViewModel {

    /** A member as the table shows them. */
    public record MemberRow(TeamIdentity identity, String fingerprint, String role, String note) {
    }

    private record Loaded(TeamIdentity mine, List<TeamLink> links) {
    }

    private record Read(List<TeamMember> members, boolean canManage, String state) {
    }

    private final Teams teams;
    private final Identities identities;
    private final BackgroundRunner runner;
    private final Messages text;
    private final Runnable teamsChanged;
    private final ReadOnlyStringWrapper identity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final ObservableList<String> teamNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> team = new SimpleObjectProperty<>();
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canManage = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper teamState = new ReadOnlyStringWrapper("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newStore = new SimpleStringProperty("");
    private final StringProperty memberIdentity = new SimpleStringProperty("");
    private final ObjectProperty<TeamRole> memberRole = new SimpleObjectProperty<>(TeamRole.MEMBER);

    /** @param teamsChanged told when a team was created or joined (the switcher offers it) */
    public TeamsViewModel(Teams teams, Identities identities, BackgroundRunner runner, Messages text,
                          Runnable teamsChanged) {
        this.teams = teams;
        this.identities = identities;
        this.runner = runner;
        this.text = text;
        this.teamsChanged = teamsChanged;
        team.addListener((o, was, now) -> readMembers(now));
    }

    /** Reads this vault's identity and teams (no store is asked until a team is chosen). */
    public void load() {
        load(null);
    }

    private void load(String choose) {
        call(() -> new Loaded(identities.mine().publicIdentity(), teams.links()), loaded -> {
            identity.set(loaded.mine().text());
            fingerprint.set(loaded.mine().fingerprint());
            teamNames.setAll(loaded.links().stream().map(TeamLink::name).toList());
            String chosen = choose != null ? choose : team.get();
            team.set(teamNames.contains(chosen) ? chosen : teamNames.isEmpty() ? null : teamNames.get(0));
        });
    }

    /** Creates the team named in the form at the store in the form; {@code password} (wiped here) if the server asks. */
    public void create(char[] password) {
        Optional<StoreAddress> store = store();
        String name = newName.get().strip();
        if (store.isEmpty()) {
            Arrays.fill(password, '\0');
            return;
        }
        act(withPassword(password, () -> teams.create(name, store.get())), link -> {
            done.set(text.format("teams.created", link.name()));
            newName.set("");
            load(link.name());
            teamsChanged.run();
        });
    }

    /** Joins the team named in the form, which an admin has added this vault's identity to. */
    public void join(char[] password) {
        Optional<StoreAddress> store = store();
        String name = newName.get().strip();
        if (store.isEmpty()) {
            Arrays.fill(password, '\0');
            return;
        }
        act(withPassword(password, () -> teams.join(name, store.get())), link -> {
            done.set(text.format("teams.joined", link.name(), link.founder().fingerprint()));
            newName.set("");
            load(link.name());
            teamsChanged.run();
        });
    }

    /** Adds the identity in the form to the chosen team with the chosen role. */
    public void addMember() {
        String chosen = team.get();
        TeamIdentity member;
        try {
            member = TeamIdentity.parse(memberIdentity.get());
        } catch (IllegalArgumentException e) {
            refuse(text.format("teams.badIdentity", TeamIdentity.PREFIX));
            return;
        }
        TeamRole role = memberRole.get();
        act(() -> {
            teams.addMember(chosen, member, role);
            return member;
        }, added -> {
            done.set(text.format("teams.added", added.fingerprint(), text.get("team.role." + role.id())));
            memberIdentity.set("");
            readMembers(chosen);
        });
    }

    /** Removes {@code row} from the chosen team: a new team key, every key pair sealed anew. */
    public void removeMember(MemberRow row) {
        String chosen = team.get();
        act(() -> teams.removeMember(chosen, row.identity()), resealed -> {
            done.set(text.format("teams.removed", row.fingerprint(), resealed));
            readMembers(chosen);
        });
    }

    private void readMembers(String chosen) {
        members.clear();
        canManage.set(false);
        teamState.set("");
        if (chosen == null) {
            return;
        }
        call(() -> {
            teams.askPasswordsWith(StorePasswordPrompt.NONE);
            try (TeamVault opened = teams.openOrCached(chosen)) {
                String state = opened.rejectedMembers() > 0
                        ? text.format("teams.rejectedMembers", opened.rejectedMembers())
                        : opened.offlineSince().map(at -> text.format("teams.offline", text.dateTime(at))).orElse("");
                return new Read(opened.members(), opened.amAdmin() && opened.offlineSince().isEmpty(), state);
            }
        }, read -> {
            if (!chosen.equals(team.get())) {
                return;
            }
            members.setAll(read.members().stream().map(this::row).toList());
            canManage.set(read.canManage());
            teamState.set(read.state());
        });
    }

    private MemberRow row(TeamMember m) {
        String note = m.me() ? text.get("teams.note.you") : "";
        if (m.founder()) {
            note = note.isEmpty() ? text.get("teams.note.founder")
                    : text.format("teams.note.both", note, text.get("teams.note.founder"));
        }
        return new MemberRow(m.identity(), m.identity().fingerprint(), text.get("team.role." + m.role().id()), note);
    }

    private Optional<StoreAddress> store() {
        if (newName.get().isBlank()) {
            refuse(text.get("teams.nameRequired"));
            return Optional.empty();
        }
        try {
            return Optional.of(StoreAddress.parse(newStore.get()));
        } catch (StoreAddressException e) {
            refuse(new FailureTexts(text).describe(e).orElseThrow().get(0).message());
            return Optional.empty();
        }
    }

    /** The call with {@code password} offered to the store if its server asks; wiped afterwards either way. */
    private <T> Callable<T> withPassword(char[] password, Callable<T> work) {
        return () -> {
            teams.askPasswordsWith(store -> password.length == 0 ? Optional.empty() : Optional.of(password.clone()));
            try {
                return work.call();
            } finally {
                teams.askPasswordsWith(StorePasswordPrompt.NONE);
                Arrays.fill(password, '\0');
            }
        };
    }

    /** Input refused before anything is asked of the store. */
    private void refuse(String why) {
        done.set("");
        failure.set(why);
    }

    /** An action the user asked for: what the last one said is cleared when it starts. */
    private <T> void act(Callable<T> work, Consumer<T> then) {
        done.set("");
        failure.set("");
        call(work, then);
    }

    /** Any store call; a read after an action leaves what the action said. */
    private <T> void call(Callable<T> work, Consumer<T> then) {
        runner.task(work)
                .onStart(() -> busy.set(true))
                .onSuccess(then)
                .onFailure(e -> failure.set(new FailureTexts(text).describe(e).map(lines -> lines.get(0).message())
                        .orElse(text.get("teams.failed"))))
                .always(() -> busy.set(false))
                .run();
    }

    public ReadOnlyStringProperty identityProperty() {
        return identity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint.getReadOnlyProperty();
    }

    public ObservableList<String> teamNames() {
        return teamNames;
    }

    public ObjectProperty<String> teamProperty() {
        return team;
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    /** Whether this vault's owner is an admin of the chosen team and its store answers. */
    public ReadOnlyBooleanProperty canManageProperty() {
        return canManage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last action did; empty while another runs. */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Why the last action failed, in the user's words; empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** About the chosen team: read from the copy while its store is down, or member entries that do not verify. */
    public ReadOnlyStringProperty teamStateProperty() {
        return teamState.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newStoreProperty() {
        return newStore;
    }

    public StringProperty memberIdentityProperty() {
        return memberIdentity;
    }

    public ObjectProperty<TeamRole> memberRoleProperty() {
        return memberRole;
    }

    public String roleLabel(TeamRole role) {
        return text.get("team.role." + role.id());
    }
}
