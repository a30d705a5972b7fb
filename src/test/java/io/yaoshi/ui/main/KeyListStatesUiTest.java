package io.yaoshi.ui.main;

import static io.yaoshi.ui.main.AppHarness.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.VaultDamage;
import io.yaoshi.ui.keyrow.KeyRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the key list tells the user beyond its rows: damage found at unlock, and a filter that matches nothing. */
@org.junit.jupiter.api.Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KeyListStatesUiTest {

    @TempDir
    Path dataDir;

    private Stage stage;
    private AppHarness app;
    private final KeyPairRecord sound = Fixtures.record("sound", Placement.local(), List.of());
    private final KeyPairRecord broken = Fixtures.record("broken", Placement.local(), List.of());

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void harness() throws Exception {
        app = new AppHarness(dataDir);
        app.seedVault(sound, broken);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private static TableView<KeyRow> table(FxRobot robot) {
        return robot.lookup("#keyTable").queryTableView();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }


    @Test
    void aDamagedItemIsNamedInABannerAfterEveryUnlock(FxRobot robot) throws Exception {
        VaultDamage.flipCiphertextByte(app.vaultFile(), broken.id());
        app.openAndUnlock(robot, stage, Locale.ENGLISH);

        AppHarness.waitUntil(() -> shown(robot, "#damageBanner"));
        assertEquals("1 item of the vault could not be read", label(robot, "#damageTitle"));
        assertTrue(label(robot, "#damageBody").contains(broken.id().value()), label(robot, "#damageBody"));
        assertTrue(label(robot, "#damageBody").contains("in the vault file untouched"), label(robot, "#damageBody"));
        assertEquals(List.of("sound"), table(robot).getItems().stream().map(KeyRow::name).toList());

        robot.clickOn("#dismissDamageButton");
        AppHarness.waitUntil(() -> !shown(robot, "#damageBanner"));

        robot.push(KeyCode.CONTROL, KeyCode.L);
        AppHarness.unlock(robot);
        AppHarness.waitUntil(() -> shown(robot, "#damageBanner"));
    }

    @Test
    void theBannerSpeaksChinese(FxRobot robot) throws Exception {
        VaultDamage.flipCiphertextByte(app.vaultFile(), broken.id());
        app.openAndUnlock(robot, stage, Locale.SIMPLIFIED_CHINESE);
        AppHarness.waitUntil(() -> shown(robot, "#damageBanner"));
        assertEquals("保险库中有 1 项无法读取", label(robot, "#damageTitle"));
    }

    @Test
    void aKeyPairRemovedBehindYaoshisBackIsReportedUntilAccepted(FxRobot robot) throws Exception {
        VaultDamage.deleteRow(app.vaultFile(), broken.id());
        app.openAndUnlock(robot, stage, Locale.ENGLISH);

        AppHarness.waitUntil(() -> shown(robot, "#damageBanner"));
        assertEquals("The vault's contents were changed outside Yaoshi", label(robot, "#damageTitle"));
        assertTrue(label(robot, "#damageBody").startsWith("Yaoshi last saved 2 items; the file now holds 1."),
                label(robot, "#damageBody"));
        assertTrue(shown(robot, "#acceptAlterationButton"));

        robot.clickOn("#acceptAlterationButton");
        AppHarness.waitUntil(() -> !shown(robot, "#damageBanner"));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        AppHarness.unlock(robot);
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 1);
        assertFalse(shown(robot, "#damageBanner"), "accepted: the next unlock finds the vault as sealed");
    }

    @Test
    void anItemThatCannotBeReadOffersNoAcceptance(FxRobot robot) throws Exception {
        VaultDamage.flipCiphertextByte(app.vaultFile(), broken.id());
        app.openAndUnlock(robot, stage, Locale.ENGLISH);
        AppHarness.waitUntil(() -> shown(robot, "#damageBanner"));
        assertFalse(shown(robot, "#acceptAlterationButton"));
    }

    @Test
    void aSoundVaultShowsNoBanner(FxRobot robot) throws Exception {
        app.openAndUnlock(robot, stage, Locale.ENGLISH);
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 2);
        assertFalse(shown(robot, "#damageBanner"));
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndOffersToClearTheFilters(FxRobot robot) throws Exception {
        app.openAndUnlock(robot, stage, Locale.ENGLISH);
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 2);

        robot.clickOn("#searchField").write("zzz");
        AppHarness.waitUntil(() -> table(robot).getItems().isEmpty());
        AppHarness.waitUntil(() -> shown(robot, "#noMatchState"));
        assertFalse(shown(robot, "#emptyState"), "the vault is not empty");
        assertEquals("No key pair matches the filters", label(robot, "#noMatchTitle"));

        robot.clickOn("#clearFiltersButton");
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 2);
        assertEquals("", robot.lookup("#searchField").queryAs(TextField.class).getText());
    }

    @Test
    void theNameColumnTakesTheSpareWidthAndGetsItBackWhenTheWindowGrows(FxRobot robot) throws Exception {
        app.openAndUnlock(robot, stage, Locale.ENGLISH);
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 2);
        TableView<KeyRow> table = table(robot);
        var name = table.getColumns().get(0);
        var created = table.getColumns().get(table.getColumns().size() - 1);

        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        AppHarness.waitUntil(() -> stage.getWidth() == 800 && table.getWidth() < 800);
        WaitForAsyncUtils.waitForFxEvents();
        double nameNarrow = name.getWidth();
        double createdNarrow = created.getWidth();
        robot.interact(() -> stage.setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        // 480 px more window, of which the table gets its share, less what the columns overflowed at 800 px
        AppHarness.waitUntil(() -> name.getWidth() > nameNarrow + 150);

        assertTrue(nameNarrow >= name.getMinWidth(), "never below its minimum: " + nameNarrow);
        assertEquals(createdNarrow, created.getWidth(), 0.5, "the other columns keep their width");
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertTrue(columns <= table.getWidth(), "no sideways scrolling at 1280 px: " + columns);
        robot.interact(() -> stage.setWidth(800));
        AppHarness.waitUntil(() -> Math.abs(name.getWidth() - nameNarrow) < 1);
    }

    @Test
    void theSearchClearsWithItsButtonOrEscapeAndKeepsTheSelectionOfARowStillShown(FxRobot robot) throws Exception {
        app.openAndUnlock(robot, stage, Locale.ENGLISH);
        TableView<KeyRow> table = table(robot);
        AppHarness.waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("sound");
        assertFalse(shown(robot, "#clearSearchButton"), "nothing to clear yet");

        robot.clickOn("#searchField").write("sou");
        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        assertEquals("sound", table.getSelectionModel().getSelectedItem().name(), "still shown, still selected");
        robot.clickOn("#clearSearchButton");
        AppHarness.waitUntil(() -> table.getItems().size() == 2);
        assertEquals("", robot.lookup("#searchField").queryAs(TextField.class).getText());
        assertEquals("sound", table.getSelectionModel().getSelectedItem().name());

        robot.clickOn("#searchField").write("bro");
        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> table.getItems().size() == 2);
    }

    @Test
    void aRightClickOnARowOffersTheKeyActions(FxRobot robot) throws Exception {
        app.openAndUnlock(robot, stage, Locale.ENGLISH);
        TableView<KeyRow> table = table(robot);
        AppHarness.waitUntil(() -> table.getItems().size() == 2);

        robot.rightClickOn("broken");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("broken", table.getSelectionModel().getSelectedItem().name(), "the row under the pointer");
        // a window system turns the right click into a menu request; headless Monocle does not, so ask as it would
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof KeyRow k && k.name().equals("broken")).findFirst().orElseThrow();
        Bounds onScreen = row.localToScreen(row.getBoundsInLocal());
        robot.interact(() -> row.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                onScreen.getMinX() + 10, onScreen.getMinY() + 10, false, null)));
        AppHarness.waitUntil(() -> shown(robot, ".context-menu"));
        robot.clickOn("Export Key Pair…");

        AppHarness.waitForDialog(robot, "#keyExportDialog");
        assertEquals("Write broken to a file for ssh, PuTTY or another tool.",
                robot.lookup("#keyExportDialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText());
        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#keyExportDialog").tryQuery().isEmpty());
    }
}
