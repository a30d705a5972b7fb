package io.yaoshi.ui.keyrow;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.domain.Tag;
import io.yaoshi.i18n.ChoiceTexts;
import io.yaoshi.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns key pair records into display texts: provider and region names, key type, tags, dates. */
public final class KeyRowFormatter {

    private final Messages text;
    private final RegionCatalog regions;
    private final DateTimeFormatter dates;
    private final Set<String> sharedNames;

    public KeyRowFormatter(Messages text, RegionCatalog regions, ZoneId zone) {
        this.text = text;
        this.regions = regions;
        this.sharedNames = Stream.of(ProviderId.values()).flatMap(p -> regions.regions(p).stream())
                .collect(Collectors.groupingBy(r -> r.displayName(text.locale()), Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(text.locale()).withZone(zone);
    }

    public KeyRow row(KeyPairRecord k) {
        return new KeyRow(k, k.name(), provider(k.provider()), region(k), type(k.algorithm()),
                k.fingerprints().md5(), k.tags().stream().map(t -> t.value().isEmpty() ? t.key()
                        : t.key() + "=" + t.value()).collect(Collectors.joining("  ")),
                k.tags().stream().map(KeyRowFormatter::chip).toList(), dates.format(k.createdAt()));
    }

    private static String chip(Tag t) {
        return t.value().isEmpty() ? t.key() : t.key() + " = " + t.value();
    }

    public String provider(ProviderId provider) {
        return text.get(provider.messageKey());
    }

    public String type(KeyAlgorithm algorithm) {
        return new ChoiceTexts(text).keyType(algorithm);
    }

    private String region(KeyPairRecord k) {
        return regionName(k.provider(), k.placement().region());
    }

    /**
     * The region's name in the user's language ("华东1（杭州）"), or its id when the catalogue does not know it. A name
     * two clouds share (both have a "新加坡") says whose it is: "新加坡（阿里云 ap-southeast-1）".
     */
    public String regionName(ProviderId provider, String id) {
        if (id.isEmpty()) {
            return "";
        }
        return regions.find(provider, id).map(r -> r.displayName(text.locale()))
                .map(name -> sharedNames.contains(name) ? text.format("keyrow.region.shared", name,
                        provider(provider), id) : name)
                .orElse(id);
    }
}
