package io.yaoshi.provider.aliyun;

import com.fasterxml.jackson.databind.JsonNode;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.domain.Tag;
import io.yaoshi.provider.InstanceResult;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.RemoteKeyPair;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aliyun's list answers read: a DescribeKeyPairs page ({@code {"KeyPairs":{"KeyPair":[…]}}}, where an empty list may be
 * absent or empty, and {@code CreationTime} comes with or without seconds), a DescribeInstances page, and the
 * per-instance results of AttachKeyPair / DetachKeyPair (ECS API reference).
 */
final class AliyunListing {

    /** The code of an instance a binding answer leaves out. */
    static final String NO_RESULT = "NoResult";

    private AliyunListing() {
    }

    static List<RemoteKeyPair> keyPairs(JsonNode body) throws ProviderException {
        JsonNode list = body.path("KeyPairs").path("KeyPair");
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw AliyunKeyProvider.malformed("KeyPairs.KeyPair is not a list");
        }
        List<RemoteKeyPair> result = new ArrayList<>();
        for (JsonNode item : list) {
            String name = AliyunErrors.field(item, "KeyPairName");
            if (name.isEmpty()) {
                throw AliyunKeyProvider.malformed("a key pair without a name");
            }
            List<Tag> tags = new ArrayList<>();
            for (JsonNode tag : item.path("Tags").path("Tag")) {
                tags.add(new Tag(AliyunErrors.field(tag, "TagKey"), AliyunErrors.field(tag, "TagValue")));
            }
            result.add(new RemoteKeyPair(name, AliyunErrors.field(item, "KeyPairId"),
                    AliyunErrors.field(item, "KeyPairFingerPrint"), AliyunErrors.field(item, "PublicKey"),
                    creationTime(AliyunErrors.field(item, "CreationTime")), tags));
        }
        return result;
    }

    private static Optional<Instant> creationTime(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            // "2023-09-04T08:33Z" lacks the seconds Instant.parse wants
            return Optional.of(Instant.parse(text.length() == 17 ? text.replace("Z", ":00Z") : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A DescribeInstances page: {@code {"Instances":{"Instance":[…]}}} with {@code PublicIpAddress.IpAddress[]},
     * {@code EipAddress.IpAddress} and {@code VpcAttributes.PrivateIpAddress.IpAddress[]}; the key pair by name.
     */
    static List<ServerInstance> instances(Placement scope, JsonNode body) throws ProviderException {
        JsonNode list = body.path("Instances").path("Instance");
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw AliyunKeyProvider.malformed("Instances.Instance is not a list");
        }
        List<ServerInstance> result = new ArrayList<>();
        for (JsonNode item : list) {
            String id = AliyunErrors.field(item, "InstanceId");
            if (id.isEmpty()) {
                throw AliyunKeyProvider.malformed("an instance without an id");
            }
            String eip = AliyunErrors.field(item.path("EipAddress"), "IpAddress");
            String keyPair = AliyunErrors.field(item, "KeyPairName");
            result.add(new ServerInstance(scope, id, AliyunErrors.field(item, "InstanceName"),
                    AliyunErrors.field(item, "Status"), AliyunErrors.field(item, "OSType"),
                    new ServerInstance.Addresses(eip.isEmpty() ? Optional.empty() : Optional.of(eip),
                            texts(item.path("PublicIpAddress").path("IpAddress")),
                            texts(item.path("VpcAttributes").path("PrivateIpAddress").path("IpAddress"))),
                    AliyunErrors.field(item, "ZoneId"), keyPair.isEmpty() ? Optional.empty() : Optional.of(keyPair)));
        }
        return result;
    }

    /**
     * AttachKeyPair / DetachKeyPair's {@code Results.Result[]}, one per instance of {@code batch} in its order:
     * {@code Success} is a string ("true") in the reference and a boolean in some answers; an instance the answer does
     * not mention has failed ({@code NoResult}), since success is never assumed from the HTTP status.
     */
    static List<InstanceResult> bindingResults(List<String> batch, JsonNode body) {
        Map<String, InstanceResult> byInstance = new HashMap<>();
        for (JsonNode result : body.path("Results").path("Result")) {
            String instanceId = result.path("InstanceId").asText("");
            boolean success = result.path("Success").asText("").equalsIgnoreCase("true");
            byInstance.put(instanceId, new InstanceResult(instanceId, success,
                    success ? "" : result.path("Code").asText(""), success ? "" : result.path("Message").asText("")));
        }
        return batch.stream().map(id -> byInstance.getOrDefault(id,
                new InstanceResult(id, false, NO_RESULT, "the answer has no result for this instance"))).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> {
            if (value.isTextual() && !value.asText().isBlank()) {
                values.add(value.asText());
            }
        });
        return values;
    }
}
