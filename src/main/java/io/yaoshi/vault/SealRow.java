package io.yaoshi.vault;

/** The {@code seal} row as stored: nonce and AES-GCM ciphertext of a {@link VaultSeal}. */
record SealRow(byte[] nonce, byte[] ciphertext) {
}
