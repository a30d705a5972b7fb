package io.yaoshi.sshconfig;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.files.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * "Use with ssh": the key pair's public key written to a file beside the user's ssh config, and the Host block that
 * pins it to Yaoshi's agent — {@code IdentityAgent}, {@code IdentityFile} naming the {@code .pub}, and
 * {@code IdentitiesOnly yes}, so ssh offers this one key and no other (servers stop after about six).
 */
public final class UseWithSsh {

    private final Path dir;
    private final Path home;

    /**
     * @param dir  where the public keys go ({@code ~/.ssh/yaoshi})
     * @param home the user's home, so paths under it are written {@code ~/…} as people write them
     */
    public UseWithSsh(Path dir, Path home) {
        this.dir = dir.toAbsolutePath();
        this.home = home.toAbsolutePath();
    }

    /** {@code ~/.ssh/yaoshi}: beside the user's ssh config, apart from their own keys. */
    public static Path defaultDir(Path home) {
        return home.resolve(".ssh").resolve("yaoshi");
    }

    /** What was written and the block to paste. */
    public record Written(Path publicKeyFile, String hostBlock) {
    }

    /** The default {@code Host} alias of a key pair: its name as one word. */
    public static String aliasOf(KeyPairRecord key) {
        return SshConfigWords.stem(key.name(), "yaoshi-" + shortId(key));
    }

    /** {@code web-3f2a1b9c.pub}: the name for people, the id's start so that two key pairs named alike never clash. */
    public static String fileNameOf(KeyPairRecord key) {
        return SshConfigWords.stem(key.name(), "key") + "-" + shortId(key) + ".pub";
    }

    private static String shortId(KeyPairRecord key) {
        String id = key.id().value().replace("-", "");
        return id.substring(0, Math.min(8, id.length()));
    }

    /**
     * Writes (or rewrites) the public key file, owner-only and atomically, in a folder created owner-only.
     *
     * @param alias       the {@code Host} name; {@link SshConfigWords#isHostAlias} must hold
     * @param agentSocket where Yaoshi's agent listens
     * @throws IllegalArgumentException when the alias or a path cannot be written in ssh_config
     */
    public Written write(KeyPairRecord key, String alias, Path agentSocket) throws IOException {
        if (!SshConfigWords.isHostAlias(alias)) {
            throw new IllegalArgumentException("not a host alias");
        }
        String identityAgent = pathWord(agentSocket);
        Path file = writePublicKey(key);
        String block = "Host " + alias + "\n"
                + "    IdentityAgent " + identityAgent + "\n"
                + "    IdentityFile " + pathWord(file) + "\n"
                + "    IdentitiesOnly yes\n";
        return new Written(file, block);
    }

    /**
     * Writes (or rewrites) the key pair's public key as {@code DIR/<name>-<id8>.pub}, owner-only and atomically, in a
     * folder created owner-only; the path written.
     */
    public Path writePublicKey(KeyPairRecord key) throws IOException {
        if (key.publicKey().isEmpty()) {
            throw new IllegalArgumentException("no public key yet");
        }
        Path file = dir.resolve(fileNameOf(key));
        pathWord(file);
        SafeFiles.createOwnerOnlyDirectories(dir);
        SafeFiles.writeAtomically(file, (key.publicKey() + "\n").getBytes(StandardCharsets.UTF_8),
                SafeFiles.Overwrite.ALLOW);
        return file;
    }

    /**
     * A path as one ssh_config argument, written {@code ~/…} under the home as people write it.
     *
     * @throws IllegalArgumentException when ssh_config cannot hold it
     */
    public String pathWord(Path path) {
        Path absolute = path.toAbsolutePath();
        String text = absolute.startsWith(home) && !absolute.equals(home)
                ? "~/" + home.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
        return SshConfigWords.argument(text).orElseThrow(() -> new IllegalArgumentException(
                "a path ssh_config cannot hold"));
    }
}
