package io.yaoshi.ui.keylist;

import io.yaoshi.domain.KeyPairRecord;

/** One row of the key list: the record and its texts as the user's language shows them. */
public record KeyRow(KeyPairRecord key, String name, String provider, String region, String type,
                     String fingerprint, String tags, String created) {
}
