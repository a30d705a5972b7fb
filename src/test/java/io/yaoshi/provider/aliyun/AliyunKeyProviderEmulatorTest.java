package io.yaoshi.provider.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Tag;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.emulator.Fault;
import io.yaoshi.keys.KeyParser;
import io.yaoshi.keys.PassphrasePrompt;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.provider.CreatedKeyPair;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.provider.RemoteKeyPair;
import io.yaoshi.provider.RetryPolicy;
import io.yaoshi.provider.http.JsonHttp;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Aliyun adapter over real HTTP against the project's own emulator on 127.0.0.1, faults included. */
class AliyunKeyProviderEmulatorTest {

    private static final Placement HANGZHOU = Placement.aliyun("cn-hangzhou", "");
    private static final String RSA_LINE = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDp7TK8dCgLQ18kfmBx0WcB0rlKhAKgeu3dh+"
            + "xdMmz5QZTRpDZoVOCLK4INL6kv/rTylRwgHUestEIQNmS3OYbNlVi43ux7nZV3FFmbxTE6naiQK1IpSbCydyaEQyxG3GqwHim55PW"
            + "q4U4l+5w6un8HIbCrNI2s3hT6/C9G1+obS+rAN6eCykBwOOpOgu20/fSSYbvlaw3mdWK4ujNe3MBlFiDgAEf/bfwn6YpOyaBw9Lov"
            + "hQWm4eT0CVyD4otCHlzXaCwkOLuAkATfqa1YQZtmg7yw63RTEnnIUnBGd5UFV9OKfZghwFwF32zKZw05e3lUKO+u9ROMPJZgWDOH66"
            + "9j demo@keymgr";

    private CloudEmulator emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = CloudEmulator.start(0, EmulatorAccounts.defaults());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private AliyunKeyProvider adapter(String secret, Duration timeout) {
        CloudAccount account = new CloudAccount(ProviderId.ALIYUN, EmulatorAccounts.ALIYUN_ACCESS_KEY_ID, "",
                emulator.aliyunEndpoint().toString());
        return new AliyunKeyProvider(account, secret::toCharArray, new JsonHttp(Duration.ofSeconds(2), timeout),
                new RetryPolicy(3, Duration.ofMillis(10)), Clock.systemUTC(), new SecureRandom());
    }

    private AliyunKeyProvider adapter() {
        return adapter(EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET, Duration.ofSeconds(10));
    }

    private static KeyPairSpec spec(String name) {
        return new KeyPairSpec(HANGZHOU, name, List.of(new Tag("env", "prod")), KeyAlgorithm.RSA_2048,
                CreateMode.PROVIDER);
    }

    @Test
    void createReturnsAPrivateKeyThatParsesAndMatchesTheListing() throws Exception {
        CreatedKeyPair created = adapter().create(spec("FinanceJoshuaV23"));

        assertEquals("FinanceJoshuaV23", created.key().name());
        assertFalse(created.key().fingerprint().isEmpty());
        byte[] body = new String(created.privateKeyBody().orElseThrow()).getBytes(StandardCharsets.US_ASCII);
        SshKeyPair pair = (SshKeyPair) new KeyParser().parse(body, PassphrasePrompt.NONE);
        assertEquals(KeyAlgorithm.RSA_2048, pair.algorithm());
        List<RemoteKeyPair> listed = adapter().list(HANGZHOU);
        assertEquals(List.of("FinanceJoshuaV23"), listed.stream().map(RemoteKeyPair::name).toList());
        assertEquals(List.of(new Tag("env", "prod")), listed.get(0).tags());
    }

    @Test
    void theProvidersRulesComeBackWithItsCodes() throws Exception {
        adapter().create(spec("taken"));
        var taken = assertThrows(ProviderException.class, () -> adapter().create(spec("taken")));
        assertEquals("KeyPair.AlreadyExist", taken.code());
        assertEquals(ProviderFailure.REJECTED, taken.failure());
        var malformed = assertThrows(ProviderException.class, () -> adapter().create(spec("1 bad")));
        assertEquals("InvalidKeyPairName.Malformed", malformed.code());
        var region = assertThrows(ProviderException.class, () -> adapter().list(Placement.aliyun("cn-nowhere", "")));
        assertEquals("InvalidRegionId.NotFound", region.code());
        assertEquals(ProviderFailure.NOT_FOUND, region.failure());
    }

    @Test
    void aWrongSecretIsUnauthorized() {
        var e = assertThrows(ProviderException.class,
                () -> adapter("not the secret", Duration.ofSeconds(10)).list(HANGZHOU));
        assertEquals("SignatureDoesNotMatch", e.code());
        assertEquals(ProviderFailure.UNAUTHORIZED, e.failure());
        assertFalse(e.getMessage().contains("not the secret"), "the secret never reaches an exception");
    }

    @Test
    void importRefusesEd25519AndAcceptsRsa() throws Exception {
        var spec = new KeyPairSpec(HANGZHOU, "imported", List.of(), KeyAlgorithm.RSA_2048, CreateMode.IMPORT);
        var e = assertThrows(ProviderException.class, () -> adapter().importPublicKey(spec,
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGl6cG9xQmV0aGVyU2VjcmV0S2V5Qm9keVgxMjM0NTY3 me"));
        assertEquals("InvalidPublicKeyBody.Malformed", e.code());
        RemoteKeyPair imported = adapter().importPublicKey(spec, RSA_LINE);
        assertEquals("imported", imported.name());
    }

    @Test
    void listingFollowsEveryPageAndDeleteTakesBatches() throws Exception {
        var spec = new KeyPairSpec(HANGZHOU, "x", List.of(), KeyAlgorithm.RSA_2048, CreateMode.IMPORT);
        for (int i = 0; i < 120; i++) {
            adapter().importPublicKey(new KeyPairSpec(HANGZHOU, "k" + i, List.of(), spec.algorithm(), spec.mode()),
                    RSA_LINE);
        }
        List<String> names = adapter().list(HANGZHOU).stream().map(RemoteKeyPair::name).toList();
        assertEquals(120, names.size());
        assertEquals(120, names.stream().distinct().count());

        adapter().delete(HANGZHOU, IntStream.range(0, 110).mapToObj(i -> "k" + i).toList());
        assertEquals(List.of("k110", "k111", "k112", "k113", "k114", "k115", "k116", "k117", "k118", "k119"),
                adapter().list(HANGZHOU).stream().map(RemoteKeyPair::name).sorted().toList());
    }

    @Test
    void aListingIsRetriedThroughAServerErrorAndThrottling() throws Exception {
        emulator.faults().inject(ProviderId.ALIYUN, "DescribeKeyPairs", Fault.internalError(), 1);
        emulator.faults().inject(ProviderId.ALIYUN, "DescribeKeyPairs", Fault.throttled(), 1);
        assertEquals(List.of(), adapter().list(HANGZHOU));
    }

    @Test
    void aCreateIsNeverRetried() {
        emulator.faults().inject(ProviderId.ALIYUN, "CreateKeyPair", Fault.internalError(), 1);
        var e = assertThrows(ProviderException.class, () -> adapter().create(spec("once")));
        assertEquals(ProviderFailure.SERVER_ERROR, e.failure());
        assertEquals("InternalError", e.code());
    }

    @Test
    void aDroppedAnswerIsUnreachableButTheKeyPairExists() throws Exception {
        emulator.faults().inject(ProviderId.ALIYUN, "CreateKeyPair", Fault.dropResponse(), 1);
        var e = assertThrows(ProviderException.class, () -> adapter().create(spec("lost")));
        assertEquals(ProviderFailure.UNREACHABLE, e.failure());
        assertEquals(List.of("lost"), adapter().list(HANGZHOU).stream().map(RemoteKeyPair::name).toList());
    }

    @Test
    void garbledAndOversizedAnswersAreClearErrors() {
        emulator.faults().inject(ProviderId.ALIYUN, "DescribeKeyPairs", Fault.malformedJson(), 3);
        assertEquals(ProviderFailure.MALFORMED_RESPONSE,
                assertThrows(ProviderException.class, () -> adapter().list(HANGZHOU)).failure());
        emulator.faults().clear();
        emulator.faults().inject(ProviderId.ALIYUN, "DescribeKeyPairs", Fault.oversizedBody(), 3);
        assertEquals(ProviderFailure.MALFORMED_RESPONSE,
                assertThrows(ProviderException.class, () -> adapter().list(HANGZHOU)).failure());
    }

    @Test
    void aServerThatDoesNotAnswerIsAnErrorWithinTheTimeout() {
        emulator.faults().inject(ProviderId.ALIYUN, "CreateKeyPair", Fault.slow(Duration.ofSeconds(20)), 1);
        var e = assertThrows(ProviderException.class,
                () -> adapter(EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET, Duration.ofMillis(800)).create(spec("slow")));
        assertEquals(ProviderFailure.UNREACHABLE, e.failure());
        // the answer would have come after 20 s and succeeded: failing as a time-out is the bound at work
        assertEquals(io.yaoshi.provider.NetworkFailure.Timeout.name(), e.code());
    }

    @Test
    void retagRemovesAddsAndChangesTagsAtTheCloud() throws Exception {
        adapter().create(spec("tagged"));
        List<Tag> tags = List.of(new Tag("env", "staging"), new Tag("owner", "李雷"));
        adapter().retag(HANGZHOU, "tagged", List.of(new Tag("env", "prod")), tags);
        assertEquals(tags, adapter().list(HANGZHOU).get(0).tags());

        adapter().retag(HANGZHOU, "tagged", tags, List.of(new Tag("owner", "李雷")));
        assertEquals(List.of(new Tag("owner", "李雷")), adapter().list(HANGZHOU).get(0).tags());

        var e = assertThrows(ProviderException.class,
                () -> adapter().retag(HANGZHOU, "nobody", List.of(), List.of(new Tag("a", "b"))));
        assertEquals("InvalidResourceId.NotFound", e.code());
    }

    @Test
    void describeRegionsGivesEveryRegionWithItsChineseAndEnglishNames() throws Exception {
        List<io.yaoshi.domain.Region> regions = adapter().regions();

        assertEquals(io.yaoshi.domain.RegionCatalog.bundled().regions(ProviderId.ALIYUN), regions);
        io.yaoshi.domain.Region hangzhou = regions.stream().filter(r -> r.id().equals("cn-hangzhou")).findFirst()
                .orElseThrow();
        assertEquals("华东1（杭州）", hangzhou.nameZh());
        assertEquals("China (Hangzhou)", hangzhou.nameEn());
    }
}
