package io.yaoshi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.provider.aliyun.AliyunSigner;
import io.yaoshi.provider.ucloud.UCloudSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Requests built by hand, as a client of each cloud would send them, for driving the emulator in tests. */
final class SignedRequests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A status and the parsed JSON body. */
    record Answer(int status, JsonNode body) {
        String code() {
            return body.path("Code").asText();
        }

        int retCode() {
            return body.path("RetCode").asInt();
        }
    }

    private SignedRequests() {
    }

    /** Aliyun common parameters for {@code action}, with a fresh nonce and the current time. */
    static Map<String, String> aliyun(String action, String... apiParameters) {
        Map<String, String> p = new TreeMap<>();
        p.put("Action", action);
        p.put("Version", "2014-05-26");
        p.put("Format", "JSON");
        p.put("AccessKeyId", EmulatorAccounts.ALIYUN_ACCESS_KEY_ID);
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("SignatureNonce", UUID.randomUUID().toString());
        p.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        for (int i = 0; i < apiParameters.length; i += 2) {
            p.put(apiParameters[i], apiParameters[i + 1]);
        }
        return p;
    }

    /** Signs with {@code secret} for {@code method}, returning the parameters with {@code Signature} added. */
    static Map<String, String> signAliyun(String method, Map<String, String> parameters, String secret) {
        Map<String, String> signed = new TreeMap<>(parameters);
        signed.put("Signature", AliyunSigner.sign(method, parameters, secret.toCharArray()));
        return signed;
    }

    static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> AliyunSigner.percentEncode(e.getKey()) + "=" + AliyunSigner.percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** POST with every parameter in the query string and no body, as the official Java SDK sends. */
    static Answer postAliyun(CloudEmulator emulator, Map<String, String> parameters) throws Exception {
        Map<String, String> signed = signAliyun("POST", parameters, EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET);
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.aliyunEndpoint() + "?" + form(signed)))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(20)).build();
        return send(request);
    }

    static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    /** UCloud parameters for {@code action} with the default account's PublicKey, signed. */
    static Map<String, String> ucloud(String action, String... apiParameters) {
        Map<String, String> p = new TreeMap<>();
        p.put("Action", action);
        p.put("PublicKey", EmulatorAccounts.UCLOUD_PUBLIC_KEY);
        for (int i = 0; i < apiParameters.length; i += 2) {
            p.put(apiParameters[i], apiParameters[i + 1]);
        }
        p.put("Signature", UCloudSigner.sign(p, EmulatorAccounts.UCLOUD_PRIVATE_KEY.toCharArray()));
        return p;
    }

    /** POST with a flat JSON body, as the official Java SDK sends. */
    static Answer postUCloud(CloudEmulator emulator, Map<String, String> parameters) throws Exception {
        return send(ucloudRequest(emulator, parameters).build());
    }

    static HttpRequest.Builder ucloudRequest(CloudEmulator emulator, Map<String, String> parameters)
            throws IOException {
        return HttpRequest.newBuilder(emulator.ucloudEndpoint()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(parameters)))
                .timeout(Duration.ofSeconds(20));
    }

    static void assertAliyunError(Answer a, int status, String code) {
        assertEquals(code, a.code(), a.body().toString());
        assertEquals(status, a.status(), a.body().toString());
    }
}
