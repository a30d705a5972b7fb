package io.yaoshi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * UCloud's parameters as the signature sees them (UCloud's API signature; UCloud's API request format): from the query
 * string and a JSON or form body; a JSON array becomes {@code Name.0, Name.1, …}, a nested object {@code Name.Field},
 * numbers their plain text.
 */
final class UCloudParameters {

    private UCloudParameters() {
    }

    /** The parameters; a body that is neither valid JSON nor a form adds none (the signature check then fails). */
    static Map<String, String> read(HttpExchange exchange, byte[] body) {
        Map<String, String> parameters = new LinkedHashMap<>(Exchanges.queryParameters(exchange));
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (Exchanges.isForm(exchange)) {
            Exchanges.decodeForm(text, parameters);
        } else if (text.startsWith("{")) {
            try {
                flatten("", Exchanges.JSON.readTree(text), parameters);
            } catch (IOException e) {
                return parameters;
            }
        }
        return parameters;
    }

    private static void flatten(String name, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(name.isEmpty() ? field.getKey() : name + "." + field.getKey(), field.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(name + "." + i, node.get(i), into);
            }
        } else if (node.isNumber()) {
            into.put(name, node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (!node.isNull()) {
            into.put(name, node.asText());
        }
    }
}
