package io.yaoshi.provider.ucloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.provider.ProviderFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UCloud's RetCode envelope: numbers or numeric strings, codes mapped to what the user is told. */
class UCloudResponsesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void retCodeMayArriveAsANumberOrANumericString() throws Exception {
        assertEquals(171, UCloudErrors.retCode(JSON.readTree("{\"RetCode\":171}")));
        assertEquals(171, UCloudErrors.retCode(JSON.readTree("{\"RetCode\":\"171\"}")));
        assertEquals(-1, UCloudErrors.retCode(JSON.readTree("{\"Message\":\"no code\"}")));
    }

    @ParameterizedTest(name = "HTTP {0}, RetCode {1} → {2}")
    @CsvSource({
        "200, 171, UNAUTHORIZED",
        "200, 172, UNAUTHORIZED",
        "200, 153, THROTTLED",
        "200, 150, SERVER_ERROR",
        "200, 2001, SERVER_ERROR",
        "200, 292, NOT_FOUND",
        "200, 230, REJECTED",
        "429, -1, THROTTLED",
        "502, -1, SERVER_ERROR",
        "200, -1, MALFORMED_RESPONSE",
    })
    void classifiesRetCodes(int status, int retCode, ProviderFailure expected) {
        assertEquals(expected, UCloudErrors.classify(status, retCode));
    }
}
