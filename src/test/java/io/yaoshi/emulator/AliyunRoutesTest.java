package io.yaoshi.emulator;

import static io.yaoshi.emulator.SignedRequests.aliyun;
import static io.yaoshi.emulator.SignedRequests.assertAliyunError;
import static io.yaoshi.emulator.SignedRequests.postAliyun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Tag;
import io.yaoshi.emulator.SignedRequests.Answer;
import io.yaoshi.keys.Fingerprints;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.keys.KeyParser;
import io.yaoshi.keys.ParsedKey;
import io.yaoshi.keys.PassphrasePrompt;
import io.yaoshi.keys.SshKeyPair;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AliyunRoutesTest {

    private CloudEmulator emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = CloudEmulator.start(0, EmulatorAccounts.defaults());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void createReturnsAPrivateKeyWhosePublicHalfIsStored() throws Exception {
        Answer a = postAliyun(emulator, aliyun("CreateKeyPair", "RegionId", "cn-hangzhou",
                "KeyPairName", "密钥对-Prod:01_主", "Tag.1.Key", "env", "Tag.1.Value", "prod"));

        assertEquals(200, a.status());
        String pem = a.body().get("PrivateKeyBody").asText();
        assertTrue(pem.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        ParsedKey parsed = new KeyParser().parse(pem.getBytes(StandardCharsets.UTF_8), PassphrasePrompt.NONE);
        assertEquals(KeyAlgorithm.RSA_2048, parsed.publicKey().algorithm());
        EmulatedKeyPair stored = emulator.state().all().get(0);
        assertEquals(Fingerprints.md5(parsed.publicKey()), a.body().get("KeyPairFingerPrint").asText());
        assertEquals(stored.fingerprint(), a.body().get("KeyPairFingerPrint").asText());
        assertEquals(EmulatedKeyMaterial.publicLine(parsed.publicKey()).split(" ")[1], stored.publicKey().split(" ")[1]);
        assertTrue(a.body().get("KeyPairId").asText().startsWith("ssh-"));
        assertEquals("密钥对-Prod:01_主", a.body().get("KeyPairName").asText());
        assertEquals(List.of(new Tag("env", "prod")), stored.tags());
        assertFalse(a.body().get("RequestId").asText().isEmpty());
    }

    @Test
    void createRulesMapToAliyunCodesAndStatuses() throws Exception {
        assertAliyunError(create("cn-hangzhou", "1abc"), 400, "InvalidKeyPairName.Malformed");
        assertAliyunError(create("cn-hangzhou", ""), 400, "MissingParameter");
        assertAliyunError(create("cn-nowhere", "good-name"), 404, "InvalidRegionId.NotFound");
        assertAliyunError(create("cn-hangzhou", "good-name", "ResourceGroupId", "rg/../x"), 404,
                "InvalidResourceGroup.NotFound");
        assertAliyunError(create("cn-hangzhou", "good-name", "Tag.1.Key", "a", "Tag.2.Key", "a"), 400,
                "Duplicate.TagKey");
        assertAliyunError(create("cn-hangzhou", "good-name", "Tag.1.Key", "aliyun-x"), 400,
                "InvalidTagKey.Malformed");
        assertAliyunError(create("cn-hangzhou", "good-name", "Tag.1.Key", "k", "Tag.1.Value", "see https://x"), 400,
                "InvalidTagValue.Malformed");
        assertTrue(emulator.state().all().isEmpty());
    }

    @Test
    void aTakenNameAndAFullRegionAreRefused() throws Exception {
        assertEquals(200, create("cn-beijing", "taken").status());
        assertAliyunError(create("cn-beijing", "taken"), 400, "KeyPair.AlreadyExist");
        for (int i = 0; i < 500; i++) {
            emulator.state().seed(seeded("cn-shanghai", "k" + i, List.of()));
        }
        assertAliyunError(create("cn-shanghai", "one-more"), 403, "QuotaExceed.KeyPair");
        assertEquals(200, create("cn-beijing", "one-more").status());
    }

    @Test
    void importAcceptsRsaAndRefusesEd25519AndGarbage() throws Exception {
        SshKeyPair rsa = new KeyGenerator(new SecureRandom()).generate(KeyAlgorithm.RSA_2048, "me@host");
        String line = EmulatedKeyMaterial.publicLine(rsa.publicKey());
        Answer ok = postAliyun(emulator, aliyun("ImportKeyPair", "RegionId", "cn-hangzhou",
                "KeyPairName", "imported", "PublicKeyBody", line));
        assertEquals(200, ok.status());
        assertEquals(Fingerprints.md5(rsa.publicKey()), ok.body().get("KeyPairFingerPrint").asText());
        assertFalse(ok.body().has("PrivateKeyBody"));
        assertEquals(line, emulator.state().all().get(0).publicKey());

        SshKeyPair ed = new KeyGenerator(new SecureRandom()).generate(KeyAlgorithm.ED25519, "me@host");
        assertAliyunError(postAliyun(emulator, aliyun("ImportKeyPair", "RegionId", "cn-hangzhou",
                "KeyPairName", "ed", "PublicKeyBody", EmulatedKeyMaterial.publicLine(ed.publicKey()))), 400,
                "InvalidPublicKeyBody.Malformed");
        assertAliyunError(postAliyun(emulator, aliyun("ImportKeyPair", "RegionId", "cn-hangzhou",
                "KeyPairName", "junk", "PublicKeyBody", "ssh-rsa AAAAB3Nza12345678qwertyuudsfsg")), 400,
                "InvalidPublicKeyBody.Malformed");
        assertAliyunError(postAliyun(emulator, aliyun("ImportKeyPair", "RegionId", "cn-hangzhou",
                "KeyPairName", "none")), 400, "MissingParameter");
    }

    @Test
    void describePagesFiltersAndWrapsItsLists() throws Exception {
        for (int i = 0; i < 25; i++) {
            emulator.state().seed(seeded("cn-hangzhou", "SshKey" + i, List.of(new Tag("env", i % 2 == 0 ? "a" : "b"))));
        }
        emulator.state().seed(seeded("cn-hangzhou", "other", List.of()));
        int seen = 0;
        for (int page = 1; page <= 3; page++) {
            Answer a = postAliyun(emulator, aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou",
                    "KeyPairName", "SshKey*", "PageNumber", String.valueOf(page), "PageSize", "10"));
            assertEquals(25, a.body().get("TotalCount").asInt());
            assertEquals(page, a.body().get("PageNumber").asInt());
            seen += a.body().get("KeyPairs").get("KeyPair").size();
        }
        assertEquals(25, seen);

        Answer tagged = postAliyun(emulator, aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou",
                "Tag.1.Key", "env", "Tag.1.Value", "a", "PageSize", "50", "IncludePublicKey", "true"));
        assertEquals(13, tagged.body().get("TotalCount").asInt());
        var first = tagged.body().get("KeyPairs").get("KeyPair").get(0);
        assertEquals("env", first.get("Tags").get("Tag").get(0).get("TagKey").asText());
        assertTrue(first.get("PublicKey").asText().startsWith("ssh-rsa "));
        assertTrue(first.get("CreationTime").asText().endsWith("Z"));

        Answer suffix = postAliyun(emulator, aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou",
                "KeyPairName", "*ey2*"));
        assertEquals(6, suffix.body().get("TotalCount").asInt());   // SshKey2 and SshKey20..24
        assertFalse(suffix.body().get("KeyPairs").get("KeyPair").get(0).has("PublicKey"));
        assertEquals(1, postAliyun(emulator, aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou",
                "KeyPairName", "other")).body().get("TotalCount").asInt());
        assertAliyunError(postAliyun(emulator, aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou",
                "PageSize", "51")), 400, "InvalidParameter");
    }

    @Test
    void deleteRemovesNamedPairsAndIgnoresMissingOnes() throws Exception {
        emulator.state().seed(seeded("cn-hangzhou", "key-a", List.of()));
        emulator.state().seed(seeded("cn-hangzhou", "密钥B", List.of()));
        emulator.state().seed(seeded("cn-beijing", "key-a", List.of()));

        Answer a = postAliyun(emulator, aliyun("DeleteKeyPairs", "RegionId", "cn-hangzhou",
                "KeyPairNames", "[\"key-a\",\"密钥B\",\"never-was\"]"));

        assertEquals(200, a.status());
        assertEquals(List.of("cn-beijing"), emulator.state().all().stream().map(EmulatedKeyPair::region).toList());
        assertAliyunError(postAliyun(emulator, aliyun("DeleteKeyPairs", "RegionId", "cn-hangzhou",
                "KeyPairNames", "key-a")), 400, "InvalidKeyPairNames.ValueNotSupported");
        assertAliyunError(postAliyun(emulator, aliyun("DeleteKeyPairs", "RegionId", "cn-hangzhou")), 400,
                "MissingParameter");
    }

    private Answer create(String region, String name, String... more) throws Exception {
        Map<String, String> p = aliyun("CreateKeyPair", more);
        p.put("RegionId", region);
        p.put("KeyPairName", name);
        return postAliyun(emulator, p);
    }

    private static EmulatedKeyPair seeded(String region, String name, List<Tag> tags) {
        return new EmulatedKeyPair(ProviderId.ALIYUN, region, "", EmulatedKeyMaterial.randomId("ssh-", 20), name,
                "00:11", "ssh-rsa AAAA " + name, Instant.now(), tags, "");
    }

    @Test
    void bindingBatchesAndPowerActionsAnswerAsTheReferenceSays() throws Exception {
        postAliyun(emulator, aliyun("CreateKeyPair", "RegionId", "cn-hangzhou", "KeyPairName", "web"));
        for (int i = 0; i < 51; i++) {
            emulator.state().seedInstance(new EmulatedInstance(Placement.aliyun("cn-hangzhou", ""), "i-" + i, "n" + i,
                    "Stopped", "linux", "cn-hangzhou-h", Optional.empty(), List.of(), List.of(), Optional.empty()));
        }
        String fiftyOne = IntStream.range(0, 51).mapToObj(i -> "\"i-" + i + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        assertAliyunError(postAliyun(emulator, aliyun("AttachKeyPair", "RegionId", "cn-hangzhou", "KeyPairName", "web",
                "InstanceIds", fiftyOne)), 400, "InvalidInstanceIds.ValueNotSupported");
        assertAliyunError(postAliyun(emulator, aliyun("AttachKeyPair", "RegionId", "cn-hangzhou", "KeyPairName",
                "nobody", "InstanceIds", "[\"i-1\"]")), 404, "InvalidKeyPairName.NotFound");

        Answer partial = postAliyun(emulator, aliyun("AttachKeyPair", "RegionId", "cn-hangzhou", "KeyPairName", "web",
                "InstanceIds", "[\"i-1\",\"i-gone\"]"));
        assertEquals(200, partial.status());
        assertEquals("2", partial.body().path("TotalCount").asText());
        assertEquals("1", partial.body().path("FailCount").asText());
        assertEquals("InvalidInstanceId.NotFound", partial.body().path("Results").path("Result").get(1)
                .path("Code").asText());

        assertAliyunError(postAliyun(emulator, aliyun("RebootInstance", "RegionId", "cn-hangzhou", "InstanceId",
                "i-1")), 403, "IncorrectInstanceStatus");
        assertEquals(200, postAliyun(emulator, aliyun("StartInstance", "RegionId", "cn-hangzhou", "InstanceId",
                "i-1")).status());
        assertEquals(List.of("Starting", "Running"), List.of(
                emulator.state().instances(Placement.aliyun("cn-hangzhou", ""), i -> i.id().equals("i-1")).get(0)
                        .state(),
                emulator.state().instances(Placement.aliyun("cn-hangzhou", ""), i -> i.id().equals("i-1")).get(0)
                        .state()), "a start is seen in progress once, then done");
        assertAliyunError(postAliyun(emulator, aliyun("DeleteKeyPairs", "RegionId", "cn-hangzhou", "KeyPairNames",
                "[\"web\"]")), 400, "InvalidParameter.KeypairAlreadyAttachedInstance");
    }
}
