package io.yaoshi.servers;

import io.yaoshi.domain.ServerInstance;

/** Hears a rotation as it goes: each step as it begins, the binding's own steps, and each login check. */
public interface RotationListener extends BindingListener {

    void stepStarted(RotationState.Step step);

    void checked(ServerInstance server, LoginCheck.Result result);
}
