package io.yaoshi.emulator;

import static io.yaoshi.emulator.SignedRequests.aliyun;
import static io.yaoshi.emulator.SignedRequests.assertAliyunError;
import static io.yaoshi.emulator.SignedRequests.postAliyun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.emulator.SignedRequests.Answer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Aliyun's gateway checks: common parameters, access key, timestamp, nonce, signature over GET, POST and forms. */
class AliyunGatewayTest {

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
    void aWrongSignatureIsRefusedWithTheServerStringToSign() throws Exception {
        Map<String, String> p = SignedRequests.signAliyun("POST",
                aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou"), "not-the-secret");
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.aliyunEndpoint() + "?"
                + SignedRequests.form(p))).POST(HttpRequest.BodyPublishers.noBody()).build();

        Answer a = SignedRequests.send(request);

        assertEquals(400, a.status());
        assertEquals("SignatureDoesNotMatch", a.code());
        assertTrue(a.body().get("Message").asText().startsWith(
                "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&"));
        for (String field : List.of("RequestId", "HostId", "Code", "Message", "Recommend")) {
            assertTrue(a.body().has(field), field);
        }
    }

    @Test
    void gatewayChecks() throws Exception {
        Map<String, String> unknownKey = aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou");
        unknownKey.put("AccessKeyId", "nobody");
        assertAliyunError(postAliyun(emulator, unknownKey), 404, "InvalidAccessKeyId.NotFound");

        Map<String, String> old = aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou");
        old.put("Timestamp", Instant.now().minus(16, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        assertAliyunError(postAliyun(emulator, old), 400, "InvalidTimeStamp.Expired");

        Map<String, String> once = aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou");
        assertEquals(200, postAliyun(emulator, once).status());
        assertAliyunError(postAliyun(emulator, once), 400, "SignatureNonceUsed");

        Map<String, String> noNonce = aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou");
        noNonce.remove("SignatureNonce");
        assertAliyunError(postAliyun(emulator, noNonce), 400, "MissingParameter");

        Map<String, String> version = aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou");
        version.put("Version", "2016-01-01");
        assertAliyunError(postAliyun(emulator, version), 400, "InvalidVersion");

        assertAliyunError(postAliyun(emulator, aliyun("RunInstances", "RegionId", "cn-hangzhou")), 404,
                "InvalidAction.NotFound");
    }

    @Test
    void getAndFormBodiesAreSignedWithTheirMethod() throws Exception {
        Map<String, String> get = SignedRequests.signAliyun("GET", aliyun("DescribeKeyPairs", "RegionId",
                "cn-hangzhou"), EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET);
        assertEquals(200, SignedRequests.send(HttpRequest.newBuilder(
                URI.create(emulator.aliyunEndpoint() + "?" + SignedRequests.form(get))).GET().build()).status());

        Map<String, String> form = SignedRequests.signAliyun("POST", aliyun("DescribeKeyPairs", "RegionId",
                "cn-hangzhou", "KeyPairName", "a b+c"), EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET);
        Answer a = SignedRequests.send(HttpRequest.newBuilder(emulator.aliyunEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(SignedRequests.form(form))).build());
        assertEquals(200, a.status());
    }
}
