package io.yaoshi.ui.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.EmulatedKeyPair;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.provider.CloudConnector;
import io.yaoshi.provider.RetryPolicy;
import io.yaoshi.provider.aliyun.AliyunKeyProvider;
import io.yaoshi.provider.http.JsonHttp;
import io.yaoshi.provider.ucloud.UCloudKeyProvider;
import io.yaoshi.service.ConnectionTest;
import io.yaoshi.service.CredentialService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Cloud Accounts form over a real vault, with the project's cloud emulator on 127.0.0.1 as both clouds. */
class AccountsViewModelTest {

    @TempDir
    Path dir;

    private CloudEmulator emulator;
    private VaultSession vault;
    private CredentialService credentials;
    private ConnectionTest connections;

    @BeforeEach
    void start() throws Exception {
        emulator = CloudEmulator.start(0, EmulatorAccounts.defaults());
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        credentials = new CredentialService(vault);
        JsonHttp http = new JsonHttp(Duration.ofSeconds(2), Duration.ofSeconds(10));
        RetryPolicy once = new RetryPolicy(1, Duration.ZERO);
        CloudConnector clouds = (account, secret) -> switch (account.provider()) {
            case ALIYUN -> new AliyunKeyProvider(account, secret, http, once, Clock.systemUTC(), new SecureRandom());
            case UCLOUD -> new UCloudKeyProvider(account, secret, http, once);
            case LOCAL -> throw new IllegalArgumentException("no cloud");
        };
        connections = new ConnectionTest(credentials, clouds);
    }

    @AfterEach
    void stop() {
        vault.close();
        emulator.close();
    }

    private AccountsViewModel form(Locale locale) {
        return form(locale, new DirectExecutorService());
    }

    private AccountsViewModel form(Locale locale, DirectExecutorService worker) {
        return new AccountsViewModel(credentials, connections, new BackgroundRunner(worker, Runnable::run),
                Messages.forLocale(locale));
    }

    @Test
    void theWaitForTheCloudIsSaidInWordsAndAnEarlierFailureGoes() throws Exception {
        DirectExecutorService worker = new DirectExecutorService();
        AccountsViewModel form = form(Locale.SIMPLIFIED_CHINESE, worker);
        typeAliyun(form, "not the secret");
        form.testConnectionCommand().execute();
        assertFalse(form.failureProperty().get().isEmpty());
        typeAliyun(form, EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET);
        worker.hold();

        form.testConnectionCommand().execute();

        assertEquals("正在用这些凭据连接阿里云…", form.progressProperty().get());
        assertEquals("", form.failureProperty().get(), "the earlier failure no longer applies");
        worker.release();
        assertEquals("", form.progressProperty().get());
        assertTrue(form.messageProperty().get().startsWith("连接成功"), form.messageProperty().get());
    }

    private void typeAliyun(AccountsViewModel form, String secret) {
        form.keyIdProperty().set(EmulatorAccounts.ALIYUN_ACCESS_KEY_ID);
        form.secretProperty().set(secret);
        form.endpointProperty().set(emulator.aliyunEndpoint().toString());
    }

    @Test
    void anAccountCannotBeSavedOrTestedUntilItsKeyIdAndSecretAreTyped() {
        AccountsViewModel form = form(Locale.ENGLISH);
        assertEquals(ProviderId.ALIYUN, form.providerProperty().get());
        assertEquals("Not set up yet.", form.storedProperty().get());
        assertFalse(form.saveCommand().isExecutable());
        assertFalse(form.testConnectionCommand().isExecutable());

        form.keyIdProperty().set("LTAI5tExample");
        assertFalse(form.saveCommand().isExecutable());
        assertFalse(form.testConnectionCommand().isExecutable(), "nothing stored to test with either");

        form.secretProperty().set("some secret");
        assertTrue(form.saveCommand().isExecutable());
        assertTrue(form.testConnectionCommand().isExecutable());

        form.keyIdProperty().set("");
        assertFalse(form.saveCommand().isExecutable());
    }

    @Test
    void savingStoresTheAccountAndTheSecretIsNeverShownAgain() throws Exception {
        AccountsViewModel form = form(Locale.ENGLISH);
        typeAliyun(form, EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET);
        form.keyIdProperty().set("  " + EmulatorAccounts.ALIYUN_ACCESS_KEY_ID + "  ");

        form.saveCommand().execute();

        assertEquals("Saved the Aliyun account.", form.messageProperty().get());
        assertEquals("Stored in the vault. Enter the secret again to change it.", form.storedProperty().get());
        assertEquals("", form.secretProperty().get());
        CloudAccount expected = new CloudAccount(ProviderId.ALIYUN, EmulatorAccounts.ALIYUN_ACCESS_KEY_ID, "",
                emulator.aliyunEndpoint().toString());
        assertEquals(List.of(expected), credentials.list(), "the key id is stored without the spaces around it");
        assertEquals(EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET,
                new String(credentials.secret(ProviderId.ALIYUN).orElseThrow()));

        AccountsViewModel reopened = form(Locale.ENGLISH);
        assertEquals(EmulatorAccounts.ALIYUN_ACCESS_KEY_ID, reopened.keyIdProperty().get());
        assertEquals(emulator.aliyunEndpoint().toString(), reopened.endpointProperty().get());
        assertEquals("", reopened.secretProperty().get());
        assertEquals("Stored in the vault. Enter the secret again to change it.", reopened.storedProperty().get());
        assertFalse(reopened.saveCommand().isExecutable(), "saving again needs the secret typed again");
        assertTrue(reopened.testConnectionCommand().isExecutable(), "testing can use the stored secret");
    }

    @Test
    void switchingToUCloudRenamesTheFieldsAndShowsOnlyUCloudsAccount() throws Exception {
        credentials.save(new CloudAccount(ProviderId.ALIYUN, "LTAI5tExample", "", ""), "aliyun secret".toCharArray());
        AccountsViewModel form = form(Locale.ENGLISH);
        assertEquals("LTAI5tExample", form.keyIdProperty().get());
        assertEquals(List.of("AccessKeyId", "AccessKeySecret"),
                List.of(form.keyIdLabelBinding().get(), form.secretLabelBinding().get()));
        form.secretProperty().set("typed but not saved");

        form.providerProperty().set(ProviderId.UCLOUD);

        assertEquals(List.of("API public key", "API private key"),
                List.of(form.keyIdLabelBinding().get(), form.secretLabelBinding().get()));
        assertEquals("", form.keyIdProperty().get());
        assertEquals("", form.secretProperty().get(), "a secret typed for Aliyun does not follow to UCloud");
        assertEquals("Not set up yet.", form.storedProperty().get());
        assertFalse(form.testConnectionCommand().isExecutable());

        form.providerProperty().set(ProviderId.ALIYUN);
        assertEquals("LTAI5tExample", form.keyIdProperty().get());
        assertEquals(List.of(new CloudAccount(ProviderId.ALIYUN, "LTAI5tExample", "", "")), credentials.list());
    }

    @Test
    void testingTheTypedAccountSaysWhatTheCloudAnsweredAndSavesNothing() throws Exception {
        emulator.state().seed(new EmulatedKeyPair(ProviderId.ALIYUN, "cn-hangzhou", "", "skp-test0001", "web",
                "00:11", "ssh-rsa AAAA web", Instant.parse("2026-11-23T08:30:00Z"), List.of(), ""));
        AccountsViewModel form = form(Locale.ENGLISH);
        typeAliyun(form, EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET);

        form.testConnectionCommand().execute();

        assertEquals("Connected: Aliyun answered, with 1 key pair in cn-hangzhou.", form.messageProperty().get());
        assertEquals("", form.progressProperty().get(), "nothing left to wait for");
        assertEquals("", form.failureProperty().get());
        assertEquals(List.of(), credentials.list());
        assertEquals(EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET, form.secretProperty().get(),
                "the typed secret stays for Save");
        assertFalse(form.busyProperty().get());
    }

    @Test
    void aSecretTheCloudRefusesIsReportedWithTheProvidersCode() throws Exception {
        AccountsViewModel form = form(Locale.ENGLISH);
        typeAliyun(form, "not the secret");

        form.testConnectionCommand().execute();

        String message = form.failureProperty().get();
        assertTrue(message.startsWith("Aliyun did not accept the credentials or the signature "
                + "(code SignatureDoesNotMatch, request "), message);
        assertEquals(Optional.empty(), credentials.account(ProviderId.ALIYUN));
        assertTrue(form.testConnectionCommand().isExecutable(), "the user may correct it and test again");
    }

    @Test
    void anEndpointNobodyListensAtOrThatIsNotAllowedIsCaughtBeforeAnythingIsStored() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AccountsViewModel form = form(Locale.ENGLISH);
        typeAliyun(form, EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET);
        form.endpointProperty().set("http://127.0.0.1:" + closedPort + "/aliyun/");

        form.testConnectionCommand().execute();

        assertEquals("Aliyun refused the connection: nothing listens at that address and port; check the endpoint. "
                + "Nothing was sent (code ConnectionRefused).", form.failureProperty().get());

        form.endpointProperty().set("http://example.com/");
        form.saveCommand().execute();

        assertEquals("Not an allowed endpoint: http://example.com/. Use https://, or http:// only to this computer. "
                + "(InvalidEndpoint)", form.failureProperty().get());
        assertEquals("Not set up yet.", form.storedProperty().get());
        assertEquals(List.of(), credentials.list());
    }

    @Test
    void aUCloudProjectIsTestedAndTheAnswerIsGivenInChinese() {
        AccountsViewModel form = form(Locale.SIMPLIFIED_CHINESE);
        form.providerProperty().set(ProviderId.UCLOUD);
        form.keyIdProperty().set(EmulatorAccounts.UCLOUD_PUBLIC_KEY);
        form.secretProperty().set(EmulatorAccounts.UCLOUD_PRIVATE_KEY);
        form.projectIdProperty().set(EmulatorAccounts.UCLOUD_PROJECT_ID);
        form.endpointProperty().set(emulator.ucloudEndpoint().toString());
        assertEquals("API 公钥", form.keyIdLabelBinding().get());

        form.testConnectionCommand().execute();

        assertEquals("连接成功：UCloud已应答，cn-bj2 中有 0 个密钥对。", form.messageProperty().get());
    }
}
