-- The vault-state seal: a write counter, the item count and the root hash of the items' fingerprints, encrypted
-- under the data key. Vaults whose header is of format 2 or later must have it.
CREATE TABLE seal (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    nonce      BLOB    NOT NULL,
    ciphertext BLOB    NOT NULL
);
