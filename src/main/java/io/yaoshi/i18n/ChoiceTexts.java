package io.yaoshi.i18n;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;

/** How the forms' lists name their choices in the user's language: a provider by its name, a region with its id. */
public final class ChoiceTexts {

    private final Messages text;

    public ChoiceTexts(Messages text) {
        this.text = text;
    }

    /** "阿里云" or "Aliyun"; empty for no choice. */
    public String provider(ProviderId provider) {
        return provider == null ? "" : text.get(provider.messageKey());
    }

    /** Where a key pair lives, short: "Local", "Aliyun cn-hangzhou". */
    public String place(Placement placement) {
        String provider = provider(placement.provider());
        return placement.provider().isCloud() ? provider + " " + placement.region() : provider;
    }

    /** "RSA 4096", "Ed25519". */
    public String keyType(KeyAlgorithm algorithm) {
        return text.get("keytype." + algorithm.id());
    }

    /** "华东1（杭州）  cn-hangzhou": the id tells regions of the same name apart; empty for no choice. */
    public String region(Region region) {
        return region == null ? "" : region.displayName(text.locale()) + "  " + region.id();
    }
}
