package io.yaoshi.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFingerprints;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.keys.KeyExporter;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.service.SyncEntry;
import io.yaoshi.ui.sync.SyncViewModel;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The sync dialog against the sandbox cloud: where it starts, what a row shows, and a row's own action. */
class SyncUiTest extends AppUiTest {


    /** A key pair the vault believes is at Aliyun in Hangzhou, which the fresh sandbox has never seen. */
    private static KeyPairRecord deletedInTheConsole(String name) {
        SecureRandom random = new SecureRandom();
        var pair = new KeyGenerator(random).generate(KeyAlgorithm.RSA_2048, name);
        String line = new String(new KeyExporter(random).exportPublic(pair.publicKey(), ExportFormat.PUBLIC),
                StandardCharsets.UTF_8).strip();
        return new KeyPairRecord(KeyId.random(), Placement.aliyun("cn-hangzhou", ""), name, KeyAlgorithm.RSA_2048,
                List.of(), new KeyFingerprints("", "", ""), name, Instant.parse("2026-11-30T08:00:00Z"),
                Origin.GENERATED, RemoteState.PRESENT, line, false);
    }

    @Test
    void aKeyPairTheCloudLostIsUploadedAgainFromItsRow(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH, deletedInTheConsole("web"));
        AppHarness.startSandbox(robot);

        Platform.runLater(() -> AppHarness.menuItem(robot, "syncItem").fire());
        AppHarness.waitForDialog(robot, "#syncDialog");
        ComboBox<Region> region = robot.lookup("#syncRegion").queryComboBox();
        assertEquals("cn-hangzhou", region.getValue().id(), "the region that holds the vault's key pair");
        AppHarness.waitUntil(() -> robot.lookup("#compareButton").query().isFocused());
        robot.push(KeyCode.ENTER); // compares; the Close button does not take Enter
        TableView<SyncViewModel.Row> table = robot.lookup("#syncTable").queryTableView();
        AppHarness.waitUntil(() -> table.getItems().size() == 1);
        assertEquals(SyncEntry.Status.ONLY_HERE, table.getItems().get(0).status());
        // the status has its icon and colour
        AppHarness.waitUntil(() -> robot.lookup("#syncTable .sync-here .sync-icon").tryQueryAs(SVGPath.class)
                .isPresent());
        // the table may lay its cells out again meanwhile: take the button the lookup found
        Button[] upload = new Button[1];
        AppHarness.waitUntil(() -> robot.lookup("#syncTable .row-action").tryQueryAs(Button.class)
                .filter(Button::isVisible).map(button -> upload[0] = button).isPresent());
        assertEquals("Upload Again", upload[0].getText());

        Platform.runLater(upload[0]::fire);

        AppHarness.waitUntil(() -> table.getItems().size() == 1
                && table.getItems().get(0).status() == SyncEntry.Status.IN_BOTH);
        AppHarness.waitUntil(() -> robot.lookup("#syncTable .sync-ok .sync-icon").tryQuery().isPresent());
        assertTrue(robot.lookup("#syncTable .row-action").tryQuery().map(node -> !node.isVisible()).orElse(true),
                "nothing left to do for the row");
    }
}
