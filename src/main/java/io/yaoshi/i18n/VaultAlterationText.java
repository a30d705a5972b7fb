package io.yaoshi.i18n;

import io.yaoshi.vault.SealCheck;

/** The one explanation, for the window and the command line alike, of a vault whose items do not match its seal. */
public final class VaultAlterationText {

    private VaultAlterationText() {
    }

    /** What was found, when, and what it may mean; empty for a vault that matches its seal. */
    public static String explain(SealCheck seal, Messages text) {
        if (!seal.isAltered()) {
            return "";
        }
        String explanation = seal.sealedItems().isPresent()
                ? text.format("vault.altered.counts", seal.sealedItems().getAsInt(), seal.foundItems())
                : text.get("vault.altered.noSeal");
        if (seal.status() == SealCheck.Status.ALTERED_EARLIER && seal.alteredSince().isPresent()) {
            explanation = text.format("text.twoSentences", explanation, text.format("vault.altered.since",
                    text.dateTime(seal.alteredSince().get())));
        }
        return text.format("text.twoSentences", explanation, text.get("vault.altered.meaning"));
    }
}
