package io.yaoshi.provider.ucloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * UCloud UHost key pairs: a flat JSON body with the parameters and their SHA-1 signature, POSTed to one endpoint
 * (UCloud's API documentation). Both shapes of the create answer are read (the {@code KeyPair} object, or its fields at
 * the top level); listings are retried with backoff; creates and imports never are.
 */
public final class UCloudKeyProvider implements CloudKeyProvider {

    static final String PUBLIC_ENDPOINT = "https://api.ucloud.cn/";
    private static final int PAGE_SIZE = 100;
    private static final int INSTANCE_PAGE_SIZE = 100;
    /** The code of every host in a detach, which UHost does not have. */
    public static final String NO_DETACH = "NoDetach";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudAccount account;
    private final Supplier<char[]> privateKey;
    private final JsonHttp http;
    private final RetryPolicy retries;

    /** @param privateKey the API PrivateKey, asked for each signature; the returned array is wiped after use */
    public UCloudKeyProvider(CloudAccount account, Supplier<char[]> privateKey, JsonHttp http, RetryPolicy retries) {
        this.account = account;
        this.privateKey = privateKey;
        this.http = http;
        this.retries = retries;
    }

    @Override
    public ProviderId id() {
        return ProviderId.UCLOUD;
    }

    @Override
    public CreatedKeyPair create(KeyPairSpec spec) throws ProviderException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("KeyPairName", spec.name());
        JsonNode body = call(spec.placement(), "CreateUHostKeyPair", parameters);
        JsonNode key = body.has("KeyPair") ? body.get("KeyPair") : body;
        String privateKeyBody = key.path("PrivateKeyBody").asText("");
        return new CreatedKeyPair(remote(key, spec.name()), privateKeyBody.isEmpty() ? Optional.empty()
                : Optional.of(privateKeyBody.toCharArray()));
    }

    @Override
    public RemoteKeyPair importPublicKey(KeyPairSpec spec, String publicKeyLine) throws ProviderException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("KeyPairName", spec.name());
        parameters.put("PublicKeyBody", publicKeyLine);
        JsonNode body = call(spec.placement(), "ImportUHostKeyPairs", parameters);
        RemoteKeyPair imported = remote(body, spec.name());
        return new RemoteKeyPair(imported.name(), imported.providerKeyId(), imported.fingerprint(), publicKeyLine,
                imported.createdAt(), List.of());
    }

    @Override
    public List<RemoteKeyPair> list(Placement scope) throws ProviderException {
        List<RemoteKeyPair> all = new ArrayList<>();
        while (true) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("Offset", Integer.toString(all.size()));
            parameters.put("Limit", Integer.toString(PAGE_SIZE));
            JsonNode body = retries.read(id(), () -> call(scope, "DescribeUHostKeyPairs", parameters));
            JsonNode items = body.path("KeyPairs");
            if (!items.isArray()) {
                throw malformed("KeyPairs is not a list");
            }
            for (JsonNode item : items) {
                all.add(remote(item, ""));
            }
            if (items.size() < PAGE_SIZE || all.size() >= body.path("TotalCount").asInt(all.size())) {
                return all;
            }
        }
    }

    /**
     * DescribeUHostInstance, 100 at a time: {@code UHostSet[]} with {@code IPSet[]{Type, IP}} (Private, or a public
     * line such as BGP) and {@code KeyPair{KeyPairId, KeyPairState}}; a key pair marked Deleted binds nothing.
     */
    @Override
    public List<ServerInstance> instances(Placement scope) throws ProviderException {
        List<ServerInstance> all = new ArrayList<>();
        while (true) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("Offset", Integer.toString(all.size()));
            parameters.put("Limit", Integer.toString(INSTANCE_PAGE_SIZE));
            JsonNode body = retries.read(id(), () -> call(scope, "DescribeUHostInstance", parameters));
            JsonNode hosts = body.path("UHostSet");
            if (!hosts.isArray()) {
                throw malformed("UHostSet is not a list");
            }
            for (JsonNode host : hosts) {
                all.add(host(scope, host));
            }
            if (hosts.size() < INSTANCE_PAGE_SIZE || all.size() >= body.path("TotalCount").asInt(all.size())) {
                return all;
            }
        }
    }

    /** DescribeUHostInstance with {@code UHostIds.N}, 100 at a time. */
    @Override
    public List<ServerInstance> instances(Placement scope, List<String> ids) throws ProviderException {
        List<ServerInstance> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += INSTANCE_PAGE_SIZE) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + INSTANCE_PAGE_SIZE));
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int n = 0; n < batch.size(); n++) {
                parameters.put("UHostIds." + n, batch.get(n));
            }
            parameters.put("Limit", Integer.toString(INSTANCE_PAGE_SIZE));
            for (JsonNode host : retries.read(id(), () -> call(scope, "DescribeUHostInstance", parameters))
                    .path("UHostSet")) {
                found.add(host(scope, host));
            }
        }
        return found;
    }

    @Override
    public BindingStyle bindingStyle() {
        return BindingStyle.RESET_WHILE_STOPPED;
    }

    /** ResetUHostInstancePassword with {@code LoginMode=KeyPair}, host by host; a running host answers 8010. */
    @Override
    public List<InstanceResult> attach(Placement scope, String keyPairId, List<String> hostIds) {
        List<InstanceResult> results = new ArrayList<>();
        for (String host : hostIds) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("UHostId", host);
            parameters.put("LoginMode", "KeyPair");
            parameters.put("KeyPairId", keyPairId);
            try {
                call(scope, "ResetUHostInstancePassword", parameters);
                results.add(InstanceResult.ok(host));
            } catch (ProviderException e) {
                results.add(InstanceResult.failed(host, e));
            }
        }
        return results;
    }

    /** UHost has no call that unbinds a key pair: only a reset to a password, which Yaoshi does not make. */
    @Override
    public List<InstanceResult> detach(Placement scope, String keyPairId, List<String> hostIds) {
        return hostIds.stream().map(host -> new InstanceResult(host, false, NO_DETACH,
                "UHost has no call that unbinds a key pair")).toList();
    }

    @Override
    public void reboot(Placement scope, String hostId) throws ProviderException {
        call(scope, "RebootUHostInstance", Map.of("UHostId", hostId));
    }

    @Override
    public void stop(Placement scope, String hostId) throws ProviderException {
        call(scope, "StopUHostInstance", Map.of("UHostId", hostId));
    }

    @Override
    public void start(Placement scope, String hostId) throws ProviderException {
        call(scope, "StartUHostInstance", Map.of("UHostId", hostId));
    }

    private static ServerInstance host(Placement scope, JsonNode host) throws ProviderException {
        String id = host.path("UHostId").asText("");
        if (id.isEmpty()) {
            throw malformed("a host without an id");
        }
        List<String> publicIps = new ArrayList<>();
        List<String> privateIps = new ArrayList<>();
        for (JsonNode ip : host.path("IPSet")) {
            String address = ip.path("IP").asText("");
            if (!address.isEmpty()) {
                ("Private".equals(ip.path("Type").asText()) ? privateIps : publicIps).add(address);
            }
        }
        JsonNode keyPair = host.path("KeyPair");
        String keyPairId = keyPair.path("KeyPairId").asText("");
        boolean bound = !keyPairId.isEmpty() && !"Deleted".equals(keyPair.path("KeyPairState").asText());
        return new ServerInstance(scope, id, host.path("Name").asText(""), host.path("State").asText(""),
                host.path("OsType").asText(""), new ServerInstance.Addresses(Optional.empty(), publicIps, privateIps),
                host.path("Zone").asText(""), bound ? Optional.of(keyPairId) : Optional.empty());
    }

    /**
     * GetRegion lists one entry per zone, named in Chinese: grouped here by region, in the order given. The English
     * names are the bundled list's where it knows the region (the id stands in otherwise).
     */
    @Override
    public List<Region> regions() throws ProviderException {
        JsonNode items = retries.read(id(), () -> call(Placement.ucloud("", "", ""), "GetRegion", Map.of()))
                .path("Regions");
        if (!items.isArray()) {
            throw malformed("Regions is not a list");
        }
        Map<String, List<String>> zones = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode item : items) {
            String region = item.path("Region").asText();
            if (region.isEmpty()) {
                throw malformed("a region without id");
            }
            names.putIfAbsent(region, item.path("RegionName").asText());
            List<String> regionZones = zones.computeIfAbsent(region, r -> new ArrayList<>());
            String zone = item.path("Zone").asText();
            if (!zone.isEmpty() && !regionZones.contains(zone)) {
                regionZones.add(zone);
            }
        }
        RegionCatalog bundled = RegionCatalog.bundled();
        return zones.entrySet().stream().map(e -> new Region(id(), e.getKey(), names.get(e.getKey()),
                bundled.find(id(), e.getKey()).map(Region::nameEn).orElse(""), e.getValue())).toList();
    }

    @Override
    public void delete(Placement scope, List<String> keyPairIds) throws ProviderException {
        for (int from = 0; from < keyPairIds.size(); from += PAGE_SIZE) {
            Map<String, String> parameters = new LinkedHashMap<>();
            List<String> batch = keyPairIds.subList(from, Math.min(keyPairIds.size(), from + PAGE_SIZE));
            for (int i = 0; i < batch.size(); i++) {
                parameters.put("KeyPairIds." + i, batch.get(i));
            }
            call(scope, "DeleteUHostKeyPairs", parameters);
        }
    }

    /** UCloud key pairs have no tags: Yaoshi keeps them in the vault only. */
    @Override
    public void retag(Placement scope, String name, List<Tag> previous, List<Tag> tags) {
    }

    private static RemoteKeyPair remote(JsonNode key, String fallbackName) throws ProviderException {
        String name = key.path("KeyPairName").asText(fallbackName);
        if (name.isEmpty()) {
            throw malformed("a key pair without a name");
        }
        long created = key.path("CreateTime").asLong(0);
        return new RemoteKeyPair(name, key.path("KeyPairId").asText(""), key.path("KeyPairFingerPrint").asText(""),
                "", created > 0 ? Optional.of(Instant.ofEpochSecond(created)) : Optional.empty(), List.of());
    }

    private JsonNode call(Placement placement, String action, Map<String, String> apiParameters)
            throws ProviderException {
        Map<String, String> parameters = new LinkedHashMap<>(apiParameters);
        parameters.put("Action", action);
        parameters.put("PublicKey", account.keyId());
        putIfSet(parameters, "Region", placement.region());
        putIfSet(parameters, "Zone", placement.zone());
        putIfSet(parameters, "ProjectId", placement.projectId().isEmpty() ? account.projectId()
                : placement.projectId());
        char[] key = privateKey.get();
        try {
            parameters.put("Signature", UCloudSigner.sign(parameters, key));
        } finally {
            Arrays.fill(key, '\0');
        }
        String body;
        try {
            body = JSON.writeValueAsString(parameters);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(account.endpoint().isEmpty()
                        ? PUBLIC_ENDPOINT : account.endpoint()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        JsonHttp.Answer answer = http.send(id(), request);
        if (answer.status() / 100 != 2 || UCloudErrors.retCode(answer.body()) != 0) {
            throw UCloudErrors.of(answer.status(), answer.body(), "");
        }
        return answer.body();
    }

    /** UCloud's SDKs disagree on empty values, so an empty parameter is not sent at all (UCloud's API signature). */
    private static void putIfSet(Map<String, String> parameters, String name, String value) {
        if (!value.isEmpty()) {
            parameters.put(name, value);
        }
    }

    private static ProviderException malformed(String what) {
        return new ProviderException(ProviderId.UCLOUD, ProviderFailure.MALFORMED_RESPONSE, "", "", what, null);
    }
}
