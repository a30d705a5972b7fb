package io.yaoshi.emulator;

import io.yaoshi.service.validation.Field;
import io.yaoshi.service.validation.ValidationError;

/**
 * Turns a broken rule of the shared rule set into Aliyun's error envelope: the rule's code is Aliyun's own code, and
 * the HTTP status follows the ECS API reference's error tables: 403 for {@code QuotaExceed.*}, 404 for {@code
 * *.NotFound}, 400 otherwise.
 */
final class AliyunErrorAnswers {

    private AliyunErrorAnswers() {
    }

    static Reply of(AliyunRequest request, ValidationError error) {
        String code = error.code();
        String parameter = parameterName(error);
        return switch (code) {
            case "MissingParameter" -> request.missing(parameter);
            case "KeyPair.AlreadyExist" -> request.error(400, code, "The key pair already exists.");
            case "QuotaExceed.KeyPair" -> request.error(403, code, "The key pair quota in this region is exceeded.");
            case "QuotaExceed.Tags" -> request.error(403, code, "The number of tags exceeds the limit.");
            case "Duplicate.TagKey" -> request.error(400, code, "The Tag.N.Key contains duplicate keys.");
            case "InvalidRegionId.NotFound" -> request.error(404, code, "The specified RegionId does not exist.");
            case "InvalidResourceGroup.NotFound" ->
                    request.error(404, code, "The ResourceGroup provided does not exist in our records.");
            case "InvalidPublicKeyBody.Malformed" ->
                    request.error(400, code, "The PublicKeyBody format is not supported.");
            default -> request.invalid(code, parameter);
        };
    }

    /** The request parameter a field was read from, e.g. {@code Tag.2.Key} for the second tag's key. */
    static String parameterName(ValidationError error) {
        Field field = error.field();
        return switch (field) {
            case NAME -> "KeyPairName";
            case REGION -> "RegionId";
            case RESOURCE_GROUP -> "ResourceGroupId";
            case KEY_TYPE -> "PublicKeyBody";
            case TAG_KEY -> "Tag." + (error.index() + 1) + ".Key";
            case TAG_VALUE -> "Tag." + (error.index() + 1) + ".Value";
            case TAGS -> "Tag.N";
            default -> field.key();
        };
    }
}
