package io.yaoshi.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.files.SafeFiles;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The backup file: a vault snapshot (SQLite's online backup, so its items, header and seal are still encrypted under
 * the master password) inside an envelope that lets a damaged file be refused before anything is written.
 * <pre>
 *   "YAOSHIBK"  u16 format  u32 n  n bytes of JSON {@link BackupInfo}  u64 m  m bytes of snapshot  SHA-256 of all before
 * </pre>
 * The checksum finds damage, not tampering: a changed snapshot fails the vault's own authentication and seal.
 */
final class BackupFile {

    private static final byte[] MAGIC = "YAOSHIBK".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int MAX_INFO_BYTES = 64 * 1024;
    private static final int CHECKSUM_BYTES = 32;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BackupFile() {
    }

    /** Streams the envelope around {@code snapshot} into {@code out}. */
    static void write(OutputStream out, BackupInfo info, Path snapshot) throws IOException {
        MessageDigest sha256 = sha256();
        DataOutputStream data = new DataOutputStream(new DigestOutputStream(out, sha256));
        byte[] header = encode(info);
        data.write(MAGIC);
        data.writeShort(FORMAT);
        data.writeInt(header.length);
        data.write(header);
        data.writeLong(Files.size(snapshot));
        Files.copy(snapshot, data);
        data.flush();
        out.write(sha256.digest());
    }

    /** Reads only what the backup says about itself, without checking the rest (for listing backups). */
    static BackupInfo readInfo(Path file) throws IOException, BackupException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return readHeader(in);
        }
    }

    /**
     * Checks the whole file against its checksum while copying the snapshot to {@code target}; on any failure the
     * caller deletes {@code target}, which it placed in a folder of its own.
     */
    static BackupInfo extract(Path file, Path target) throws IOException, BackupException {
        MessageDigest sha256 = sha256();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DigestInputStream digesting = new DigestInputStream(raw, sha256);
            DataInputStream in = new DataInputStream(digesting);
            BackupInfo info = readHeader(in);
            try {
                long length = in.readLong();
                if (length < 0 || length > Files.size(file)) {
                    throw damaged(info, null);
                }
                SafeFiles.writeAtomically(target, new byte[0], SafeFiles.Overwrite.REFUSE); // owner-only from birth
                try (OutputStream out = Files.newOutputStream(target)) {
                    copyExactly(in, out, length);
                }
                digesting.on(false);
                byte[] stated = raw.readNBytes(CHECKSUM_BYTES);
                if (!Arrays.equals(stated, sha256.digest()) || raw.read() != -1) {
                    throw damaged(info, null);
                }
                return info;
            } catch (EOFException e) {
                throw damaged(info, e);
            }
        }
    }

    private static BackupInfo readHeader(DataInputStream in) throws IOException, BackupException {
        try {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BackupException(BackupException.Problem.NOT_A_BACKUP, Optional.empty(), null);
            }
            int format = in.readUnsignedShort();
            if (format > FORMAT) {
                throw new BackupException(BackupException.Problem.NEWER_FORMAT, Optional.empty(), null);
            }
            int length = in.readInt();
            if (format < 1 || length < 0 || length > MAX_INFO_BYTES) {
                throw damaged(null, null);
            }
            return decode(in.readNBytes(length));
        } catch (EOFException e) {
            throw damaged(null, e);
        }
    }

    private static byte[] encode(BackupInfo info) {
        ObjectNode node = JSON.createObjectNode().put("created", info.created().toString());
        info.passwordSetAt().ifPresent(time -> node.put("passwordSetAt", time.toString()));
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static BackupInfo decode(byte[] header) throws BackupException {
        try {
            JsonNode node = JSON.readTree(header);
            Optional<Instant> passwordSetAt = node.path("passwordSetAt").isTextual()
                    ? Optional.of(Instant.parse(node.get("passwordSetAt").asText())) : Optional.empty();
            return new BackupInfo(Instant.parse(node.path("created").asText()), passwordSetAt);
        } catch (IOException | RuntimeException e) {
            throw damaged(null, e);
        }
    }

    private static void copyExactly(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("the snapshot is cut short");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static BackupException damaged(BackupInfo info, Throwable cause) {
        return new BackupException(BackupException.Problem.DAMAGED, Optional.ofNullable(info), cause);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e); // every Java runtime has it
        }
    }
}
