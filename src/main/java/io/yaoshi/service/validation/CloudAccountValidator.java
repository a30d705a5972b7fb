package io.yaoshi.service.validation;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.ProviderId;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A cloud account before it is stored: a key id of visible ASCII characters, a secret, UCloud's project id in the
 * shape UCloud issues, and an endpoint that is HTTPS, or plain HTTP only to this computer (the local emulator): key
 * material travels in these requests, so nothing else may go unencrypted.
 */
public final class CloudAccountValidator {

    static final String BAD_KEY_ID = "InvalidAccessKeyId.Malformed";
    static final String MISSING = "MissingParameter";
    static final String BAD_ENDPOINT = "InvalidEndpoint";

    public Validation validate(CloudAccount account, char[] secret) {
        List<ValidationError> errors = new ArrayList<>();
        if (!account.provider().isCloud()) {
            errors.add(ValidationError.of(Field.PROVIDER, "InvalidParameter", Problem.NOT_APPLICABLE));
        }
        String keyId = account.keyId();
        if (keyId.isEmpty()) {
            errors.add(ValidationError.of(Field.KEY_ID, MISSING, Problem.EMPTY));
        } else if (keyId.length() > 256 || !keyId.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            errors.add(ValidationError.of(Field.KEY_ID, BAD_KEY_ID, Problem.BAD_CHARACTERS));
        }
        if (secret.length == 0) {
            errors.add(ValidationError.of(Field.SECRET, MISSING, Problem.EMPTY));
        }
        if (account.provider() != ProviderId.UCLOUD && !account.projectId().isEmpty()) {
            errors.add(ValidationError.of(Field.PROJECT_ID, "InvalidParameter", Problem.NOT_APPLICABLE));
        }
        if (!account.endpoint().isEmpty() && !isAllowedEndpoint(account.endpoint())) {
            errors.add(ValidationError.of(Field.ENDPOINT, BAD_ENDPOINT, Problem.UNSUPPORTED, account.endpoint()));
        }
        return new Validation(errors);
    }

    private static boolean isAllowedEndpoint(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            if (uri.getHost() == null || uri.getUserInfo() != null) {
                return false;
            }
            return "https".equals(uri.getScheme())
                    || ("http".equals(uri.getScheme()) && InetAddress.getByName(uri.getHost()).isLoopbackAddress()
                    && isLiteralOrLocalhost(uri.getHost()));
        } catch (URISyntaxException | UnknownHostException e) {
            return false;
        }
    }

    /** Only loopback written as such: no name lookup decides whether a key travels in clear text. */
    private static boolean isLiteralOrLocalhost(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
