package io.yaoshi.provider.ucloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import java.util.Set;

/**
 * UCloud's envelope: {@code RetCode} 0 is success, anything else a failure with {@code Message} (UCloud's API response
 * format).
 */
final class UCloudErrors {

    private static final Set<Integer> UNAUTHORIZED = Set.of(170, 171, 172, 174, 294, 295, 299);
    private static final Set<Integer> SERVER = Set.of(110, 130, 150);

    private UCloudErrors() {
    }

    /** RetCode as a number, accepting the numeric strings some gateways send; -1 when absent or unreadable. */
    static int retCode(JsonNode body) {
        JsonNode code = body.get("RetCode");
        if (code == null || code.isNull()) {
            return -1;
        }
        if (code.isNumber()) {
            return code.asInt();
        }
        try {
            return Integer.parseInt(code.asText().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static ProviderException of(int status, JsonNode body, String requestId) {
        int code = retCode(body);
        String message = body.path("Message").asText("");
        return new ProviderException(ProviderId.UCLOUD, classify(status, code), code < 0 ? "" : Integer.toString(code),
                requestId, message, null);
    }

    static ProviderFailure classify(int status, int retCode) {
        if (status == 429 || retCode == 153) {
            return ProviderFailure.THROTTLED;
        }
        if (status >= 500 || SERVER.contains(retCode) || retCode >= 2000) {
            return ProviderFailure.SERVER_ERROR;
        }
        if (UNAUTHORIZED.contains(retCode) || status == 401 || status == 403) {
            return ProviderFailure.UNAUTHORIZED;
        }
        if (retCode == 292) {
            return ProviderFailure.NOT_FOUND;
        }
        return retCode < 0 && status / 100 == 2 ? ProviderFailure.MALFORMED_RESPONSE : ProviderFailure.REJECTED;
    }
}
