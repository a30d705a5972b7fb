/**
 * A generic encrypted item store in one SQLite file; it knows nothing of key pairs. Entry point: {@link
 * io.yaoshi.vault.Vault}.
 *
 * <h2>File format (schema version 3, {@code PRAGMA user_version = 3})</h2>
 * <ul>
 *   <li>{@code PRAGMA application_id = 0x59534856} ("YSHV") marks the file; 16 KiB pages; WAL journal,
 *       synchronous=FULL, secure_delete, exclusive locking while open; a sidecar {@code <file>.lock} holds an OS
 *       lock; {@code <file>.bak} is the online backup taken before a migration or password change.</li>
 *   <li>{@code header}: one row: format_version (2; 1 before the seal), vault_id (16 random bytes), kdf_algorithm ('argon2id'),
 *       kdf_memory_kib, kdf_iterations, kdf_parallelism, kdf_salt (16 bytes), key_nonce (12 bytes), wrapped_key
 *       (AES-256-GCM of the 32-byte data key under Argon2id(password), 48 bytes with the tag).
 *       AAD = "yaoshi-vault/data-key" ‖ u32 format_version ‖ vault_id ‖ u32 m ‖ u32 t ‖ u32 p ‖ salt.</li>
 *   <li>{@code items}: id (16 bytes, a random UUID), format, nonce, ciphertext. Plaintext = u8 kind code ‖ u32
 *       payload length ‖ payload ‖ zero padding to a bucket (4 KiB, or the next power of two). Format 2 (split,
 *       every write since schema 3): nonce = two 12-byte random nonces; the body (plaintext from byte 1024) is
 *       AES-256-GCM under the second with AAD = "yaoshi-vault/item" ‖ u32 2 ‖ vault_id ‖ id ‖ u8 2, stored in
 *       {@code item_bodies} (id, body); the head (the first 1024 bytes) under the first with AAD = the same ‖ u8 1 ‖
 *       the body's tag; ciphertext = head ciphertext ‖ head tag ‖ body tag (1,056 bytes). An unlock reads
 *       {@code items} alone; reading an item whole checks that its body's tag is the one its head names. Format 1
 *       (before schema 3): one ciphertext of the whole plaintext, nonce 12 bytes, AAD = "yaoshi-vault/item" ‖ u32 1
 *       ‖ vault_id ‖ id; rewritten as format 2 when next saved.</li>
 *   <li>{@code seal} (schema 2, required by header format 2): one row, nonce ‖ AES-256-GCM under the data key of
 *       u8 format (1) ‖ u64 write counter ‖ u32 row count ‖ root (32) ‖ u64 altered-since (epoch seconds, 0 for
 *       none). AAD = "yaoshi-vault/seal" ‖ u32 format ‖ vault_id. Root = SHA-256("yaoshi-vault/seal-root" ‖ u32
 *       count ‖ bucket hash 0 … 255); bucket b = SHA-256("yaoshi-vault/seal-bucket" ‖ (id ‖ last 16 bytes of the
 *       ciphertext, or for a split row its head tag) for every row whose id starts with byte b, in {@code UUID}
 *       order).</li>
 * </ul>
 * The kind sits inside the authenticated plaintext rather than in the AAD: there it is bound just as firmly, and it
 * need not be readable before decryption. A stolen file shows the number of items and their buckets, and nothing
 * else: every name, tag, key and credential is inside a ciphertext.
 */
package io.yaoshi.vault;
