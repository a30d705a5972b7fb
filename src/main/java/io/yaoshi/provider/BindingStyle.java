package io.yaoshi.provider;

/** How a cloud binds a key pair to a server, which decides the steps around it. */
public enum BindingStyle {
    /** Aliyun: AttachKeyPair on any Linux instance; a running one takes it at its next reboot, a stopped one at start. */
    ATTACH_THEN_REBOOT(true),
    /** UCloud: ResetUHostInstancePassword on a stopped host only (RetCode 8010 otherwise); there is no detach. */
    RESET_WHILE_STOPPED(false);

    private final boolean canDetach;

    BindingStyle(boolean canDetach) {
        this.canDetach = canDetach;
    }

    public boolean canDetach() {
        return canDetach;
    }
}
