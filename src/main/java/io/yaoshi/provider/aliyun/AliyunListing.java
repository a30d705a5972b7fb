package io.yaoshi.provider.aliyun;

import com.fasterxml.jackson.databind.JsonNode;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.domain.Tag;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.RemoteKeyPair;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A DescribeKeyPairs page: {@code {"KeyPairs":{"KeyPair":[…]}}}, where an empty list may be absent or empty, and
 * {@code CreationTime} comes with or without seconds (ECS API reference, DescribeKeyPairs).
 */
final class AliyunListing {

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
