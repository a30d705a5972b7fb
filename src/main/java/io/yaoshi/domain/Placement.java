package io.yaoshi.domain;

import java.util.Objects;

/**
 * Where a key pair lives at its provider. Fields that do not apply are the empty string, never null: a local key
 * has no region; a UCloud key may name a zone and a project; an Aliyun key may name a resource group.
 */
public record Placement(ProviderId provider, String region, String zone, String projectId, String resourceGroupId) {

    public Placement {
        Objects.requireNonNull(provider, "provider");
        region = Objects.requireNonNullElse(region, "");
        zone = Objects.requireNonNullElse(zone, "");
        projectId = Objects.requireNonNullElse(projectId, "");
        resourceGroupId = Objects.requireNonNullElse(resourceGroupId, "");
    }

    public static Placement local() {
        return new Placement(ProviderId.LOCAL, "", "", "", "");
    }

    public static Placement aliyun(String region, String resourceGroupId) {
        return new Placement(ProviderId.ALIYUN, region, "", "", resourceGroupId);
    }

    public static Placement ucloud(String region, String zone, String projectId) {
        return new Placement(ProviderId.UCLOUD, region, zone, projectId, "");
    }

    /**
     * Whether two key pairs compete for the same names and quota: same provider and region, and for UCloud the
     * same project (UCloud's key pairs belong to a project).
     */
    public boolean sameScopeAs(Placement other) {
        return provider == other.provider && region.equals(other.region)
                && (provider != ProviderId.UCLOUD || projectId.equals(other.projectId));
    }

    /** In one short line, for the history: {@code local}, {@code aliyun cn-hangzhou}, {@code ucloud cn-bj2 org-x}. */
    public String describe() {
        StringBuilder text = new StringBuilder(provider.id());
        for (String part : new String[] {region, projectId}) {
            if (!part.isEmpty()) {
                text.append(' ').append(part);
            }
        }
        return text.toString();
    }
}
