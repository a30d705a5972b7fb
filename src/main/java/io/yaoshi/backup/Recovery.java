package io.yaoshi.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a recovery of damaged items did: each item put back with the date of the backup its copy came from, the items
 * no backup held intact, and how many backups did not open with the password given (they need an older one).
 */
public record Recovery(Map<String, Instant> recovered, List<String> notFound, int needOtherPassword) {

    public Recovery {
        recovered = Map.copyOf(recovered);
        notFound = List.copyOf(notFound);
    }
}
