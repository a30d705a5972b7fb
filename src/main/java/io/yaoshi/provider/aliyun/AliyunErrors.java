package io.yaoshi.provider.aliyun;

import com.fasterxml.jackson.databind.JsonNode;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;

/**
 * Aliyun's error envelope ({@code RequestId, HostId, Code, Message}) as a typed failure (Aliyun's error response
 * format).
 */
final class AliyunErrors {

    private AliyunErrors() {
    }

    static ProviderException of(int status, JsonNode body) {
        String code = field(body, "Code");
        return new ProviderException(ProviderId.ALIYUN, classify(status, code), code, field(body, "RequestId"),
                field(body, "Message"), null);
    }

    static ProviderFailure classify(int status, String code) {
        if (code.startsWith("Throttling") || code.equals("Rejected.Throttling") || status == 429) {
            return ProviderFailure.THROTTLED;
        }
        if (code.startsWith("SignatureDoesNotMatch") || code.equals("IncompleteSignature")
                || code.startsWith("InvalidAccessKeyId") || code.startsWith("Forbidden")
                || code.startsWith("InvalidTimeStamp") || status == 401 || status == 403 && code.isEmpty()) {
            return ProviderFailure.UNAUTHORIZED;
        }
        if (status >= 500 || code.equals("InternalError") || code.startsWith("ServiceUnavailable")) {
            return ProviderFailure.SERVER_ERROR;
        }
        if (code.endsWith(".NotFound") || status == 404) {
            return ProviderFailure.NOT_FOUND;
        }
        return ProviderFailure.REJECTED;
    }

    /** Reads a field whatever its case ({@code Code} or {@code code}); empty when absent. */
    static String field(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null) {
            value = body.get(Character.toLowerCase(name.charAt(0)) + name.substring(1));
        }
        return value == null || value.isNull() ? "" : value.asText();
    }
}
