package io.yaoshi.cli;

import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.DemoServers;
import io.yaoshi.emulator.EmulatorAccounts;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi emulator [--port N]}: the local cloud emulator in the foreground, so the cloud flows can be tried
 * without an account. It listens on 127.0.0.1 only and runs until interrupted (Ctrl+C).
 */
@Command(name = "emulator", mixinStandardHelpOptions = true)
final class EmulatorCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Option(names = "--port", paramLabel = "N", defaultValue = "18080", descriptionKey = "cli.option.port")
    private int port;

    EmulatorCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        try (CloudEmulator emulator = CloudEmulator.start(port, EmulatorAccounts.defaults())) {
            DemoServers.seed(emulator.state());
            env.out().println(env.messages().format("cli.emulator.started", emulator.aliyunEndpoint(),
                    emulator.ucloudEndpoint(), EmulatorAccounts.ALIYUN_ACCESS_KEY_ID,
                    EmulatorAccounts.UCLOUD_PUBLIC_KEY, EmulatorAccounts.UCLOUD_PROJECT_ID));
            new CountDownLatch(1).await(); // until interrupted
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }
}
