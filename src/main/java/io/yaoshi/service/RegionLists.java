package io.yaoshi.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.files.SafeFiles;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.provider.ProviderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The regions the forms offer: each cloud's own list once it has answered (DescribeRegions, GetRegion), kept in
 * {@code regions.json} for the next start and for when the cloud cannot be reached; the bundled list until then.
 * Region lists are public and hold nothing secret, so the file sits beside the vault, not in it.
 */
public final class RegionLists {

    private static final Logger LOG = LoggerFactory.getLogger(RegionLists.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudProviders clouds;
    private final Path cacheFile;
    private volatile RegionCatalog current;

    public RegionLists(RegionCatalog bundled, CloudProviders clouds, Path cacheFile) {
        this.clouds = clouds;
        this.cacheFile = cacheFile;
        this.current = withCached(bundled);
    }

    /** The lists as last learned; safe to read from any thread. */
    public RegionCatalog current() {
        return current;
    }

    /**
     * {@link #refresh} unless the kept lists are younger than {@code maxAge}: clouds add regions a few times a year,
     * and each ask costs the user a round trip to every cloud.
     */
    public Set<ProviderId> refreshIfOlderThan(Duration maxAge, Collection<ProviderId> providers) {
        try {
            if (Files.isRegularFile(cacheFile) && Files.getLastModifiedTime(cacheFile).toInstant()
                    .isAfter(Instant.now().minus(maxAge))) {
                return Set.of();
            }
        } catch (IOException e) {
            LOG.debug("The region list's age is unknown: {}", e.toString());
        }
        return refresh(providers);
    }

    /**
     * Asks each of these clouds for its regions; a cloud that answers replaces its list, one that cannot be reached
     * (or answers with none) keeps the last. Returns the clouds that answered.
     */
    public Set<ProviderId> refresh(Collection<ProviderId> providers) {
        Set<ProviderId> answered = EnumSet.noneOf(ProviderId.class);
        RegionCatalog next = current;
        for (ProviderId provider : providers) {
            try {
                List<Region> regions = clouds.forProvider(provider).regions();
                if (!regions.isEmpty()) {
                    next = next.withRegions(provider, regions);
                    answered.add(provider);
                }
            } catch (ProviderException e) {
                LOG.info("The regions of {} could not be read ({} {}); the last list stays", provider.id(),
                        e.failure(), e.code());
            }
        }
        if (!answered.isEmpty()) {
            current = next;
            save(next);
        }
        return answered;
    }

    private RegionCatalog withCached(RegionCatalog bundled) {
        if (!Files.isRegularFile(cacheFile)) {
            return bundled;
        }
        try {
            List<Region> cached = JSON.readValue(cacheFile.toFile(), new TypeReference<List<Region>>() { });
            RegionCatalog catalog = bundled;
            for (ProviderId provider : ProviderId.values()) {
                List<Region> regions = cached.stream().filter(r -> r.provider() == provider).toList();
                if (!regions.isEmpty()) {
                    catalog = catalog.withRegions(provider, regions);
                }
            }
            return catalog;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The cached region list is unreadable ({}); the bundled one is used", e.getClass().getSimpleName());
            return bundled;
        }
    }

    private void save(RegionCatalog catalog) {
        List<Region> all = new ArrayList<>();
        for (ProviderId provider : ProviderId.values()) {
            all.addAll(catalog.regions(provider));
        }
        try {
            SafeFiles.writeAtomically(cacheFile, JSON.writeValueAsBytes(all), SafeFiles.Overwrite.ALLOW);
        } catch (IOException e) {
            LOG.warn("Could not keep the region list: {}", e.toString());
        }
    }
}
