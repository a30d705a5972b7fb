package io.yaoshi.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The regions (and UCloud zones) Yaoshi knows without asking a provider: a list bundled with the app. */
public final class RegionCatalog {

    private final List<Region> regions;

    private RegionCatalog(List<Region> regions) {
        this.regions = List.copyOf(regions);
    }

    /** The bundled list, {@code regions.tsv} beside this class. */
    public static RegionCatalog bundled() {
        try (InputStream in = RegionCatalog.class.getResourceAsStream("regions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("regions.tsv is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RegionCatalog parse(BufferedReader reader) throws IOException {
        List<Region> regions = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            ProviderId provider = ProviderId.fromId(f[0])
                    .orElseThrow(() -> new IllegalStateException("unknown provider in regions.tsv: " + f[0]));
            List<String> zones = f.length > 4 && !f[4].isBlank() ? Arrays.asList(f[4].split(",")) : List.of();
            regions.add(new Region(provider, f[1], f[2], f[3], zones));
        }
        return new RegionCatalog(regions);
    }

    /** The provider's regions in display order; none for the local provider. */
    public List<Region> regions(ProviderId provider) {
        return regions.stream().filter(r -> r.provider() == provider).toList();
    }

    /** The same catalog with this provider's regions replaced (as its cloud lists them now). */
    public RegionCatalog withRegions(ProviderId provider, List<Region> replacement) {
        if (replacement.stream().anyMatch(r -> r.provider() != provider)) {
            throw new IllegalArgumentException("every region must be of " + provider.id());
        }
        List<Region> next = new ArrayList<>(regions.stream().filter(r -> r.provider() != provider).toList());
        next.addAll(replacement);
        return new RegionCatalog(next);
    }

    public Optional<Region> find(ProviderId provider, String regionId) {
        return regions.stream().filter(r -> r.provider() == provider && r.id().equals(regionId)).findFirst();
    }
}
