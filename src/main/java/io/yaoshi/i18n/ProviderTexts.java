package io.yaoshi.i18n;

import io.yaoshi.provider.NetworkFailure;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;

/**
 * What a failed cloud call says to the user: what kind of failure, with the provider's code and request id for
 * support; a code that needs its own explanation has a {@code provider.code.<code>} text. The provider's own message
 * is left to the log; it is neither translated nor a sentence for the user.
 */
public final class ProviderTexts {

    private ProviderTexts() {
    }

    public static String describe(Messages text, ProviderException e) {
        String provider = text.get(e.provider().messageKey());
        if (e.code().equals("NoCredentials")) {
            return text.format("provider.failure.noCredentials", provider, e.provider().id());
        }
        if (e.failure() == ProviderFailure.UNREACHABLE && NetworkFailure.fromCode(e.code()).isPresent()) {
            return text.format("provider.failure.UNREACHABLE." + e.code(), provider);
        }
        String code = e.code().isEmpty() ? "-" : e.code();
        String requestId = e.requestId().isEmpty() ? "-" : e.requestId();
        String specific = "provider.code." + e.code();
        if (!e.code().isEmpty() && text.bundle().containsKey(specific)) {
            return text.format(specific, provider, code, requestId);
        }
        return text.format("provider.failure." + e.failure().name(), provider, code, requestId);
    }
}
