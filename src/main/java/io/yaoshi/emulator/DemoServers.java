package io.yaoshi.emulator;

import io.yaoshi.domain.Placement;
import java.util.List;
import java.util.Optional;

/**
 * A few servers for the sandbox and {@code yaoshi emulator}, so the server listings have something to show: Aliyun
 * instances in cn-hangzhou bound to the key pairs {@code web-prod} and {@code legacy-ops} (create or import one of
 * those names to see the mapping), a Windows one bound to none, and two UCloud hosts in cn-bj2.
 */
public final class DemoServers {

    private DemoServers() {
    }

    public static void seed(EmulatorState state) {
        Placement hangzhou = Placement.aliyun("cn-hangzhou", "");
        state.seedInstance(new EmulatedInstance(hangzhou, "i-bp1demoweb01", "web-01", "Running", "linux",
                "cn-hangzhou-h", Optional.of("121.40.10.11"), List.of(), List.of("172.16.0.11"),
                Optional.of("web-prod")));
        state.seedInstance(new EmulatedInstance(hangzhou, "i-bp1demoweb02", "web-02", "Running", "linux",
                "cn-hangzhou-h", Optional.empty(), List.of("47.96.10.12"), List.of("172.16.0.12"),
                Optional.of("web-prod")));
        state.seedInstance(new EmulatedInstance(hangzhou, "i-bp1demodb01", "db-01", "Stopped", "linux",
                "cn-hangzhou-i", Optional.empty(), List.of(), List.of("172.16.0.21"), Optional.of("legacy-ops")));
        state.seedInstance(new EmulatedInstance(hangzhou, "i-bp1demowin01", "win-build", "Running", "windows",
                "cn-hangzhou-i", Optional.of("121.40.10.31"), List.of(), List.of("172.16.0.31"), Optional.empty()));
        Placement beijing = Placement.ucloud("cn-bj2", "", EmulatorAccounts.UCLOUD_PROJECT_ID);
        state.seedInstance(new EmulatedInstance(beijing, "uhost-demo01", "api-01", "Running", "Linux", "cn-bj2-05",
                Optional.empty(), List.of("106.75.1.1"), List.of("10.9.0.1"), Optional.empty()));
        state.seedInstance(new EmulatedInstance(beijing, "uhost-demo02", "api-02", "Stopped", "Linux", "cn-bj2-05",
                Optional.empty(), List.of("106.75.1.2"), List.of("10.9.0.2"), Optional.empty()));
    }
}
