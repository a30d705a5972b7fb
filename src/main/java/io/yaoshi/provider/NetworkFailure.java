package io.yaoshi.provider;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * Why a cloud could not be reached, told apart because each means something else to the user: a refused
 * connection or an unknown host never reached the cloud (nothing was created), while a time-out or a dropped
 * connection may have. The name is the code shown to the user.
 */
public enum NetworkFailure {
    /** The host answered that nothing listens on that port. */
    ConnectionRefused,
    /** The host name does not resolve. */
    UnknownHost,
    /** The TLS handshake failed: not TLS on that port, or a certificate the JDK does not trust. */
    TlsFailure,
    /** No answer within the time limit. */
    Timeout,
    /** The connection broke off, or the wait was interrupted. */
    ConnectionLost;

    /** Whether the request may have reached the cloud (and so a create may have happened there). */
    public boolean mayHaveArrived() {
        return this == Timeout || this == ConnectionLost;
    }

    /** The failure a {@link ProviderException} code names, if it names one. */
    public static java.util.Optional<NetworkFailure> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
    }

    public static NetworkFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return Timeout;
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return UnknownHost;
            }
            if (t instanceof SSLException) {
                return TlsFailure;
            }
        }
        // the JDK's HttpClient reports an unresolved host as a ConnectException caused by the above
        return failure instanceof ConnectException ? ConnectionRefused : ConnectionLost;
    }
}
