package io.yaoshi.ui.keylist;

import io.yaoshi.backup.Recovery;
import java.util.List;

/** Puts damaged items back from the backups that open with {@code password}; runs off the JavaFX thread. */
@FunctionalInterface
public interface DamageRecovery {

    Recovery recover(List<String> damagedIds, char[] password) throws Exception;
}
