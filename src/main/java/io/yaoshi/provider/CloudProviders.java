package io.yaoshi.provider;

import io.yaoshi.domain.ProviderId;

/**
 * The adapter for each cloud, built with the credentials stored for it. Asking for a cloud without credentials is an
 * {@link ProviderFailure#UNAUTHORIZED} failure with the code {@code NoCredentials}, before anything is sent.
 */
@FunctionalInterface
public interface CloudProviders {

    CloudKeyProvider forProvider(ProviderId provider) throws ProviderException;
}
