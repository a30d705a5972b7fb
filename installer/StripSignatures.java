import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without its signature: the signature files and the manifest's per-entry digests go, everything else
 * stays byte for byte. Run by build.sh with the JDK's single-file launcher: {@code java StripSignatures.java IN OUT}.
 * Why: the JVM checks a signed jar's digests as its classes load, and class-data sharing skips signed jars
 * altogether, so Bouncy Castle's signed jars cost the installed app some 0.2 s before its first window. The jars
 * were checked against Maven Central's checksums when Maven fetched them; the shaded jar drops the signatures too.
 */
public final class StripSignatures {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    public static void main(String[] args) throws IOException {
        try (ZipFile in = new ZipFile(args[0]);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (SIGNATURE.matcher(entry.getName()).matches()) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        writeMainAttributes(content, out);
                    } else {
                        content.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    /** The manifest's main section only: the per-entry sections hold nothing but the signature's digests. */
    private static void writeMainAttributes(InputStream manifest, OutputStream out) throws IOException {
        Manifest stripped = new Manifest();
        Attributes main = new Manifest(manifest).getMainAttributes();
        stripped.getMainAttributes().putAll(main);
        stripped.write(out);
    }
}
