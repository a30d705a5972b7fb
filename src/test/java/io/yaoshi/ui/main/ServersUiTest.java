package io.yaoshi.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.Region;
import io.yaoshi.ui.keyrow.KeyRow;
import io.yaoshi.ui.servers.ServersViewModel;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The Servers view against the sandbox cloud (its demo servers): a region never read says so, Refresh reads it, the
 * reading opens again without the cloud, and the details panel lists the key pair's servers.
 */
class ServersUiTest extends AppUiTest {

    @Test
    void refreshReadsTheRegionAndTheReadingOpensAgainWithoutTheCloud(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH, AppHarness.aliyunKeyPair("web-prod"));
        AppHarness.startSandbox(robot);

        Platform.runLater(() -> AppHarness.menuItem(robot, "serversItem").fire());
        AppHarness.waitForDialog(robot, "#serversDialog");
        ComboBox<Region> region = robot.lookup("#serversRegion").queryComboBox();
        assertEquals("cn-hangzhou", region.getValue().id(), "the region that holds the vault's key pair");
        AppHarness.waitUntil(() -> AppHarness.label(robot, "#serversReading").contains("never read"));
        AppHarness.waitUntil(() -> robot.lookup("#serversRefresh").query().isFocused());
        robot.push(KeyCode.ENTER);

        TableView<ServersViewModel.Row> table = robot.lookup("#serversTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 4);
        ServersViewModel.Row web01 = table.getItems().get(0);
        assertEquals(List.of("i-bp1demoweb01", "web-01", "Running", "121.40.10.11",
                "web-prod (no private key)", "web-01"), List.of(web01.instanceId(), web01.name(), web01.state(),
                web01.address(), web01.keyPair(), web01.alias()));
        assertTrue(AppHarness.label(robot, "#serversReading").contains("4 server(s)"));
        closeDialog(robot);

        TableView<KeyRow> keys = robot.lookup("#keyTable").queryTableView();
        robot.interact(() -> keys.getSelectionModel().select(0));
        AppHarness.waitUntil(() -> AppHarness.label(robot, "#detailsServers").contains("web-02 (i-bp1demoweb02)"));
        assertTrue(AppHarness.label(robot, "#detailsServers").startsWith(
                "web-01 (i-bp1demoweb01)  ·  Running  ·  121.40.10.11"), AppHarness.label(robot, "#detailsServers"));

        var sandbox = (javafx.scene.control.CheckMenuItem) AppHarness.menuItem(robot, "sandboxItem");
        robot.interact(() -> sandbox.setSelected(false)); // the cloud goes away
        String stopped = io.yaoshi.i18n.Messages.forLocale(Locale.ENGLISH).get("main.status.sandboxStopped");
        AppHarness.waitUntil(() -> AppHarness.label(robot, "#statusLabel").equals(stopped));
        Platform.runLater(() -> AppHarness.menuItem(robot, "serversItem").fire());
        AppHarness.waitForDialog(robot, "#serversDialog");
        TableView<ServersViewModel.Row> again = robot.lookup("#serversTable").queryTableView();
        AppHarness.waitUntil(() -> again.getItems().size() == 4);
        assertTrue(AppHarness.label(robot, "#serversReading").startsWith("Read "));
        closeDialog(robot);
    }

    private static void closeDialog(FxRobot robot) throws Exception {
        DialogPane pane = robot.lookup("#serversDialog").queryAs(DialogPane.class);
        Platform.runLater(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        AppHarness.waitUntil(() -> robot.lookup("#serversDialog").tryQuery().isEmpty());
    }
}
