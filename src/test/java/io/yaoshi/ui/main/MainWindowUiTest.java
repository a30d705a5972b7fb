package io.yaoshi.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.app.SettingsStore;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@org.junit.jupiter.api.Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private AppHarness app;

    @org.junit.jupiter.api.BeforeEach
    void harness() {
        app = new AppHarness(dataDir);
    }

    @AfterEach
    void stopThreads() throws Exception {
        app.close();
    }

    private void open(FxRobot robot, Locale locale) {
        app.open(robot, stage, locale);
    }

    private void seedVault(KeyPairRecord... records) throws Exception {
        app.seedVault(records);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        AppHarness.waitUntil(condition);
    }

    private static List<String> texts(List<? extends MenuItem> items) {
        return items.stream().map(MenuItem::getText).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void opensInChineseWithChineseMenusAndEmptyState(FxRobot robot) {
        open(robot, Locale.SIMPLIFIED_CHINESE);

        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertEquals(List.of("文件(_F)", "密钥对(_K)", "代理(_A)", "帮助(_H)"), texts(menuBar.getMenus()));
        assertEquals(java.util.Arrays.asList("云账号(_A)…", "与云端同步(_S)…", "服务器(_V)…", "历史记录(_H)…", "团队(_T)…", "备份保险库(_B)…", "本地沙盒云(_C)", "首选项(_P)…", "锁定保险库(_L)", null, "退出(_Q)"), texts(menuBar.getMenus().get(0).getItems()));
        assertEquals("钥匙 Yaoshi", stage.getTitle());
        assertEquals("创建保险库", robot.lookup("#unlockTitle").queryAs(Label.class).getText());
        assertEquals("保险库已锁定", robot.lookup("#statusLabel").queryAs(Label.class).getText());
    }

    @Test
    void opensInEnglishWithEnglishMenusAndEmptyState(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);

        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertEquals(List.of("_File", "_Key Pairs", "_Agent", "_Help"), texts(menuBar.getMenus()));
        Menu keys = menuBar.getMenus().get(1);
        assertEquals(java.util.Arrays.asList("_New Key Pair…", "_Import Key File…", null, "_Export Key Pair…",
                "Edit _Tags…", "_Copy Public Key", "Clear Clip_board Now", null, "_Rotate on Servers…", null,
                "_Delete Key Pair…"), texts(keys.getItems()));
        assertEquals("Yaoshi", stage.getTitle());
        assertEquals("Create your vault", robot.lookup("#unlockTitle").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#keyTable").tryQuery().isEmpty(), "the key list waits for the first unlock");
        waitUntil(() -> stage.getIcons().size() == 6); // decoded off the JavaFX thread, joined once all are ready
        assertTrue(stage.getIcons().stream().noneMatch(javafx.scene.image.Image::isError), "every icon size loads");
    }

    @Test
    void firstRunCreatesTheVaultAndShowsTheEmptyList(FxRobot robot) throws Exception {
        open(robot, Locale.SIMPLIFIED_CHINESE);
        Button create = robot.lookup("#submitButton").queryAs(Button.class);
        assertTrue(create.isDisabled(), "nothing typed yet");

        robot.clickOn("#passwordField").write("short");
        robot.clickOn("#confirmationField").write("short");
        assertTrue(create.isDisabled(), "too short for the rule: Create stays off");
        assertEquals("太短：至少 8 个字符。", robot.lookup("#strengthLabel").queryAs(Label.class).getText());

        robot.interact(() -> {
            robot.lookup("#passwordField").queryAs(PasswordField.class).setText("correct horse battery");
            robot.lookup("#confirmationField").queryAs(PasswordField.class).setText("correct horse battery");
        });
        robot.clickOn(create);
        waitUntil(() -> robot.lookup("#keyListPane").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        assertTrue(Files.exists(dataDir.resolve("vault.db")));
        // the key list is built on the first unlock; its empty-table placeholder appears with its first layout
        waitUntil(() -> robot.lookup("#emptyTitle").tryQuery().isPresent());
        assertEquals("还没有密钥对", robot.lookup("#emptyTitle").queryAs(Label.class).getText());
        assertEquals("没有密钥对", robot.lookup("#keyCountLabel").queryAs(Label.class).getText());
        assertEquals("保险库 vault.db 已解锁", robot.lookup("#statusLabel").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#passwordField").queryAs(PasswordField.class).getText(), "password cleared");

        // the empty list offers what to do next
        robot.clickOn("#emptyNewKeyButton");
        waitUntil(() -> robot.lookup("#keyCreateDialog").tryQuery().isPresent());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#keyCreateDialog").tryQuery().isEmpty());
        assertTrue(robot.lookup("#emptySandboxLink").query().isVisible());
        robot.clickOn("#emptySandboxLink");
        // once the sandbox runs, the link has nothing left to do
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText()
                .equals("本地沙盒云已启动：阿里云和 UCloud 账号已指向它。"));
        assertFalse(robot.lookup("#emptySandboxLink").query().isVisible());
    }

    @Test
    void tagsThatDoNotFitTheColumnSayHowManyMoreThereAre(FxRobot robot) throws Exception {
        seedVault(Fixtures.record("web-prod", Placement.aliyun("cn-hangzhou", ""), List.of(new Tag("env", "prod"),
                new Tag("team", "platform-infrastructure"), new Tag("owner", "ops-oncall"), new Tag("tier", "1"))));
        open(robot, Locale.ENGLISH);
        robot.clickOn("#passwordField").write(new String(Fixtures.PASSWORD)).push(KeyCode.ENTER);

        waitUntil(() -> robot.lookup(".more-chip").tryQueryAs(Label.class).map(Label::isVisible).orElse(false));
        List<String> shown = robot.lookup(".cell-chip").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList();
        String more = shown.get(shown.size() - 1);
        assertEquals("+" + (4 - (shown.size() - 1)), more, "the chips shown and +N account for all four: " + shown);
        assertEquals("env = prod", shown.get(0), "the first tags come first");
    }

    @Test
    void longTagsWrapInsideTheDetailsPanelInsteadOfPushingItsContentAside(FxRobot robot) throws Exception {
        List<Tag> tags = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new Tag("标签" + i, "值".repeat(120))).toList(); // values of the longest allowed size
        seedVault(Fixtures.record("build", Placement.local(), tags));
        open(robot, Locale.ENGLISH);
        robot.clickOn("#passwordField").write(new String(Fixtures.PASSWORD)).push(KeyCode.ENTER);
        TableView<io.yaoshi.ui.keyrow.KeyRow> table = robot.lookup("#keyTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#detailsName").queryAs(Label.class).getText().equals("build"));
        robot.interact(() -> { }); // one more pulse: the chips' widths follow the panel's

        javafx.scene.Node pane = robot.lookup("#detailsPane").query();
        javafx.geometry.Bounds panel = pane.localToScene(pane.getLayoutBounds());
        for (String part : List.of("#detailsName", "#detailsSha256", "#detailsTags", "#editTagsButton")) {
            javafx.scene.Node node = robot.lookup(part).query();
            javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
            assertTrue(b.getMinX() >= panel.getMinX() - 1 && b.getMaxX() <= panel.getMaxX() + 1,
                    part + " spans " + Math.round(b.getMinX()) + "–" + Math.round(b.getMaxX()) + " in a panel of "
                            + Math.round(panel.getMinX()) + "–" + Math.round(panel.getMaxX()));
        }
    }

    @Test
    void unlockListsFiltersAndLocksAgain(FxRobot robot) throws Exception {
        seedVault(Fixtures.record("web-prod", Placement.aliyun("cn-hangzhou", ""), List.of(new Tag("env", "prod"))),
                Fixtures.record("laptop", Placement.local(), List.of()));
        open(robot, Locale.ENGLISH);
        assertEquals("Unlock your vault", robot.lookup("#unlockTitle").queryAs(Label.class).getText());

        robot.clickOn("#passwordField").write("wrong password").push(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        assertEquals("The password does not open the vault. Nothing was changed.",
                robot.lookup("#errorLabel").queryAs(Label.class).getText());

        // typed again at once, as a user does: the field has the focus back (not Show password, which a space ticks)
        waitUntil(() -> robot.lookup("#passwordField").query().isFocused());
        robot.write(new String(Fixtures.PASSWORD)).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#keyTable").queryTableView().getItems().size() == 2);
        TableView<io.yaoshi.ui.keyrow.KeyRow> table = robot.lookup("#keyTable").queryTableView();
        assertEquals("2 key pairs", robot.lookup("#keyCountLabel").queryAs(Label.class).getText());

        robot.clickOn("#searchField").write("WEB");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("1 of 2 key pairs", robot.lookup("#keyCountLabel").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#tagFilterField").write("env=prod");
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).name().equals("web-prod"));
        assertEquals(List.of("env = prod"), robot.lookup(".cell-chip").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).toList(), "tags show as chips in the table");

        // the region filter offers the regions that hold key pairs, by name
        robot.interact(() -> robot.lookup("#tagFilterField").queryAs(javafx.scene.control.TextField.class).clear());
        waitUntil(() -> table.getItems().size() == 2);
        @SuppressWarnings("unchecked")
        var regions = (javafx.scene.control.ComboBox<String>) robot.lookup("#regionFilter").query();
        assertEquals(List.of("", "cn-hangzhou"), regions.getItems());
        assertEquals(List.of("All regions", "China (Hangzhou)"), regions.getItems().stream()
                .map(regions.getConverter()::toString).toList());
        robot.interact(() -> regions.setValue("cn-hangzhou"));
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).name().equals("web-prod"));

        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> robot.lookup("#unlockPane").query().isVisible());
        assertEquals(0, table.getItems().size(), "rows are forgotten on lock");
        assertEquals("Vault locked", robot.lookup("#statusLabel").queryAs(Label.class).getText());
    }

    @Test
    void aboutShowsTheVersionAndDataDirectory(FxRobot robot) throws TimeoutException {
        open(robot, Locale.ENGLISH);
        MenuItem about = AppHarness.menuItem(robot, "aboutItem");

        // showAndWait nests an event loop, so fire it later rather than inside interact()
        Platform.runLater(about::fire);
        AppHarness.waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#aboutDialog").queryAs(DialogPane.class);

        assertTrue(pane.getHeaderText().matches("Yaoshi \\d+\\.\\d+\\.\\d+.*"), pane.getHeaderText());
        assertTrue(pane.getContentText().contains(dataDir.toString()), pane.getContentText());
        robot.clickOn(pane.lookupButton(pane.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#aboutDialog").tryQuery().isPresent());
    }

    @Test
    void quitByKeyboardClosesTheWindowAndRemembersItsGeometry(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        robot.interact(() -> {
            stage.setX(42);
            stage.setY(24);
            stage.setWidth(900);
            stage.setHeight(600);
        });

        robot.clickOn("#statusLabel").push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(stage.isShowing());
        assertTrue(Files.exists(dataDir.resolve("settings.json")));
        var window = new SettingsStore(dataDir.resolve("settings.json")).load().window();
        assertEquals(List.of(42.0, 24.0, 900.0, 600.0), List.of(window.x(), window.y(), window.width(),
                window.height()));
    }

    @Test
    void theRememberedGeometryIsRestoredOnTheNextStart(FxRobot robot) throws Exception {
        new SettingsStore(dataDir.resolve("settings.json")).save(io.yaoshi.app.Settings.defaults()
                .withWindow(new io.yaoshi.app.WindowGeometry(30, 40, 820, 520, false)));

        open(robot, Locale.ENGLISH);

        assertEquals(List.of(30.0, 40.0, 820.0, 520.0),
                List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    @Test
    void aWindowLargerThanTheScreenIsMadeToFitIt(FxRobot robot) throws Exception {
        new SettingsStore(dataDir.resolve("settings.json")).save(io.yaoshi.app.Settings.defaults()
                .withWindow(new io.yaoshi.app.WindowGeometry(0, 0, 2400, 1600, false)));

        open(robot, Locale.ENGLISH);

        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getWidth() <= screen.getWidth() && stage.getHeight() <= screen.getHeight(),
                stage.getWidth() + "x" + stage.getHeight() + " on " + screen);
        assertTrue(stage.getX() >= screen.getMinX() && stage.getY() >= screen.getMinY());
    }

    @Test
    void withAMenuOpenItsUnderlinedLetterChoosesTheItemInsteadOfTyping(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.SIMPLIFIED_CHINESE);
        robot.clickOn("#searchField");
        Menu file = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0);
        robot.interact(file::show);
        waitUntil(file::isShowing);

        robot.push(KeyCode.P);

        AppHarness.waitForDialog(robot, "#preferencesDialog");
        assertEquals("", robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).getText());
        assertFalse(file.isShowing());
        robot.push(KeyCode.ESCAPE);
    }
}
