package io.yaoshi.servers;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.files.SafeFiles;
import io.yaoshi.sshconfig.SshConfigWords;
import io.yaoshi.sshconfig.UseWithSsh;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ssh config of every known server: {@code DIR/config}, owned by Yaoshi and regenerated whole, with one Host block
 * per server — its alias, HostName (by {@link AddressPreference}), User, {@code HostKeyAlias} (the instance id, so a
 * reused IP never collides in known_hosts) and, where the vault holds the bound key pair's private key, Yaoshi's agent
 * with that key's {@code .pub} pinned ({@code IdentitiesOnly yes}). The user's own {@code ~/.ssh/config} is never
 * rewritten: {@link #addInclude} adds one line at its top, with consent.
 */
public final class ServersSshConfig {

    /** The first line of a file Yaoshi owns; a file without it is never overwritten. */
    public static final String HEADER = "# Written by Yaoshi (yaoshi ssh-config --write); regenerated whole, edits here"
            + " are lost.";

    /** Which address HostName names. */
    public enum AddressPreference {
        /** The elastic IP, else a public address, else a private one. */
        PUBLIC_FIRST,
        /** A private address first (over a VPN or from inside the VPC), else the public ones. */
        PRIVATE_FIRST
    }

    /** The config text, and the key pairs whose public key files it names. */
    public record Rendered(String text, List<KeyPairRecord> keys, int hosts) {
        public Rendered {
            keys = List.copyOf(keys);
        }
    }

    private final Path dir;
    private final UseWithSsh files;

    public ServersSshConfig(Path dir, Path home) {
        this.dir = dir.toAbsolutePath();
        this.files = new UseWithSsh(dir, home);
    }

    public Path configFile() {
        return dir.resolve("config");
    }

    /** A path as a person reads it: {@code ~/…} under the home. */
    public String shown(Path path) {
        return files.pathWord(path);
    }

    public Rendered render(List<Inventory> known, Path agentSocket, Map<KeyId, String> users,
                           AddressPreference preference) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        Map<KeyId, KeyPairRecord> keys = new LinkedHashMap<>();
        int hosts = 0;
        for (Inventory region : known) {
            for (ServerEntry entry : region.servers()) {
                ServerInstance server = entry.instance();
                Optional<String> hostName = address(server.addresses(), preference).flatMap(SshConfigWords::argument);
                Optional<String> hostKeyAlias = SshConfigWords.argument(server.id());
                text.append('\n').append("# ").append(comment(server.id() + " " + server.name() + " ("
                        + server.placement().provider().id() + " " + server.placement().region() + ")")).append('\n');
                if (hostName.isEmpty() || hostKeyAlias.isEmpty() || !SshConfigWords.isHostAlias(entry.sshAlias())) {
                    text.append("# no address ssh can use: no Host block\n");
                    continue;
                }
                hosts++;
                text.append("Host ").append(entry.sshAlias()).append('\n')
                        .append("    HostName ").append(hostName.get()).append('\n')
                        .append("    User ").append(entry.vaultKey().map(k -> users.getOrDefault(k.id(),
                                LoginUsers.DEFAULT)).orElse(LoginUsers.DEFAULT)).append('\n')
                        .append("    HostKeyAlias ").append(hostKeyAlias.get()).append('\n');
                if (entry.privateKeyHere()) {
                    KeyPairRecord key = entry.vaultKey().orElseThrow();
                    keys.put(key.id(), key);
                    text.append("    IdentityAgent ").append(files.pathWord(agentSocket)).append('\n')
                            .append("    IdentityFile ").append(files.pathWord(dir.resolve(UseWithSsh.fileNameOf(key))))
                            .append('\n').append("    IdentitiesOnly yes\n");
                } else {
                    text.append("    # ").append(comment(server.keyPair().map(k -> "key pair " + k
                            + ": no private key in Yaoshi").orElse("no key pair bound"))).append('\n');
                }
            }
        }
        return new Rendered(text.toString(), new ArrayList<>(keys.values()), hosts);
    }

    /**
     * Writes the public keys {@code rendered} names, then the config, each owner-only and atomically.
     *
     * @throws FileAlreadyExistsException when {@code DIR/config} exists and is not Yaoshi's ({@link #HEADER})
     */
    public Path write(Rendered rendered) throws IOException {
        Path config = configFile();
        if (Files.exists(config) && !Files.readString(config, StandardCharsets.UTF_8).startsWith(HEADER)) {
            throw new FileAlreadyExistsException(config.toString(), null, "not written by Yaoshi");
        }
        for (KeyPairRecord key : rendered.keys()) {
            files.writePublicKey(key);
        }
        SafeFiles.createOwnerOnlyDirectories(dir);
        SafeFiles.writeAtomically(config, rendered.text().getBytes(StandardCharsets.UTF_8), SafeFiles.Overwrite.ALLOW);
        return config;
    }

    /**
     * Puts {@code Include <config>} at the top of the user's ssh config (made owner-only when absent) unless a line
     * already includes it; the rest of the file is kept byte for byte. Whether a line was added.
     */
    public boolean addInclude(Path userConfig) throws IOException {
        // a config kept as a link (a dotfiles repository) is changed where it lives, the link kept
        Path target = Files.isSymbolicLink(userConfig) ? userConfig.toRealPath() : userConfig;
        String include = "Include " + files.pathWord(configFile());
        byte[] before = Files.exists(target) ? Files.readAllBytes(target) : new byte[0];
        String text = new String(before, StandardCharsets.UTF_8);
        if (text.lines().map(String::strip).anyMatch(line -> line.equalsIgnoreCase(include)
                || line.equalsIgnoreCase("Include " + configFile()))) {
            return false;
        }
        byte[] line = (include + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] after = new byte[line.length + before.length];
        System.arraycopy(line, 0, after, 0, line.length);
        System.arraycopy(before, 0, after, line.length, before.length);
        SafeFiles.createOwnerOnlyDirectories(target.toAbsolutePath().getParent());
        SafeFiles.writeAtomically(target, after, SafeFiles.Overwrite.ALLOW);
        return true;
    }

    static Optional<String> address(ServerInstance.Addresses addresses, AddressPreference preference) {
        return preference == AddressPreference.PUBLIC_FIRST ? addresses.preferred()
                : addresses.privateIps().stream().findFirst().or(addresses::preferred);
    }

    /** A comment stays one line: control characters (a name could hold a line break) become spaces. */
    private static String comment(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }
}
