package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialServiceTest {

    @TempDir
    Path dir;

    private VaultSession vault;
    private CredentialService credentials;

    @BeforeEach
    void vault() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        credentials = new CredentialService(vault);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void accountsSurviveUnlockAndTheSecretIsReadOnlyOnRequest() throws Exception {
        CloudAccount aliyun = new CloudAccount(ProviderId.ALIYUN, "LTAI5tExampleId", "", "");
        CloudAccount ucloud = new CloudAccount(ProviderId.UCLOUD, "ucloudsomeone@example.com1296235120854146120",
                "org-abc123", "http://127.0.0.1:18080/");
        credentials.save(aliyun, "aliyun-secret".toCharArray());
        credentials.save(ucloud, "46f09bb9fab4f12dfc160dae12273d5332b5debe".toCharArray());
        vault.lock();
        vault.unlock(Fixtures.password());

        assertEquals(List.of(aliyun, ucloud), credentials.list());
        assertArrayEquals("aliyun-secret".toCharArray(), credentials.secret(ProviderId.ALIYUN).orElseThrow());
    }

    @Test
    void savingAgainReplacesTheProvidersAccount() throws Exception {
        credentials.save(new CloudAccount(ProviderId.ALIYUN, "old", "", ""), "s1".toCharArray());
        credentials.save(new CloudAccount(ProviderId.ALIYUN, "new", "", ""), "s2".toCharArray());
        assertEquals(List.of(new CloudAccount(ProviderId.ALIYUN, "new", "", "")), credentials.list());
        assertArrayEquals("s2".toCharArray(), credentials.secret(ProviderId.ALIYUN).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.ucloud.cn/", "ftp://127.0.0.1/", "https://user:pw@example.com/", "not a url",
        "http://10.0.0.1:8080/"})
    void keysNeverTravelUnencryptedExceptToThisComputer(String endpoint) throws Exception {
        var e = assertThrows(ValidationException.class, () -> credentials.save(
                new CloudAccount(ProviderId.UCLOUD, "pub", "", endpoint), "secret".toCharArray()));
        assertEquals("InvalidEndpoint", e.validation().errors().get(0).code());
        assertEquals(List.of(), credentials.list());
    }

    @Test
    void aMalformedKeyIdOrAnEmptySecretIsRefused() {
        var e = assertThrows(ValidationException.class, () -> credentials.save(
                new CloudAccount(ProviderId.ALIYUN, "has space", "org-1", ""), new char[0]));
        assertEquals(List.of("InvalidAccessKeyId.Malformed", "MissingParameter", "InvalidParameter"),
                e.validation().errors().stream().map(x -> x.code()).toList());
    }
}
