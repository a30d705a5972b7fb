package io.yaoshi.provider;

/** What kind of failure a cloud call ended in, which decides what the user is told and whether a retry may help. */
public enum ProviderFailure {
    /** Wrong or disabled credentials, a bad signature, a missing permission. */
    UNAUTHORIZED,
    /** The region, key pair or resource group does not exist there. */
    NOT_FOUND,
    /** The provider asked us to slow down. */
    THROTTLED,
    /** The provider refused the request as it stands (a rule, a quota, a conflict). */
    REJECTED,
    /** The provider failed on its side (HTTP 5xx, an internal error). */
    SERVER_ERROR,
    /** No answer: connection refused, a time-out, a dropped connection. */
    UNREACHABLE,
    /** An answer that is not what the API promises: cut off, not JSON, too large, an unexpected shape. */
    MALFORMED_RESPONSE
}
