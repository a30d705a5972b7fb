package io.yaoshi.agent;

import io.yaoshi.keys.Fingerprints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names a host key as OpenSSH's {@code known_hosts} files do. A hashed entry ({@code |1|salt|HMAC-SHA1}) cannot be
 * read back, so it is tested against the names the user's ssh config and the plain entries mention, with and without
 * the config's ports ({@code [host]:port}); one that matches none is reported as known but unnamed. A key marked
 * {@code @revoked} is never known. The files are read on each request, so an edit applies at once.
 */
public final class KnownHosts implements HostNames {

    private static final Logger LOG = LoggerFactory.getLogger(KnownHosts.class);
    private static final String HASHED = "|1|";

    private final List<Path> knownHostsFiles;
    private final Path sshConfig;

    public KnownHosts(List<Path> knownHostsFiles, Path sshConfig) {
        this.knownHostsFiles = List.copyOf(knownHostsFiles);
        this.sshConfig = sshConfig;
    }

    /** The user's files, as {@code ssh} reads them by default. */
    public static KnownHosts ofUser(Path home) {
        Path ssh = home.resolve(".ssh");
        return new KnownHosts(List.of(ssh.resolve("known_hosts"), ssh.resolve("known_hosts2"),
                Path.of("/etc/ssh/ssh_known_hosts"), Path.of("/etc/ssh/ssh_known_hosts2")), ssh.resolve("config"));
    }

    /** One line of a known_hosts file: its host patterns, and whether it revokes the key. */
    private record Entry(List<String> hosts, boolean revoked) {
    }

    @Override
    public Destination of(byte[] hostKey) {
        String fingerprint = Fingerprints.sha256OfBlob(hostKey);
        List<Entry> entries = entriesFor(hostKey);
        if (entries.isEmpty() || entries.stream().anyMatch(Entry::revoked)) {
            return new Destination(fingerprint, Optional.empty(), false);
        }
        Optional<String> plain = entries.stream().flatMap(e -> e.hosts().stream())
                .filter(host -> !host.startsWith(HASHED) && !host.startsWith("!") && !isPattern(host)).findFirst();
        Optional<String> name = plain.isPresent() ? plain : hashedName(entries);
        return new Destination(fingerprint, name.map(KnownHosts::withoutDefaultBrackets), true);
    }

    private List<Entry> entriesFor(byte[] hostKey) {
        List<Entry> found = new ArrayList<>();
        for (String line : lines()) {
            String[] fields = line.trim().split("\\s+");
            int first = fields[0].startsWith("@") ? 1 : 0;
            // as OpenSSH: a line with a marker other than @revoked names no host key (certificates are not read)
            if (fields.length < first + 3 || fields[0].startsWith("#")
                    || first == 1 && !"@revoked".equals(fields[0])) {
                continue;
            }
            if (MessageDigest.isEqual(hostKey, decode(fields[first + 2]))) {
                found.add(new Entry(List.of(fields[first].split(",")), "@revoked".equals(fields[0])));
            }
        }
        return found;
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Path file : knownHostsFiles) {
            lines.addAll(read(file));
        }
        return lines;
    }

    private static List<String> read(Path file) {
        try {
            // byte for byte: one stray non-UTF-8 byte in a comment must not hide the file's @revoked lines
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream().filter(l -> !l.isBlank()).toList();
        } catch (NoSuchFileException absent) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} could not be read: {}", file, e.toString());
            return List.of();
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    /** The first candidate whose HMAC matches a hashed entry of the key. */
    private Optional<String> hashedName(List<Entry> entries) {
        List<String> hashed = entries.stream().flatMap(e -> e.hosts().stream()).filter(h -> h.startsWith(HASHED))
                .toList();
        if (hashed.isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : candidates()) {
            if (hashed.stream().anyMatch(entry -> hashes(entry, candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code |1|base64(salt)|base64(HMAC-SHA1(salt, host))}, as {@code ssh-keygen -H} writes it. */
    static boolean hashes(String entry, String host) {
        String[] parts = entry.substring(HASHED.length()).split("\\|");
        if (parts.length != 2) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(parts[0]), "HmacSHA1"));
            return MessageDigest.isEqual(mac.doFinal(host.getBytes(StandardCharsets.ISO_8859_1)), decode(parts[1]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Names worth trying against hashed entries: the ssh config's hosts and host names, and plain entries' hosts. */
    private Set<String> candidates() {
        Set<String> names = new LinkedHashSet<>();
        Set<String> ports = new LinkedHashSet<>();
        for (String line : read(sshConfig)) {
            String[] words = line.trim().split("[\\s=]+");
            String keyword = words[0].toLowerCase(Locale.ROOT);
            List<String> values = Arrays.asList(words).subList(1, words.length);
            switch (keyword) {
                case "host", "hostname", "hostkeyalias" -> values.stream().filter(v -> !isPattern(v) && !v.startsWith("!"))
                        .forEach(v -> names.add(v.toLowerCase(Locale.ROOT)));
                case "port" -> ports.addAll(values);
                default -> {
                    // other keywords name no host
                }
            }
        }
        for (String line : lines()) {
            String[] fields = line.trim().split("\\s+");
            for (String host : fields[0].split(",")) {
                if (!host.startsWith(HASHED) && !host.startsWith("@") && !isPattern(host)) {
                    names.add(withoutDefaultBrackets(host));
                }
            }
        }
        Set<String> all = new LinkedHashSet<>(names);
        for (String name : names.stream().filter(n -> !n.startsWith("[")).toList()) {
            ports.forEach(port -> all.add("[" + name + "]:" + port));
        }
        return all;
    }

    private static boolean isPattern(String host) {
        return host.contains("*") || host.contains("?");
    }

    /** {@code [host]:port} is how known_hosts names a host on another port; the name alone reads better otherwise. */
    private static String withoutDefaultBrackets(String host) {
        return host.endsWith("]:22") && host.startsWith("[") ? host.substring(1, host.length() - 4) : host;
    }
}
