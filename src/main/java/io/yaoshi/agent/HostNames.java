package io.yaoshi.agent;

import io.yaoshi.keys.Fingerprints;
import java.util.Optional;

/** Names the server behind a host key, for a prompt and the list of recent requests. */
@FunctionalInterface
public interface HostNames {

    /** For an agent that knows no hosts: every destination by its fingerprint only. */
    HostNames NONE = hostKey -> new Destination(Fingerprints.sha256OfBlob(hostKey), Optional.empty(), false);

    Destination of(byte[] hostKey);
}
