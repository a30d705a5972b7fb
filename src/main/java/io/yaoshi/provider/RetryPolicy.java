package io.yaoshi.provider;

import io.yaoshi.domain.ProviderId;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Retries for reads only (listings), and only when the provider itself says it may help or did not answer:
 * exponential backoff with full jitter, a bounded number of attempts. Writes are never retried by this class: a
 * create whose answer was lost may have succeeded, and UCloud's own SDK turned one lost answer into four key pairs.
 */
public final class RetryPolicy {

    /** A read operation that may be sent again as it is. */
    @FunctionalInterface
    public interface Read<T> {
        T call() throws ProviderException;
    }

    private final int attempts;
    private final Duration base;
    private final SecureRandom jitter = new SecureRandom();

    public RetryPolicy(int attempts, Duration base) {
        this.attempts = attempts;
        this.base = base;
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofMillis(500));
    }

    public <T> T read(ProviderId provider, Read<T> read) throws ProviderException {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.call();
            } catch (ProviderException e) {
                boolean worthIt = e.retryable() || e.failure() == ProviderFailure.UNREACHABLE;
                if (!worthIt || attempt >= attempts) {
                    throw e;
                }
                sleep(provider, base.toMillis() << (attempt - 1));
            }
        }
    }

    private void sleep(ProviderId provider, long maxMillis) throws ProviderException {
        try {
            Thread.sleep(maxMillis <= 0 ? 0 : jitter.nextLong(maxMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(provider, ProviderFailure.UNREACHABLE, "", "", "interrupted before a retry", e);
        }
    }
}
