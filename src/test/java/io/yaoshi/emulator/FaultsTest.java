package io.yaoshi.emulator;

import static io.yaoshi.emulator.SignedRequests.aliyun;
import static io.yaoshi.emulator.SignedRequests.postAliyun;
import static io.yaoshi.emulator.SignedRequests.postUCloud;
import static io.yaoshi.emulator.SignedRequests.ucloud;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.emulator.SignedRequests.Answer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

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
    void errorFaultsAreConsumedInOrderThenNormalAnswersResume() throws Exception {
        emulator.faults().inject(ProviderId.ALIYUN, "DescribeKeyPairs", Fault.internalError())
                .inject(ProviderId.ALIYUN, "DescribeKeyPairs", Fault.throttled());

        Answer first = postAliyun(emulator, describe());
        assertEquals(500, first.status());
        assertEquals("InternalError", first.code());
        Answer second = postAliyun(emulator, describe());
        assertEquals(400, second.status());
        assertEquals("Throttling.User", second.code());
        assertEquals(200, postAliyun(emulator, describe()).status());
        assertEquals(0, emulator.faults().pending());
    }

    @Test
    void ucloudFaultsUseItsEnvelope() throws Exception {
        emulator.faults().inject(ProviderId.UCLOUD, Faults.ANY_ACTION, Fault.throttled())
                .inject(ProviderId.UCLOUD, "DescribeUHostKeyPairs", Fault.internalError());

        Answer own = postUCloud(emulator, ucloud("DescribeUHostKeyPairs", "Region", "cn-bj2"));
        assertEquals(500, own.status());
        Answer any = postUCloud(emulator, ucloud("DescribeUHostKeyPairs", "Region", "cn-bj2"));
        assertEquals(200, any.status());
        assertEquals(153, any.retCode());
    }

    @Test
    void malformedJsonIsCutInsideAString() throws Exception {
        emulator.faults().inject(ProviderId.ALIYUN, "DescribeKeyPairs", Fault.malformedJson());

        HttpResponse<String> response = SignedRequests.CLIENT.send(aliyunPost(describe()),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("{\""), response.body());
        assertThrows(JsonProcessingException.class, () -> SignedRequests.JSON.readTree(response.body()));
    }

    @Test
    void aSlowAnswerTimesTheClientOut() throws Exception {
        emulator.faults().inject(ProviderId.ALIYUN, "DescribeKeyPairs", Fault.slow(Duration.ofSeconds(5)));
        HttpRequest request = HttpRequest.newBuilder(aliyunPost(describe()), (n, v) -> true)
                .timeout(Duration.ofMillis(300)).build();

        // the answer would have come after 5 s: the client's time-out, not the answer, ends the wait
        assertThrows(HttpTimeoutException.class,
                () -> SignedRequests.CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void aDroppedResponseStillCreatesTheKeyPair() throws Exception {
        emulator.faults().inject(ProviderId.ALIYUN, "CreateKeyPair", Fault.dropResponse());
        HttpClient client = HttpClient.newHttpClient();

        assertThrows(IOException.class, () -> client.send(aliyunPost(aliyun("CreateKeyPair", "RegionId",
                "cn-hangzhou", "KeyPairName", "lost-key")), HttpResponse.BodyHandlers.ofString()));

        assertEquals("lost-key", emulator.state().all().get(0).name());
        Answer again = postAliyun(emulator, aliyun("CreateKeyPair", "RegionId", "cn-hangzhou",
                "KeyPairName", "lost-key"));
        assertEquals("KeyPair.AlreadyExist", again.code());
    }

    @Test
    void anOversizedBodyIsTenMebibytesOfJson() throws Exception {
        emulator.faults().inject(ProviderId.UCLOUD, "DescribeUHostKeyPairs", Fault.oversizedBody());

        HttpResponse<byte[]> response = SignedRequests.CLIENT.send(SignedRequests.ucloudRequest(emulator,
                ucloud("DescribeUHostKeyPairs", "Region", "cn-bj2")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().length > Exchanges.OVERSIZED_BYTES);
        assertTrue(new String(response.body(), 0, 12, java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("{\"Padding\""));
    }

    @Test
    void aSlowFaultIsBoundedAndTheRequestBodyCapped() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Fault.slow(Duration.ofMinutes(5)));
        HttpResponse<String> response = SignedRequests.CLIENT.send(HttpRequest.newBuilder(emulator.ucloudEndpoint())
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[Exchanges.MAX_REQUEST_BYTES + 1])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
    }

    private static Map<String, String> describe() {
        return aliyun("DescribeKeyPairs", "RegionId", "cn-hangzhou");
    }

    private HttpRequest aliyunPost(Map<String, String> parameters) {
        Map<String, String> signed = SignedRequests.signAliyun("POST", parameters,
                EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET);
        return HttpRequest.newBuilder(URI.create(emulator.aliyunEndpoint() + "?" + SignedRequests.form(signed)))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(20)).build();
    }
}
