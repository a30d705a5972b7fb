package io.yaoshi.domain;

import java.util.List;
import java.util.Locale;

/** A provider's region with its display names and, for UCloud, its zones. */
public record Region(ProviderId provider, String id, String nameZh, String nameEn, List<String> zones) {

    public Region {
        zones = List.copyOf(zones);
    }

    /** The name to show: Chinese for a Chinese UI, else English (the id when no English name is published). */
    public String displayName(Locale locale) {
        String name = "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        return name.isEmpty() ? id : name;
    }
}
