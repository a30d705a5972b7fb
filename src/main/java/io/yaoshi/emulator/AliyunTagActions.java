package io.yaoshi.emulator;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.service.validation.TagValidator;
import io.yaoshi.service.validation.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TagResources and UntagResources for key pairs (ECS API reference, TagResources): the resource is named by {@code
 * ResourceId.N} (the key pair's name), a tag set again replaces its value, and the result must still pass the shared
 * tag rules.
 */
final class AliyunTagActions {

    private final EmulatorState state;
    private final TagValidator rules = new TagValidator();

    AliyunTagActions(EmulatorState state) {
        this.state = state;
    }

    Reply tag(AliyunRequest request) {
        List<Tag> added = AliyunParameters.tags(request.parameters());
        if (added.isEmpty()) {
            return request.missing("Tag.1.Key");
        }
        Validation given = rules.validate(added);
        if (!given.isValid()) {
            return request.error(400, given.errors().get(0).code(), "The specified tag is not valid.");
        }
        return change(request, current -> {
            Map<String, String> merged = new LinkedHashMap<>();
            current.forEach(t -> merged.put(t.key(), t.value()));
            added.forEach(t -> merged.put(t.key(), t.value()));
            return merged.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList();
        });
    }

    Reply untag(AliyunRequest request) {
        List<String> keys = new ArrayList<>();
        for (int n = 1; !request.parameter("TagKey." + n).isEmpty(); n++) {
            keys.add(request.parameter("TagKey." + n));
        }
        return change(request, current -> current.stream().filter(t -> !keys.contains(t.key())).toList());
    }

    private Reply change(AliyunRequest request, java.util.function.UnaryOperator<List<Tag>> retag) {
        if (!request.parameter("ResourceType").equals("keypair")) {
            return request.error(404, "InvalidResourceType.NotFound", "The ResourceType provided does not exist.");
        }
        String name = request.parameter("ResourceId.1");
        if (name.isEmpty()) {
            return request.missing("ResourceId.1");
        }
        Placement scope = Placement.aliyun(request.parameter("RegionId"), "");
        List<EmulatedKeyPair> found = state.find(scope, k -> k.name().equals(name));
        if (found.isEmpty()) {
            return request.error(404, "InvalidResourceId.NotFound", "The specified ResourceId does not exist.");
        }
        List<Tag> tags = retag.apply(found.get(0).tags());
        if (tags.size() > TagValidator.MAX_TAGS) {
            return request.error(400, "OperationDenied.QuotaExceed", "The resource already has the most tags.");
        }
        state.update(scope, k -> k.name().equals(name), k -> k.withTags(tags));
        return new Reply(200, request.success());
    }
}
