-- The bodies of items sealed in two parts (item format 2): the items table keeps each head (the kind, the length
-- and what a listing needs, with the body's tag), this table the rest, so an unlock reads the heads' pages only.
CREATE TABLE item_bodies (
    id   BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    body BLOB NOT NULL
);
