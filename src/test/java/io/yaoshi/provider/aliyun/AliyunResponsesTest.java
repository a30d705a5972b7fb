package io.yaoshi.provider.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.Tag;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Aliyun answers as its API reference shows them (error format, DescribeKeyPairs), including the shapes that are easy
 * to get wrong.
 */
class AliyunResponsesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "400, SignatureDoesNotMatch, UNAUTHORIZED",
        "404, InvalidAccessKeyId.NotFound, UNAUTHORIZED",
        "403, Forbidden.RAM, UNAUTHORIZED",
        "400, InvalidTimeStamp.Expired, UNAUTHORIZED",
        "400, Throttling.User, THROTTLED",
        "503, ServiceUnavailable, SERVER_ERROR",
        "500, InternalError, SERVER_ERROR",
        "404, InvalidRegionId.NotFound, NOT_FOUND",
        "400, InvalidKeyPairName.Malformed, REJECTED",
        "400, KeyPair.AlreadyExist, REJECTED",
        "403, QuotaExceed.KeyPair, REJECTED",
    })
    void classifiesTheProvidersCodes(int status, String code, ProviderFailure expected) {
        assertEquals(expected, AliyunErrors.classify(status, code));
    }

    @Test
    void readsTheEnvelopeWhateverTheCaseOfItsFields() throws Exception {
        ProviderException e = AliyunErrors.of(400, JSON.readTree(
                "{\"requestId\":\"7A4A\",\"code\":\"KeyPair.AlreadyExist\",\"message\":\"The key pair already exist.\"}"));
        assertEquals("KeyPair.AlreadyExist", e.code());
        assertEquals("7A4A", e.requestId());
        assertEquals(ProviderFailure.REJECTED, e.failure());
    }

    @Test
    void listsKeyPairsWithTagsAndBothTimeFormats() throws Exception {
        var body = JSON.readTree("{\"TotalCount\":2,\"KeyPairs\":{\"KeyPair\":["
                + "{\"KeyPairName\":\"k1\",\"KeyPairFingerPrint\":\"ab:cd\",\"CreationTime\":\"2023-09-04T08:33Z\","
                + "\"PublicKey\":\"ssh-rsa AAAA\",\"Tags\":{\"Tag\":[{\"TagKey\":\"env\",\"TagValue\":\"prod\"}]}},"
                + "{\"KeyPairName\":\"k2\",\"CreationTime\":\"2023-09-04T08:33:12Z\"}]}}");
        var keys = AliyunListing.keyPairs(body);
        assertEquals(List.of("k1", "k2"), keys.stream().map(k -> k.name()).toList());
        assertEquals(List.of(new Tag("env", "prod")), keys.get(0).tags());
        assertEquals(Optional.of(Instant.parse("2023-09-04T08:33:00Z")), keys.get(0).createdAt());
        assertEquals(Optional.of(Instant.parse("2023-09-04T08:33:12Z")), keys.get(1).createdAt());
    }

    @Test
    void anEmptyListMayBeAbsentOrEmpty() throws Exception {
        assertEquals(List.of(), AliyunListing.keyPairs(JSON.readTree("{\"TotalCount\":0}")));
        assertEquals(List.of(), AliyunListing.keyPairs(JSON.readTree("{\"KeyPairs\":{\"KeyPair\":[]}}")));
    }

    @Test
    void anUnexpectedShapeIsAMalformedAnswer() {
        var e = assertThrows(ProviderException.class,
                () -> AliyunListing.keyPairs(JSON.readTree("{\"KeyPairs\":{\"KeyPair\":\"oops\"}}")));
        assertEquals(ProviderFailure.MALFORMED_RESPONSE, e.failure());
    }
}
