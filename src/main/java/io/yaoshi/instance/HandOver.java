package io.yaoshi.instance;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a second launch asks of the running instance.
 *
 * @param command    the command line to run, empty to bring the window forward
 * @param environment the variables a command may read (secrets, {@code SSH_AUTH_SOCK}), from the caller
 * @param workingDir where the caller was, for relative paths
 * @param locale     the language the caller's command speaks (a BCP 47 tag)
 * @param outCharset how the caller's standard output encodes text; {@code errCharset} its standard error's
 * @param terminal   whether the caller has a terminal to prompt on
 * @param vaultFile  the vault the caller means: a command for another vault is not this instance's
 */
public record HandOver(List<String> command, Map<String, String> environment, String workingDir, String locale,
                       String outCharset, String errCharset, boolean terminal, String vaultFile) {

    public HandOver {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(outCharset, "outCharset");
        Objects.requireNonNull(errCharset, "errCharset");
        Objects.requireNonNull(vaultFile, "vaultFile");
    }

    /** Never the variables' values: one of them may be a secret. */
    @Override
    public String toString() {
        return "HandOver[" + command + ", variables " + environment.keySet() + ", " + workingDir + "]";
    }

    public boolean showsWindow() {
        return command.isEmpty();
    }
}
