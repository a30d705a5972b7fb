package io.yaoshi.emulator;

import static io.yaoshi.emulator.SignedRequests.postUCloud;
import static io.yaoshi.emulator.SignedRequests.ucloud;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.emulator.SignedRequests.Answer;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.keys.KeyParser;
import io.yaoshi.keys.ParsedKey;
import io.yaoshi.keys.PassphrasePrompt;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.provider.ucloud.UCloudSigner;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UCloudRoutesTest {

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
    void createReturnsAPrivateKeyMatchingTheStoredPublicKey() throws Exception {
        Answer a = postUCloud(emulator, ucloud("CreateUHostKeyPair", "Region", "cn-bj2", "Zone", "cn-bj2-05",
                "ProjectId", "org-abc123", "KeyPairName", "测试密钥:*~"));

        assertEquals(200, a.status());
        assertEquals(0, a.retCode(), a.body().toString());
        assertEquals("CreateUHostKeyPairResponse", a.body().get("Action").asText());
        JsonNode kp = a.body().get("KeyPair");
        ParsedKey parsed = new KeyParser().parse(kp.get("PrivateKeyBody").asText().getBytes(StandardCharsets.UTF_8),
                PassphrasePrompt.NONE);
        EmulatedKeyPair stored = emulator.state().all().get(0);
        assertEquals(EmulatedKeyMaterial.publicLine(parsed.publicKey()).split(" ")[1], stored.publicKey().split(" ")[1]);
        assertTrue(kp.get("KeyPairId").asText().startsWith("uhostkp-"));
        assertEquals("org-abc123", kp.get("ProjectId").asText());
        assertEquals("测试密钥:*~", kp.get("KeyPairName").asText());
        assertEquals(EmulatedKeyMaterial.ucloudFingerprint("org-abc123", stored.id(), stored.publicKey()),
                kp.get("KeyPairFingerPrint").asText());
        assertTrue(kp.get("CreateTime").isIntegralNumber());
    }

    @Test
    void gatewayRetCodes() throws Exception {
        Map<String, String> badSignature = ucloud("DescribeUHostKeyPairs", "Region", "cn-bj2");
        badSignature.put("Signature", "0".repeat(40));
        assertEquals(171, postUCloud(emulator, badSignature).retCode());

        Map<String, String> stranger = new TreeMap<>(Map.of("Action", "DescribeUHostKeyPairs", "Region", "cn-bj2",
                "PublicKey", "someone-else"));
        stranger.put("Signature", UCloudSigner.sign(stranger, "whatever".toCharArray()));
        assertEquals(172, postUCloud(emulator, stranger).retCode());

        Answer unknown = postUCloud(emulator, ucloud("CreateUHostInstance", "Region", "cn-bj2"));
        assertEquals(161, unknown.retCode());
        assertEquals(200, unknown.status());
        assertEquals("CreateUHostInstanceResponse", unknown.body().get("Action").asText());

        Map<String, String> noAction = new TreeMap<>(ucloud("X"));
        noAction.remove("Action");
        noAction.put("Signature", UCloudSigner.sign(noAction, EmulatorAccounts.UCLOUD_PRIVATE_KEY.toCharArray()));
        assertEquals(160, postUCloud(emulator, noAction).retCode());

        assertEquals(292, postUCloud(emulator, ucloud("DescribeUHostKeyPairs", "Region", "cn-bj2",
                "ProjectId", "org-other")).retCode());
    }

    @Test
    void ruleFailuresAreRetCode230NamingTheParameter() throws Exception {
        Answer badName = postUCloud(emulator, ucloud("CreateUHostKeyPair", "Region", "cn-bj2",
                "KeyPairName", "has space"));
        assertEquals(230, badName.retCode());
        assertEquals("Params [KeyPairName] not available", badName.body().get("Message").asText());
        Answer badZone = postUCloud(emulator, ucloud("CreateUHostKeyPair", "Region", "cn-bj2", "Zone", "hk-02",
                "KeyPairName", "ok"));
        assertEquals("Params [Zone] not available", badZone.body().get("Message").asText());
        assertEquals(230, postUCloud(emulator, ucloud("CreateUHostKeyPair", "Region", "mars-1",
                "KeyPairName", "ok")).retCode());
        assertEquals(230, postUCloud(emulator, ucloud("DescribeUHostKeyPairs", "Region", "cn-bj2",
                "Limit", "101")).retCode());
        assertTrue(emulator.state().all().isEmpty());
    }

    @Test
    void importDescribeAndDeleteById() throws Exception {
        SshKeyPair key = new KeyGenerator(new SecureRandom()).generate(KeyAlgorithm.ED25519, "me@host");
        String line = EmulatedKeyMaterial.publicLine(key.publicKey());
        Answer imported = postUCloud(emulator, ucloud("ImportUHostKeyPairs", "Region", "cn-sh2",
                "KeyPairName", "imported", "PublicKeyBody", line));
        assertEquals(0, imported.retCode(), imported.body().toString());
        String id = imported.body().get("KeyPairId").asText();
        assertEquals(EmulatedKeyMaterial.ucloudFingerprint("org-abc123", id, line),
                imported.body().get("KeyPairFingerPrint").asText());
        assertEquals(230, postUCloud(emulator, ucloud("ImportUHostKeyPairs", "Region", "cn-sh2",
                "KeyPairName", "junk", "PublicKeyBody", "ssh-rsa nonsense")).retCode());
        assertEquals(0, postUCloud(emulator, ucloud("CreateUHostKeyPair", "Region", "cn-sh2",
                "KeyPairName", "created")).retCode());

        Answer page = postUCloud(emulator, ucloud("DescribeUHostKeyPairs", "Region", "cn-sh2",
                "Offset", "1", "Limit", "1"));
        assertEquals(2, page.body().get("TotalCount").asInt());
        assertEquals(1, page.body().get("KeyPairs").size());
        assertEquals("created", page.body().get("KeyPairs").get(0).get("KeyPairName").asText());
        Answer all = postUCloud(emulator, ucloud("DescribeUHostKeyPairs", "Region", "cn-sh2"));
        all.body().get("KeyPairs").forEach(k -> assertFalse(k.has("PrivateKeyBody")));
        assertFalse(all.body().toString().contains("PRIVATE KEY"));

        Answer deleted = postUCloud(emulator, ucloud("DeleteUHostKeyPairs", "Region", "cn-sh2",
                "KeyPairIds.0", id, "KeyPairIds.1", "uhostkp-missing"));
        assertEquals(0, deleted.retCode());
        assertEquals("DeleteUHostKeyPairsResponse", deleted.body().get("Action").asText());
        assertEquals(1, emulator.state().all().size());
        assertEquals(230, postUCloud(emulator, ucloud("DeleteUHostKeyPairs", "Region", "cn-sh2")).retCode());
    }

    @Test
    void formBodiesAndJsonArraysAreFlattenedBeforeVerifying() throws Exception {
        Map<String, String> p = ucloud("DescribeUHostKeyPairs", "Region", "cn-bj2", "Limit", "100");
        Answer form = SignedRequests.send(HttpRequest.newBuilder(emulator.ucloudEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(SignedRequests.form(p))).build());
        assertEquals(0, form.retCode(), form.body().toString());

        Map<String, String> flat = ucloud("DeleteUHostKeyPairs", "Region", "cn-bj2", "KeyPairIds.0", "a",
                "KeyPairIds.1", "b");
        String json = "{\"Action\":\"DeleteUHostKeyPairs\",\"Region\":\"cn-bj2\",\"KeyPairIds\":[\"a\",\"b\"],"
                + "\"PublicKey\":\"" + EmulatorAccounts.UCLOUD_PUBLIC_KEY + "\",\"Signature\":\""
                + flat.get("Signature") + "\"}";
        Answer array = SignedRequests.send(HttpRequest.newBuilder(emulator.ucloudEndpoint())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(0, array.retCode(), array.body().toString());
    }
}
