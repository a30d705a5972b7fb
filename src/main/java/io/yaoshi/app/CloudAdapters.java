package io.yaoshi.app;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.provider.CloudConnector;
import io.yaoshi.provider.CloudKeyProvider;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.provider.RetryPolicy;
import io.yaoshi.provider.aliyun.AliyunKeyProvider;
import io.yaoshi.provider.http.JsonHttp;
import io.yaoshi.provider.ucloud.UCloudKeyProvider;
import io.yaoshi.service.CredentialService;
import io.yaoshi.service.VaultAccessException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/** Builds each cloud's adapter from the account stored in the vault, at the moment it is needed. */
final class CloudAdapters implements CloudProviders, CloudConnector {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final CredentialService credentials;
    private final SecureRandom random;
    /** Made on first use: its HttpClient sets up TLS (about 0.2 s), which the first window does not need. */
    private JsonHttp http;

    CloudAdapters(CredentialService credentials, SecureRandom random) {
        this.credentials = credentials;
        this.random = random;
    }

    @Override
    public CloudKeyProvider forProvider(ProviderId provider) throws ProviderException {
        CloudAccount account;
        try {
            account = credentials.account(provider).orElseThrow(() -> noCredentials(provider, null));
        } catch (VaultAccessException e) {
            throw noCredentials(provider, e);
        }
        Supplier<char[]> secret = () -> {
            try {
                return credentials.secret(provider).orElseThrow();
            } catch (VaultAccessException e) {
                throw new IllegalStateException("the vault locked while signing a request", e);
            }
        };
        return connect(account, secret);
    }

    @Override
    public CloudKeyProvider connect(CloudAccount account, Supplier<char[]> secret) {
        return switch (account.provider()) {
            case ALIYUN -> new AliyunKeyProvider(account, secret, http(), RetryPolicy.standard(), Clock.systemUTC(),
                    random);
            case UCLOUD -> new UCloudKeyProvider(account, secret, http(), RetryPolicy.standard());
            case LOCAL -> throw new IllegalArgumentException("the local provider has no cloud adapter");
        };
    }

    private synchronized JsonHttp http() {
        if (http == null) {
            http = new JsonHttp(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
        }
        return http;
    }

    private static ProviderException noCredentials(ProviderId provider, Throwable cause) {
        return new ProviderException(provider, ProviderFailure.UNAUTHORIZED, "NoCredentials", "",
                "no credentials stored for " + provider.id(), cause);
    }
}
