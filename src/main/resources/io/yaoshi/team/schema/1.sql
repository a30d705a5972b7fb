-- Yaoshi team vault, schema 1: teams, their members and items. Public keys, ciphertexts and signatures only.
CREATE TABLE yaoshi_teams (
    id          uuid PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    generation  integer NOT NULL,
    founder     text NOT NULL,
    signer      text NOT NULL,
    signature   bytea NOT NULL,
    created     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE yaoshi_members (
    team        uuid NOT NULL REFERENCES yaoshi_teams (id) ON DELETE CASCADE,
    identity        text NOT NULL,
    role            text NOT NULL,
    granted_by      text NOT NULL,
    grant_signature bytea NOT NULL,
    generation      integer NOT NULL,
    wrapped_key     bytea NOT NULL,
    wrapped_by      text NOT NULL,
    wrap_signature  bytea NOT NULL,
    PRIMARY KEY (team, identity)
);

CREATE SEQUENCE yaoshi_item_changes;

CREATE TABLE yaoshi_items (
    team        uuid NOT NULL REFERENCES yaoshi_teams (id) ON DELETE CASCADE,
    id          uuid NOT NULL,
    version     bigint NOT NULL,
    generation  integer NOT NULL,
    box         bytea NOT NULL,
    author      text NOT NULL,
    signature   bytea NOT NULL,
    change      bigint NOT NULL DEFAULT nextval('yaoshi_item_changes'),
    PRIMARY KEY (team, id)
);

CREATE INDEX yaoshi_items_by_change ON yaoshi_items (team, change);

-- Open windows LISTEN on yaoshi_team and re-read the team whose id a notification carries.
CREATE FUNCTION yaoshi_notify_team() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('yaoshi_team', COALESCE(NEW.team, OLD.team)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER yaoshi_items_changed AFTER INSERT OR UPDATE OR DELETE ON yaoshi_items
    FOR EACH ROW EXECUTE FUNCTION yaoshi_notify_team();
CREATE TRIGGER yaoshi_members_changed AFTER INSERT OR UPDATE OR DELETE ON yaoshi_members
    FOR EACH ROW EXECUTE FUNCTION yaoshi_notify_team();
