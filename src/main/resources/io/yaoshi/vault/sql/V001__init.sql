-- The header row: everything needed to turn the master password into the data key. Nothing here is secret.
CREATE TABLE header (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    format_version  INTEGER NOT NULL,
    vault_id        BLOB    NOT NULL,
    kdf_algorithm   TEXT    NOT NULL,
    kdf_memory_kib  INTEGER NOT NULL,
    kdf_iterations  INTEGER NOT NULL,
    kdf_parallelism INTEGER NOT NULL,
    kdf_salt        BLOB    NOT NULL,
    key_nonce       BLOB    NOT NULL,
    wrapped_key     BLOB    NOT NULL
);

-- One row per item: a random id and an AES-256-GCM ciphertext of the kind and payload, padded to 256-byte blocks.
CREATE TABLE items (
    id         BLOB    PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    format     INTEGER NOT NULL,
    nonce      BLOB    NOT NULL,
    ciphertext BLOB    NOT NULL
);
