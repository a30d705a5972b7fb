-- A migration that exists only on the test class path, to exercise upgrading a V001 file.
CREATE TABLE notes (
    id   INTEGER PRIMARY KEY,
    body BLOB NOT NULL
);

CREATE INDEX notes_by_body ON notes (body);
