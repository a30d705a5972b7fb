package io.yaoshi.ui.main;

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
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
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
}
