package io.yaoshi.ui.keyrow;

import io.yaoshi.domain.KeyPairRecord;
import java.util.List;

/**
 * One row of the key list: the record and its texts as the user's language shows them.
 *
 * @param tags      every tag on one line, for sorting the column
 * @param tagChips  each tag as its own chip text: "env = prod", or the key alone when the value is empty
 */
public record KeyRow(KeyPairRecord key, String name, String provider, String region, String type,
                     String fingerprint, String tags, List<String> tagChips, String created) {

    public KeyRow {
        tagChips = List.copyOf(tagChips);
    }
}
