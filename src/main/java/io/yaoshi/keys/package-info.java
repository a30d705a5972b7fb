/**
 * SSH key material on bytes only, with no file, network or logging I/O: {@link io.yaoshi.keys.KeyGenerator}
 * makes key pairs, {@link io.yaoshi.keys.KeyParser} reads every format Yaoshi imports into a
 * {@link io.yaoshi.keys.ParsedKey}, {@link io.yaoshi.keys.KeyExporter} writes the {@link io.yaoshi.domain.ExportFormat}s,
 * and {@link io.yaoshi.keys.Fingerprints} computes what {@code ssh-keygen -l} prints.
 *
 * <p>Failures to read are {@link io.yaoshi.keys.KeyFormatException}s with a stable
 * {@link io.yaoshi.domain.KeyFileProblem}; their messages are English for logs and never hold key material
 * or passphrases. Passphrase ownership: a {@code char[]} returned by a {@link io.yaoshi.keys.PassphrasePrompt} passes
 * to the parser, which wipes it; a {@code char[]} handed to {@link io.yaoshi.keys.KeyExporter} stays the caller's to
 * wipe. Private keys never appear in {@code toString()}. Bouncy Castle is used through its lightweight API and as an
 * explicit provider object; nothing here registers it globally.
 */
package io.yaoshi.keys;
