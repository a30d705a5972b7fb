package io.yaoshi.ui.keyimport;

import io.yaoshi.ui.common.FilePicker;
import java.util.List;
import java.util.ResourceBundle;

/**
 * What the Open dialog shows first: the names key files go by. OpenSSH's private keys have no extension
 * ({@code id_ed25519}), the consoles' downloads end in {@code .pem}, PuTTY's in {@code .ppk}. Every file stays one
 * choice away, for a key saved under any other name.
 */
public final class KeyFileKinds {

    static final List<String> KEY_FILE_PATTERNS = List.of("id_*", "*.pem", "*.key", "*.pub", "*.ppk", "*.openssh");

    private KeyFileKinds() {
    }

    public static List<FilePicker.Kind> of(ResourceBundle text) {
        return List.of(new FilePicker.Kind(text.getString("keyimport.kind.keys"), KEY_FILE_PATTERNS),
                new FilePicker.Kind(text.getString("keyimport.kind.all"), List.of("*")));
    }
}
