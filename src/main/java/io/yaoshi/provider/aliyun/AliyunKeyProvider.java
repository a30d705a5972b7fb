package io.yaoshi.provider.aliyun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.domain.Tag;
import io.yaoshi.provider.BindingStyle;
import io.yaoshi.provider.CloudKeyProvider;
import io.yaoshi.provider.CreatedKeyPair;
import io.yaoshi.provider.InstanceResult;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.provider.RemoteKeyPair;
import io.yaoshi.provider.RetryPolicy;
import io.yaoshi.provider.http.JsonHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Aliyun ECS key pairs over the RPC API (version 2014-05-26, signature v1), as the official SDK sends them: POST,
 * every parameter in the query string, an empty body (Aliyun's RPC request structure and the ECS API reference).
 * Listings are retried with backoff; creates and imports never are.
 */
public final class AliyunKeyProvider implements CloudKeyProvider {

    static final String VERSION = "2014-05-26";
    /** DescribeRegions needs a valid RegionId and lists them all whichever it is: the first public region. */
    static final String REGION_LIST_ASKED_IN = "cn-hangzhou";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final int PAGE_SIZE = 50;
    private static final int INSTANCE_PAGE_SIZE = 100;
    private static final int DELETE_BATCH = 100;
    private static final int BIND_BATCH = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudAccount account;
    private final Supplier<char[]> secret;
    private final JsonHttp http;
    private final RetryPolicy retries;
    private final Clock clock;
    private final SecureRandom random;

    /** @param secret the AccessKeySecret, asked for each signature; the returned array is wiped after use */
    public AliyunKeyProvider(CloudAccount account, Supplier<char[]> secret, JsonHttp http, RetryPolicy retries,
                             Clock clock, SecureRandom random) {
        this.account = account;
        this.secret = secret;
        this.http = http;
        this.retries = retries;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public ProviderId id() {
        return ProviderId.ALIYUN;
    }

    /**
     * Asked twice, for the Chinese and the English names; any region answers for all (ECS API reference,
     * DescribeRegions).
     */
    @Override
    public List<Region> regions() throws ProviderException {
        Map<String, String> english = new LinkedHashMap<>();
        for (JsonNode region : regionList("en-US")) {
            english.put(region.path("RegionId").asText(), region.path("LocalName").asText());
        }
        List<Region> regions = new ArrayList<>();
        for (JsonNode region : regionList("zh-CN")) {
            String id = region.path("RegionId").asText();
            if (id.isEmpty()) {
                throw new ProviderException(id(), ProviderFailure.MALFORMED_RESPONSE, "", "", "a region without id",
                        null);
            }
            regions.add(new Region(id(), id, region.path("LocalName").asText(), english.getOrDefault(id, ""),
                    List.of()));
        }
        return regions;
    }

    private JsonNode regionList(String language) throws ProviderException {
        JsonNode list = retries.read(id(), () -> call(REGION_LIST_ASKED_IN, "DescribeRegions",
                Map.of("AcceptLanguage", language))).path("Regions").path("Region");
        if (!list.isArray()) {
            throw new ProviderException(id(), ProviderFailure.MALFORMED_RESPONSE, "", "", "Regions is not a list",
                    null);
        }
        return list;
    }

    @Override
    public CreatedKeyPair create(KeyPairSpec spec) throws ProviderException {
        JsonNode body = call(spec.placement().region(), "CreateKeyPair", keyPairParameters(spec));
        String privateKey = AliyunErrors.field(body, "PrivateKeyBody");
        return new CreatedKeyPair(new RemoteKeyPair(AliyunErrors.field(body, "KeyPairName"),
                AliyunErrors.field(body, "KeyPairId"), AliyunErrors.field(body, "KeyPairFingerPrint"), "",
                Optional.empty(), spec.tags()), privateKey.isEmpty() ? Optional.empty()
                : Optional.of(privateKey.toCharArray()));
    }

    @Override
    public RemoteKeyPair importPublicKey(KeyPairSpec spec, String publicKeyLine) throws ProviderException {
        Map<String, String> parameters = keyPairParameters(spec);
        parameters.put("PublicKeyBody", publicKeyLine);
        JsonNode body = call(spec.placement().region(), "ImportKeyPair", parameters);
        return new RemoteKeyPair(AliyunErrors.field(body, "KeyPairName"), AliyunErrors.field(body, "KeyPairId"),
                AliyunErrors.field(body, "KeyPairFingerPrint"), publicKeyLine, Optional.empty(), spec.tags());
    }

    @Override
    public List<RemoteKeyPair> list(Placement scope) throws ProviderException {
        List<RemoteKeyPair> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("PageNumber", Integer.toString(page));
            parameters.put("PageSize", Integer.toString(PAGE_SIZE));
            parameters.put("IncludePublicKey", "true");
            JsonNode body = retries.read(id(), () -> call(scope.region(), "DescribeKeyPairs", parameters));
            List<RemoteKeyPair> items = AliyunListing.keyPairs(body);
            all.addAll(items);
            int total = body.path("TotalCount").asInt(all.size());
            if (items.size() < PAGE_SIZE || all.size() >= total) {
                return all;
            }
        }
    }

    @Override
    public List<ServerInstance> instances(Placement scope) throws ProviderException {
        List<ServerInstance> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("PageNumber", Integer.toString(page));
            parameters.put("PageSize", Integer.toString(INSTANCE_PAGE_SIZE));
            JsonNode body = retries.read(id(), () -> call(scope.region(), "DescribeInstances", parameters));
            List<ServerInstance> items = AliyunListing.instances(scope, body);
            all.addAll(items);
            if (items.size() < INSTANCE_PAGE_SIZE || all.size() >= body.path("TotalCount").asInt(all.size())) {
                return all;
            }
        }
    }

    /** DescribeInstances with {@code InstanceIds}, a JSON array of at most 100. */
    @Override
    public List<ServerInstance> instances(Placement scope, List<String> ids) throws ProviderException {
        List<ServerInstance> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += INSTANCE_PAGE_SIZE) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("InstanceIds", jsonArray(ids.subList(from, Math.min(ids.size(), from + INSTANCE_PAGE_SIZE))));
            parameters.put("PageSize", Integer.toString(INSTANCE_PAGE_SIZE));
            found.addAll(AliyunListing.instances(scope,
                    retries.read(id(), () -> call(scope.region(), "DescribeInstances", parameters))));
        }
        return found;
    }

    @Override
    public BindingStyle bindingStyle() {
        return BindingStyle.ATTACH_THEN_REBOOT;
    }

    @Override
    public List<InstanceResult> attach(Placement scope, String keyPair, List<String> ids) {
        return batches(scope, "AttachKeyPair", keyPair, ids);
    }

    @Override
    public List<InstanceResult> detach(Placement scope, String keyPair, List<String> ids) {
        return batches(scope, "DetachKeyPair", keyPair, ids);
    }

    /**
     * At most 50 instances a call, and every {@code Results.Result} read: HTTP 200 is not success for each instance. An
     * instance the answer leaves out has failed too, as has each instance of a call that failed as a whole.
     */
    private List<InstanceResult> batches(Placement scope, String action, String keyPair, List<String> ids) {
        List<InstanceResult> results = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BIND_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BIND_BATCH));
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("KeyPairName", keyPair);
            parameters.put("InstanceIds", jsonArray(batch));
            try {
                results.addAll(AliyunListing.bindingResults(batch, call(scope.region(), action, parameters)));
            } catch (ProviderException e) {
                batch.forEach(id -> results.add(InstanceResult.failed(id, e)));
            }
        }
        return results;
    }

    @Override
    public void reboot(Placement scope, String instanceId) throws ProviderException {
        call(scope.region(), "RebootInstance", Map.of("InstanceId", instanceId));
    }

    @Override
    public void stop(Placement scope, String instanceId) throws ProviderException {
        call(scope.region(), "StopInstance", Map.of("InstanceId", instanceId));
    }

    @Override
    public void start(Placement scope, String instanceId) throws ProviderException {
        call(scope.region(), "StartInstance", Map.of("InstanceId", instanceId));
    }

    private static String jsonArray(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    @Override
    public void delete(Placement scope, List<String> names) throws ProviderException {
        for (int from = 0; from < names.size(); from += DELETE_BATCH) {
            List<String> batch = names.subList(from, Math.min(names.size(), from + DELETE_BATCH));
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("KeyPairNames", jsonArray(batch));
            call(scope.region(), "DeleteKeyPairs", parameters);
        }
    }

    @Override
    public void retag(Placement scope, String name, List<Tag> previous, List<Tag> tags) throws ProviderException {
        List<String> kept = tags.stream().map(Tag::key).toList();
        List<String> gone = previous.stream().map(Tag::key).filter(k -> !kept.contains(k)).toList();
        if (!gone.isEmpty()) {
            Map<String, String> untag = resource(name);
            for (int i = 0; i < gone.size(); i++) {
                untag.put("TagKey." + (i + 1), gone.get(i));
            }
            call(scope.region(), "UntagResources", untag);
        }
        if (!tags.isEmpty()) {
            Map<String, String> tag = resource(name);
            for (int i = 0; i < tags.size(); i++) {
                tag.put("Tag." + (i + 1) + ".Key", tags.get(i).key());
                tag.put("Tag." + (i + 1) + ".Value", tags.get(i).value());
            }
            // an existing key gets the new value (ECS API reference, TagResources)
            call(scope.region(), "TagResources", tag);
        }
    }

    /** For key pairs the tag APIs identify the resource by its name (ECS API reference, TagResources). */
    private static Map<String, String> resource(String name) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ResourceType", "keypair");
        parameters.put("ResourceId.1", name);
        return parameters;
    }

    private static Map<String, String> keyPairParameters(KeyPairSpec spec) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("KeyPairName", spec.name());
        if (!spec.placement().resourceGroupId().isEmpty()) {
            parameters.put("ResourceGroupId", spec.placement().resourceGroupId());
        }
        List<Tag> tags = spec.tags();
        for (int i = 0; i < tags.size(); i++) {
            parameters.put("Tag." + (i + 1) + ".Key", tags.get(i).key());
            parameters.put("Tag." + (i + 1) + ".Value", tags.get(i).value());
        }
        return parameters;
    }

    /** Signs and sends one action; the JSON of a 2xx answer, else the provider's error as an exception. */
    private JsonNode call(String region, String action, Map<String, String> apiParameters) throws ProviderException {
        Map<String, String> parameters = new LinkedHashMap<>(apiParameters);
        parameters.put("Action", action);
        parameters.put("Version", VERSION);
        parameters.put("Format", "JSON");
        parameters.put("AccessKeyId", account.keyId());
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("SignatureNonce", nonce());
        parameters.put("Timestamp", TIMESTAMP.format(clock.instant()));
        parameters.put("RegionId", region);
        char[] key = secret.get();
        try {
            parameters.put("Signature", AliyunSigner.sign("POST", parameters, key));
        } finally {
            Arrays.fill(key, '\0');
        }
        String query = parameters.entrySet().stream()
                .map(e -> AliyunSigner.percentEncode(e.getKey()) + "=" + AliyunSigner.percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint(region) + "?" + query))
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody());
        JsonHttp.Answer answer = http.send(id(), request);
        if (answer.status() / 100 != 2) {
            throw AliyunErrors.of(answer.status(), answer.body());
        }
        return answer.body();
    }

    private String endpoint(String region) {
        return account.endpoint().isEmpty() ? "https://ecs." + region + ".aliyuncs.com/" : account.endpoint();
    }

    private String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static ProviderException malformed(String what) {
        return new ProviderException(ProviderId.ALIYUN, ProviderFailure.MALFORMED_RESPONSE, "", "", what, null);
    }
}
