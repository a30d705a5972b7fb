package io.yaoshi.ui.main;

import java.util.List;

/**
 * The built-in cloud emulator, for trying the cloud flows without an account. Starting it points the Aliyun and
 * UCloud accounts at it, except an account the user set up for a real cloud, which is kept (and named in the
 * answer). Called on the background thread.
 */
public interface SandboxControl {

    /** Starts the emulator; the providers whose real accounts were kept, so the user can be told. */
    List<String> start() throws Exception;

    void stop();
}
