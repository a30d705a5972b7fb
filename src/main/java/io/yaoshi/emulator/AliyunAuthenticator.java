package io.yaoshi.emulator;

import io.yaoshi.provider.aliyun.AliyunSigner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway checks of an Aliyun RPC request (Aliyun's RPC request structure; Aliyun's RPC signature method; Aliyun's
 * error response format), in this order: common parameters present, version, signature method, access key known,
 * timestamp within 15 minutes of the emulator's clock, signature, and last a fresh nonce, so that a forged request
 * cannot use up someone's nonce.
 */
final class AliyunAuthenticator {

    static final String VERSION = "2014-05-26";
    static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(15);
    private static final int NONCES_BEFORE_PURGE = 10_000;
    private static final List<String> REQUIRED = List.of("AccessKeyId", "Action", "Version", "SignatureMethod",
            "SignatureVersion", "SignatureNonce", "Timestamp", "Signature");

    private final Map<String, String> secrets;
    private final Clock clock;
    private final Map<String, Instant> usedNonces = new ConcurrentHashMap<>();

    AliyunAuthenticator(Map<String, String> secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The error the gateway answers with, or empty when the request may proceed. */
    Optional<Reply> check(AliyunRequest request) {
        for (String name : REQUIRED) {
            if (!request.parameters().containsKey(name)) {
                return Optional.of(request.missing(name));
            }
        }
        if (!request.parameter("Version").equals(VERSION)) {
            return Optional.of(request.error(400, "InvalidVersion", "Specified parameter Version is not valid."));
        }
        if (!request.parameter("SignatureMethod").equals("HMAC-SHA1")
                || !request.parameter("SignatureVersion").equals("1.0")) {
            return Optional.of(request.error(400, "IncompleteSignature",
                    "The request signature does not conform to Aliyun standards."));
        }
        String secret = secrets.get(request.parameter("AccessKeyId"));
        if (secret == null) {
            return Optional.of(request.error(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found."));
        }
        Optional<Reply> stale = checkTimestamp(request);
        if (stale.isPresent()) {
            return stale;
        }
        String expected = AliyunSigner.sign(request.method(), request.parameters(), secret.toCharArray());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                request.parameter("Signature").getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(request.error(400, "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation. server string to sign is:"
                            + AliyunSigner.stringToSign(request.method(), request.parameters())));
        }
        return checkNonce(request);
    }

    private Optional<Reply> checkTimestamp(AliyunRequest request) {
        Instant timestamp;
        try {
            timestamp = Instant.parse(request.parameter("Timestamp"));
        } catch (DateTimeParseException e) {
            return Optional.of(request.error(400, "IllegalTimestamp",
                    "The input parameter \"Timestamp\" that is mandatory for processing this request is not supplied"
                            + " or not in the format yyyy-MM-ddTHH:mm:ssZ."));
        }
        Duration skew = Duration.between(timestamp, clock.instant()).abs();
        if (skew.compareTo(TIMESTAMP_WINDOW) > 0) {
            return Optional.of(request.error(400, "InvalidTimeStamp.Expired",
                    "Specified time stamp or date header is expired."));
        }
        return Optional.empty();
    }

    /** Nonces are remembered as long as their timestamp could still pass; older ones are forgotten now and then. */
    private Optional<Reply> checkNonce(AliyunRequest request) {
        Instant now = clock.instant();
        if (usedNonces.size() > NONCES_BEFORE_PURGE) {
            usedNonces.values().removeIf(t -> t.isBefore(now.minus(TIMESTAMP_WINDOW.multipliedBy(2))));
        }
        if (usedNonces.putIfAbsent(request.parameter("SignatureNonce"), now) != null) {
            return Optional.of(request.error(400, "SignatureNonceUsed", "Specified signature nonce was used already."));
        }
        return Optional.empty();
    }
}
