package io.yaoshi.servers;

/** The instance states both clouds name the same way (Aliyun Status, UHost State). */
final class ServerStates {

    static final String RUNNING = "Running";
    static final String STOPPED = "Stopped";

    private ServerStates() {
    }
}
