package io.yaoshi.service;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.Placement;
import io.yaoshi.provider.CloudConnector;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.service.validation.CloudAccountValidator;
import io.yaoshi.service.validation.Validation;
import java.util.Arrays;
import java.util.Optional;

/**
 * Proves that a cloud account works with one signed read that changes nothing: lists the key pairs in the provider's
 * first region (for UCloud in the account's project). It tests the account as the user typed it, stored or not, so
 * a wrong endpoint or secret is found before it is saved; a wrong key fails with the provider's own code.
 */
public final class ConnectionTest {

    /** Regions every account can read: each provider's first public region. */
    static final String ALIYUN_CHECK_REGION = "cn-hangzhou";
    static final String UCLOUD_CHECK_REGION = "cn-bj2";

    private final CredentialService credentials;
    private final CloudConnector connector;
    private final CloudAccountValidator rules = new CloudAccountValidator();

    public ConnectionTest(CredentialService credentials, CloudConnector connector) {
        this.credentials = credentials;
        this.connector = connector;
    }

    /** What a connection test found: the region asked and the key pairs it holds. */
    public record Result(String region, int keyPairs) {
    }

    /**
     * @param typedSecret the secret as typed; empty to use the one stored for the provider (the form never shows it)
     */
    public Result check(CloudAccount account, char[] typedSecret)
            throws ProviderException, ValidationException, VaultAccessException {
        char[] secret = typedSecret.length > 0 ? typedSecret.clone()
                : storedSecret(account).orElse(new char[0]);
        try {
            Validation verdict = rules.validate(account, secret);
            if (!verdict.isValid()) {
                throw new ValidationException(verdict);
            }
            Placement scope = switch (account.provider()) {
                case ALIYUN -> Placement.aliyun(ALIYUN_CHECK_REGION, "");
                case UCLOUD -> Placement.ucloud(UCLOUD_CHECK_REGION, "", "");
                case LOCAL -> throw new IllegalArgumentException("the local provider has no connection to test");
            };
            char[] signing = secret;
            return new Result(scope.region(), connector.connect(account, signing::clone).list(scope).size());
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private Optional<char[]> storedSecret(CloudAccount account) throws VaultAccessException {
        return credentials.account(account.provider()).isPresent() ? credentials.secret(account.provider())
                : Optional.empty();
    }
}
