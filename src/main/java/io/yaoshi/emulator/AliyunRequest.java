package io.yaoshi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One Aliyun RPC request: the HTTP method (part of the string to sign), the union of query and form parameters, the
 * host it was sent to (echoed as {@code HostId}) and the id the emulator gave it.
 */
record AliyunRequest(String method, Map<String, String> parameters, String host, String requestId) {

    AliyunRequest {
        parameters = Map.copyOf(parameters);
    }

    String parameter(String name) {
        return parameters.getOrDefault(name, "");
    }

    /** A 200 answer holding the request id, for the action to add its fields to. */
    ObjectNode success() {
        return Exchanges.JSON.createObjectNode().put("RequestId", requestId);
    }

    Reply error(int status, String code, String message) {
        ObjectNode body = Exchanges.JSON.createObjectNode()
                .put("RequestId", requestId)
                .put("HostId", host)
                .put("Code", code)
                .put("Message", message)
                .put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=Ecs&requestId="
                        + requestId);
        return new Reply(status, body);
    }

    Reply missing(String parameter) {
        return error(400, "MissingParameter", "The input parameter \"" + parameter
                + "\" that is mandatory for processing this request is not supplied.");
    }

    Reply invalid(String code, String parameter) {
        return error(400, code, "The specified parameter \"" + parameter + "\" is not valid.");
    }
}
