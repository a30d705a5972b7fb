package io.yaoshi.provider;

import io.yaoshi.domain.ProviderId;

/**
 * A cloud call that failed. Carries the provider's own code (Aliyun's {@code Code}, UCloud's {@code RetCode}) and
 * request id for support, and whether the same request may be sent again. The provider's message is kept for the
 * log and the details view, never as the main text; it never holds a secret.
 */
public final class ProviderException extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;


    private final ProviderId provider;
    private final ProviderFailure failure;
    private final String code;
    private final String requestId;

    public ProviderException(ProviderId provider, ProviderFailure failure, String code, String requestId,
                             String providerMessage, Throwable cause) {
        super(provider.id() + " " + failure + " " + code + ": " + providerMessage, cause);
        this.provider = provider;
        this.failure = failure;
        this.code = code;
        this.requestId = requestId;
    }

    public ProviderId provider() {
        return provider;
    }

    public ProviderFailure failure() {
        return failure;
    }

    /** The provider's code, e.g. {@code InvalidKeyPairName.Malformed} or {@code 171}; empty when there was none. */
    public String code() {
        return code;
    }

    public String requestId() {
        return requestId;
    }

    /** Whether sending the same request again may succeed: throttling and the provider's own failures. */
    public boolean retryable() {
        return failure == ProviderFailure.THROTTLED || failure == ProviderFailure.SERVER_ERROR;
    }

    /**
     * Whether the request may have reached the provider, so that whatever it asked for may have happened there. Only a
     * connection that was never made (refused, an unknown host, a failed TLS handshake) says for sure it did not.
     */
    public boolean mayHaveArrived() {
        return failure != ProviderFailure.UNREACHABLE
                || NetworkFailure.fromCode(code).map(NetworkFailure::mayHaveArrived).orElse(true);
    }

    /**
     * Whether the call may have taken effect although it failed: a server error or a lost answer may come after the
     * cloud acted. Only a refusal, or a connection that was never made, is a definite "nothing happened".
     */
    public boolean outcomeUnknown() {
        return failure == ProviderFailure.UNREACHABLE && mayHaveArrived()
                || failure == ProviderFailure.MALFORMED_RESPONSE || failure == ProviderFailure.SERVER_ERROR;
    }
}
