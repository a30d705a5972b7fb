package io.yaoshi.bench;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Tag;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.provider.RetryPolicy;
import io.yaoshi.provider.aliyun.AliyunKeyProvider;
import io.yaoshi.provider.aliyun.AliyunSigner;
import io.yaoshi.provider.http.JsonHttp;
import io.yaoshi.provider.ucloud.UCloudSigner;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of talking to a cloud: signing one request (Aliyun v1, UCloud), and round trips per second through the
 * real adapter and HTTP stack against the emulator on loopback: import (no key generation on either side), create
 * (the emulator generates an RSA-2048 key each time) and list.
 */
final class ProviderBenchmark implements BenchmarkSuite {

    private static final int SIGNATURES = 200_000;
    private static final String PUBLIC_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDp7TK8dCgLQ18kfmBx0WcB0rlKhAKgeu3dh+"
            + "xdMmz5QZTRpDZoVOCLK4INL6kv/rTylRwgHUestEIQNmS3OYbNlVi43ux7nZV3FFmbxTE6naiQK1IpSbCydyaEQyxG3GqwHim55PW"
            + "q4U4l+5w6un8HIbCrNI2s3hT6/C9G1+obS+rAN6eCykBwOOpOgu20/fSSYbvlaw3mdWK4ujNe3MBlFiDgAEf/bfwn6YpOyaBw9Lov"
            + "hQWm4eT0CVyD4otCHlzXaCwkOLuAkATfqa1YQZtmg7yw63RTEnnIUnBGd5UFV9OKfZghwFwF32zKZw05e3lUKO+u9ROMPJZgWDOH66"
            + "9j demo@keymgr";

    @Override
    public String name() {
        return "providers";
    }

    @Override
    public void run(Path resultDir) throws Exception {
        Report report = new Report("Cloud requests");
        report.section("Signing one CreateKeyPair request (" + SIGNATURES + " after warm-up)");
        report.row("Aliyun signature v1 (HMAC-SHA1 over the canonical query)", micros(this::signAliyun) + " µs");
        report.row("UCloud signature (SHA-1 over sorted parameters)", micros(this::signUCloud) + " µs");
        try (CloudEmulator emulator = CloudEmulator.start(0, EmulatorAccounts.defaults())) {
            AliyunKeyProvider aliyun = new AliyunKeyProvider(new CloudAccount(ProviderId.ALIYUN,
                    EmulatorAccounts.ALIYUN_ACCESS_KEY_ID, "", emulator.aliyunEndpoint().toString()),
                    EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET::toCharArray,
                    new JsonHttp(Duration.ofSeconds(5), Duration.ofSeconds(30)), RetryPolicy.standard(),
                    Clock.systemUTC(), new SecureRandom());
            Placement region = Placement.aliyun("cn-hangzhou", "");
            report.section("Round trips through the Aliyun adapter to the emulator on 127.0.0.1");
            report.row("ImportKeyPair", perSecond(300, i -> aliyun.importPublicKey(spec(region, "imp" + i,
                    CreateMode.IMPORT), PUBLIC_KEY)) + " requests/s");
            report.row("CreateKeyPair (the emulator generates RSA-2048 each time)", perSecond(30, i ->
                    aliyun.create(spec(Placement.aliyun("cn-beijing", ""), "gen" + i, CreateMode.PROVIDER)))
                    + " requests/s");
            report.row("DescribeKeyPairs of 301 key pairs (7 pages of 50)", perSecond(20, i -> aliyun.list(region))
                    + " full listings/s");
        }
        report.write(resultDir.resolve("providers.md"));
    }

    private static KeyPairSpec spec(Placement placement, String name, CreateMode mode) {
        return new KeyPairSpec(placement, name, List.of(new Tag("env", "bench")), KeyAlgorithm.RSA_2048, mode);
    }

    private int signAliyun(int i) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AccessKeyId", "testid");
        p.put("Action", "CreateKeyPair");
        p.put("Format", "JSON");
        p.put("KeyPairName", "密钥对-Prod:01_主" + i);
        p.put("RegionId", "cn-hangzhou");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", "c5f1e2f0-5a51-4a39-8a3e-" + i);
        p.put("SignatureVersion", "1.0");
        p.put("Tag.1.Key", "环境");
        p.put("Tag.1.Value", "生产 A*B~C");
        p.put("Timestamp", "2024-05-20T08:30:00Z");
        p.put("Version", "2014-05-26");
        return AliyunSigner.sign("POST", p, "testsecret".toCharArray()).length();
    }

    private int signUCloud(int i) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Action", "CreateUHostKeyPair");
        p.put("KeyPairName", "测试密钥-key:*~" + i);
        p.put("ProjectId", "org-abc123");
        p.put("PublicKey", "ucloudsomeone@example.com1296235120854146120");
        p.put("Region", "cn-bj2");
        p.put("Zone", "cn-bj2-05");
        return UCloudSigner.sign(p, "46f09bb9fab4f12dfc160dae12273d5332b5debe".toCharArray()).length();
    }

    private interface Step {
        Object run(int i) throws Exception;
    }

    private static String micros(java.util.function.IntUnaryOperator sign) {
        int sink = 0;
        for (int i = 0; i < SIGNATURES / 4; i++) {
            sink += sign.applyAsInt(i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < SIGNATURES; i++) {
            sink += sign.applyAsInt(i);
        }
        long nanos = System.nanoTime() - start;
        if (sink == 42) {
            System.out.println("unlikely");
        }
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1000.0 / SIGNATURES);
    }

    private static String perSecond(int count, Step step) throws Exception {
        step.run(-1); // the first connection and class loading are not what is measured
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            step.run(i);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(java.util.Locale.ROOT, "%.0f", count / seconds);
    }
}
