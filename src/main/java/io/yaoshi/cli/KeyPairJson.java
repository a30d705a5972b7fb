package io.yaoshi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --json} shape of a key pair: {@code id, name, provider, region, zone, projectId, resourceGroupId, type,
 * fingerprintMd5, fingerprintSha256, providerFingerprint, tags, origin, remoteState, createdAt, retired}. Fields a
 * provider does not have are {@code null}; {@code tags} is an object in the key pair's tag order; {@code retired} is
 * true for a key pair a rotation replaced (kept here, no longer the one its servers take).
 */
final class KeyPairJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private KeyPairJson() {
    }

    static String of(List<KeyPairRecord> keys, Set<KeyId> retired) {
        return write(keys.stream().map(k -> object(k, retired.contains(k.id()))).toList());
    }

    /** A key pair just made: never retired. */
    static String of(KeyPairRecord key) {
        return write(object(key, false));
    }

    /**
     * One key pair with its SSH agent policy and the cloud's own id of it ({@code remoteId}: UCloud's KeyPairId,
     * Aliyun's name; null for a local one), as {@code show --json} prints it.
     */
    static String of(KeyPairRecord key, AgentPolicy policy, boolean retired) {
        Map<String, Object> o = object(key, retired);
        o.put("remoteId", key.provider().isCloud() ? orNull(key.remoteId()) : null);
        o.put("agent", agentObject(policy));
        return write(o);
    }

    /** {@code {"offer": true, "confirm": "never", "forwarding": "deny"}}. */
    static String agent(AgentPolicy policy) {
        return write(agentObject(policy));
    }

    private static Map<String, Object> agentObject(AgentPolicy policy) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("offer", policy.offer());
        o.put("confirm", policy.confirm().id());
        o.put("forwarding", policy.forwarding().id());
        return o;
    }

    private static Map<String, Object> object(KeyPairRecord k, boolean retired) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", k.id().value());
        o.put("name", k.name());
        o.put("provider", k.provider().id());
        o.put("region", orNull(k.placement().region()));
        o.put("zone", orNull(k.placement().zone()));
        o.put("projectId", orNull(k.placement().projectId()));
        o.put("resourceGroupId", orNull(k.placement().resourceGroupId()));
        o.put("type", k.algorithm().id());
        o.put("fingerprintMd5", k.fingerprints().md5());
        o.put("fingerprintSha256", k.fingerprints().sha256());
        o.put("providerFingerprint", orNull(k.fingerprints().provider()));
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag t : k.tags()) {
            tags.put(t.key(), t.value());
        }
        o.put("tags", tags);
        o.put("origin", k.origin().id());
        o.put("remoteState", k.remoteState().id());
        o.put("createdAt", k.createdAt().toString());
        o.put("retired", retired);
        return o;
    }

    private static Object orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and strings always serialise", e);
        }
    }
}
