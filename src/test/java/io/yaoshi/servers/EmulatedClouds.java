package io.yaoshi.servers;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.EmulatedInstance;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.provider.CloudKeyProvider;
import io.yaoshi.provider.RetryPolicy;
import io.yaoshi.provider.aliyun.AliyunKeyProvider;
import io.yaoshi.provider.http.JsonHttp;
import io.yaoshi.provider.ucloud.UCloudKeyProvider;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The real adapters pointed at a running emulator, and servers seeded into it: what the servers tests share. */
final class EmulatedClouds {

    static final Placement HANGZHOU = Placement.aliyun("cn-hangzhou", "");
    static final Placement BJ2 = Placement.ucloud("cn-bj2", "", EmulatorAccounts.UCLOUD_PROJECT_ID);

    private final CloudEmulator emulator;

    EmulatedClouds(CloudEmulator emulator) {
        this.emulator = emulator;
    }

    AliyunKeyProvider aliyun() {
        return new AliyunKeyProvider(new CloudAccount(ProviderId.ALIYUN, EmulatorAccounts.ALIYUN_ACCESS_KEY_ID, "",
                emulator.aliyunEndpoint().toString()), EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET::toCharArray,
                new JsonHttp(Duration.ofSeconds(2), Duration.ofSeconds(10)), new RetryPolicy(3, Duration.ofMillis(10)),
                Clock.systemUTC(), new SecureRandom());
    }

    UCloudKeyProvider ucloud() {
        return new UCloudKeyProvider(new CloudAccount(ProviderId.UCLOUD, EmulatorAccounts.UCLOUD_PUBLIC_KEY,
                EmulatorAccounts.UCLOUD_PROJECT_ID, emulator.ucloudEndpoint().toString()),
                EmulatorAccounts.UCLOUD_PRIVATE_KEY::toCharArray,
                new JsonHttp(Duration.ofSeconds(2), Duration.ofSeconds(10)), new RetryPolicy(3, Duration.ofMillis(10)));
    }

    void seed(Placement where, String id, String name, String state, String os, Optional<String> eip,
              Optional<String> key) {
        emulator.state().seedInstance(new EmulatedInstance(where, id, name, state, os, where.region() + "-a", eip,
                List.of("47.0.0." + (id.hashCode() & 0x7f)), List.of("10.0.0." + (id.hashCode() & 0x7f)), key));
    }

    /** The server as the emulator holds it now, without moving a stop or start on. */
    EmulatedInstance server(Placement where, String id) {
        return emulator.state().instance(where, id).orElseThrow();
    }

    /** A key pair made here and imported to {@code cloud} under {@code name}, held in {@code vault}. */
    static KeyPairRecord keyAt(VaultSession vault, CloudKeyProvider cloud, Placement where, String name)
            throws Exception {
        return Fixtures.keyService(vault, provider -> cloud).create(new KeyPairSpec(where, name, List.of(),
                KeyAlgorithm.RSA_2048, CreateMode.IMPORT));
    }
}
