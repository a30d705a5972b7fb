package io.yaoshi.provider;

import io.yaoshi.domain.CloudAccount;
import java.util.function.Supplier;

/** Builds a cloud's adapter for any account, stored or only typed into a form (to test it before it is saved). */
@FunctionalInterface
public interface CloudConnector {

    /** @param secret asked for each request it signs; the adapter wipes what it is given */
    CloudKeyProvider connect(CloudAccount account, Supplier<char[]> secret) throws ProviderException;
}
