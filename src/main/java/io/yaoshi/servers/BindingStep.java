package io.yaoshi.servers;

/** A step of a binding about to happen on a server, for the progress the user watches. */
public enum BindingStep {
    BINDING, UNBINDING, REBOOTING, STOPPING, STARTING, WAITING_RUNNING, WAITING_STOPPED
}
