package io.yaoshi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.service.validation.PlacementValidator;
import io.yaoshi.service.validation.Validation;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** DescribeKeyPairs and DeleteKeyPairs (ECS API reference, DescribeKeyPairs; ECS API reference, DeleteKeyPairs). */
final class AliyunListActions {

    static final int MAX_PAGE_SIZE = 50;
    static final int MAX_DELETE = 100;

    private final EmulatorState state;
    private final PlacementValidator placements;

    AliyunListActions(EmulatorState state, PlacementValidator placements) {
        this.state = state;
        this.placements = placements;
    }

    Reply describe(AliyunRequest request) {
        Placement scope = Placement.aliyun(request.parameter("RegionId"), "");
        Optional<Reply> badRegion = checkRegion(request, scope);
        if (badRegion.isPresent()) {
            return badRegion.get();
        }
        int pageNumber = Exchanges.number(request.parameter("PageNumber"), 1);
        int pageSize = Exchanges.number(request.parameter("PageSize"), 10);
        if (pageNumber < 1) {
            return request.invalid("InvalidParameter", "PageNumber");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            return request.invalid("InvalidParameter", "PageSize");
        }
        List<EmulatedKeyPair> matches = state.find(scope, filter(request));
        boolean includePublicKey = request.parameter("IncludePublicKey").equals("true");
        ArrayNode items = Exchanges.JSON.createArrayNode();
        matches.stream().skip((long) (pageNumber - 1) * pageSize).limit(pageSize)
                .forEach(k -> items.add(item(k, includePublicKey)));
        ObjectNode body = request.success().put("TotalCount", matches.size()).put("PageNumber", pageNumber)
                .put("PageSize", pageSize);
        body.putObject("KeyPairs").set("KeyPair", items);
        return new Reply(200, body);
    }

    Reply delete(AliyunRequest request) {
        Placement scope = Placement.aliyun(request.parameter("RegionId"), "");
        Optional<Reply> badRegion = checkRegion(request, scope);
        if (badRegion.isPresent()) {
            return badRegion.get();
        }
        if (request.parameter("KeyPairNames").isEmpty()) {
            return request.missing("KeyPairNames");
        }
        Set<String> names = new HashSet<>();
        try {
            JsonNode array = Exchanges.JSON.readTree(request.parameter("KeyPairNames"));
            if (!array.isArray() || array.isEmpty() || array.size() > MAX_DELETE) {
                return request.invalid("InvalidKeyPairNames.ValueNotSupported", "KeyPairNames");
            }
            for (JsonNode name : array) {
                if (!name.isTextual()) {
                    return request.invalid("InvalidKeyPairNames.ValueNotSupported", "KeyPairNames");
                }
                names.add(name.asText());
            }
        } catch (IOException e) {
            return request.invalid("InvalidKeyPairNames.ValueNotSupported", "KeyPairNames");
        }
        List<String> attached = names.stream().filter(name -> state.anyInstance(scope,
                i -> i.keyPair().filter(name::equals).isPresent())).sorted().toList();
        if (!attached.isEmpty()) {
            return request.error(400, "InvalidParameter.KeypairAlreadyAttachedInstance",
                    "The key pair " + attached + " is attached to an instance; detach it first.");
        }
        // names that do not exist are ignored, as the real service reports success for them (ECS API reference,
        // DeleteKeyPairs)
        state.remove(scope, k -> names.contains(k.name()));
        return new Reply(200, request.success());
    }

    private Optional<Reply> checkRegion(AliyunRequest request, Placement scope) {
        Validation v = placements.validate(scope);
        return v.isValid() ? Optional.empty() : Optional.of(AliyunErrorAnswers.of(request, v.errors().get(0)));
    }

    private static Predicate<EmulatedKeyPair> filter(AliyunRequest request) {
        List<Predicate<EmulatedKeyPair>> all = new ArrayList<>();
        String name = request.parameter("KeyPairName");
        if (!name.isEmpty()) {
            Pattern pattern = AliyunParameters.namePattern(name);
            all.add(k -> pattern.matcher(k.name()).matches());
        }
        String fingerprint = request.parameter("KeyPairFingerPrint");
        if (!fingerprint.isEmpty()) {
            all.add(k -> k.fingerprint().equals(fingerprint));
        }
        String group = request.parameter("ResourceGroupId");
        if (!group.isEmpty()) {
            all.add(k -> k.resourceGroupId().equals(group));
        }
        for (Tag wanted : AliyunParameters.tags(request.parameters())) {
            all.add(k -> k.tags().stream().anyMatch(t -> t.key().equals(wanted.key())
                    && (wanted.value().isEmpty() || t.value().equals(wanted.value()))));
        }
        return all.stream().reduce(k -> true, Predicate::and);
    }

    private static ObjectNode item(EmulatedKeyPair k, boolean includePublicKey) {
        ObjectNode item = Exchanges.JSON.createObjectNode()
                .put("KeyPairName", k.name())
                .put("KeyPairFingerPrint", k.fingerprint())
                .put("CreationTime", k.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
        if (!k.resourceGroupId().isEmpty()) {
            item.put("ResourceGroupId", k.resourceGroupId());
        }
        if (includePublicKey) {
            item.put("PublicKey", k.publicKey());
        }
        ArrayNode tags = item.putObject("Tags").putArray("Tag");
        k.tags().forEach(t -> tags.addObject().put("TagKey", t.key()).put("TagValue", t.value()));
        return item;
    }

}
