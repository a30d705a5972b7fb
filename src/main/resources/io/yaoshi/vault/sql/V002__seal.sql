-- The vault-state seal: a write counter, the item count and the root hash of the items' fingerprints, encrypted
-- under the data key. Vaults whose header is of format 2 or later must have it.
CREATE TABLE seal (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    nonce      BLOB    NOT NULL,
    ciphertext BLOB    NOT NULL
);

-- A SHA-256 of the header's other fields, written from header format 2 on: it tells a damaged header from a wrong
-- password (the wrapped key's AES-GCM tag fails alike for both). It protects nothing; the wrapping does.
ALTER TABLE header ADD COLUMN checksum BLOB;
