package io.yaoshi.app;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.DemoServers;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.service.CredentialService;
import io.yaoshi.ui.main.SandboxControl;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The in-process local sandbox cloud: the emulator on a free loopback port, with the test accounts stored for it. */
final class Sandbox implements SandboxControl {

    private final CredentialService credentials;
    private CloudEmulator emulator;

    Sandbox(CredentialService credentials) {
        this.credentials = credentials;
    }

    @Override
    public synchronized List<String> start() throws Exception {
        if (emulator == null) {
            emulator = CloudEmulator.start(0, EmulatorAccounts.defaults());
            DemoServers.seed(emulator.state());
        }
        List<String> kept = new ArrayList<>();
        point(ProviderId.ALIYUN, new CloudAccount(ProviderId.ALIYUN, EmulatorAccounts.ALIYUN_ACCESS_KEY_ID, "",
                emulator.aliyunEndpoint().toString()), EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET, kept);
        point(ProviderId.UCLOUD, new CloudAccount(ProviderId.UCLOUD, EmulatorAccounts.UCLOUD_PUBLIC_KEY,
                EmulatorAccounts.UCLOUD_PROJECT_ID, emulator.ucloudEndpoint().toString()),
                EmulatorAccounts.UCLOUD_PRIVATE_KEY, kept);
        return kept;
    }

    /** Stores the sandbox account unless a real one (not on this computer) is set up already. */
    private void point(ProviderId provider, CloudAccount sandbox, String secret, List<String> kept) throws Exception {
        Optional<CloudAccount> current = credentials.account(provider);
        boolean real = current.isPresent() && !isLoopback(current.get().endpoint());
        if (real) {
            kept.add(provider.id());
        } else {
            credentials.save(sandbox, secret.toCharArray());
        }
    }

    private static boolean isLoopback(String endpoint) {
        if (endpoint.isEmpty()) {
            return false;
        }
        String host = URI.create(endpoint).getHost();
        return host != null && (host.startsWith("127.") || host.equals("localhost"));
    }

    @Override
    public synchronized void stop() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }
}
