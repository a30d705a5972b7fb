package io.yaoshi.bench;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.keys.SshKeyPair;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Key generation through {@link KeyGenerator} (JDK RSA, Bouncy Castle Ed25519/ECDSA), plus Bouncy Castle's own RSA
 * generator for comparison. RSA and ECDSA are sampled per key (medians); Ed25519 is counted in keys per second.
 * RSA-2048 gets longer measurement: its prime search makes single keys vary by a factor of three or more.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 2, time = 4)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KeygenBenchmark {

    private final SecureRandom random = new SecureRandom();
    private final KeyGenerator generator = new KeyGenerator(random);

    @Benchmark
    @Measurement(iterations = 3, time = 6)
    public SshKeyPair rsa2048Jca() {
        return generator.generate(KeyAlgorithm.RSA_2048, "");
    }

    @Benchmark
    @Measurement(iterations = 3, time = 6)
    public AsymmetricCipherKeyPair rsa2048BouncyCastle() {
        RSAKeyPairGenerator bc = new RSAKeyPairGenerator();
        bc.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, 2048, 112));
        return bc.generateKeyPair();
    }

    @Benchmark
    public SshKeyPair rsa3072Jca() {
        return generator.generate(KeyAlgorithm.RSA_3072, "");
    }

    @Benchmark
    public SshKeyPair rsa4096Jca() {
        return generator.generate(KeyAlgorithm.RSA_4096, "");
    }

    @Benchmark
    public SshKeyPair ecdsaP256() {
        return generator.generate(KeyAlgorithm.ECDSA_P256, "");
    }

    @Benchmark
    public SshKeyPair ecdsaP384() {
        return generator.generate(KeyAlgorithm.ECDSA_P384, "");
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public SshKeyPair ed25519() {
        return generator.generate(KeyAlgorithm.ED25519, "");
    }
}
