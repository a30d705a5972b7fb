package io.yaoshi.ui.keylist;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** Turns key pair records into display texts: provider and region names, key type, tags, dates. */
public final class KeyRowFormatter {

    private final Messages text;
    private final RegionCatalog regions;
    private final DateTimeFormatter dates;

    public KeyRowFormatter(Messages text, RegionCatalog regions, ZoneId zone) {
        this.text = text;
        this.regions = regions;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(text.locale()).withZone(zone);
    }

    public KeyRow row(KeyPairRecord k) {
        return new KeyRow(k, k.name(), provider(k.provider()), region(k), type(k.algorithm()),
                k.fingerprints().md5(), k.tags().stream().map(t -> t.value().isEmpty() ? t.key()
                        : t.key() + "=" + t.value()).collect(Collectors.joining("  ")), dates.format(k.createdAt()));
    }

    public String provider(ProviderId provider) {
        return text.get("provider." + provider.id());
    }

    public String type(KeyAlgorithm algorithm) {
        return text.get("keytype." + algorithm.id());
    }

    private String region(KeyPairRecord k) {
        String id = k.placement().region();
        return id.isEmpty() ? "" : regions.find(k.provider(), id).map(r -> r.displayName(text.locale())).orElse(id);
    }
}
