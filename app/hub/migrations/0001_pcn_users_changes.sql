-- The hub's first schema: PCNs, their users, and the change log laptops push to and pull from.
-- Every PCN table has row-level security, forced, with a policy on the request's PCN (app.pcn, set by
-- the service for each transaction). The owner (who runs `linkwell hub init`) has its own policy so the
-- admin commands and the two SECURITY DEFINER functions below work; the service's role is not the owner.

CREATE TABLE pcn (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hub_user (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pcn uuid NOT NULL REFERENCES pcn (id),
    name text NOT NULL CHECK (length(btrim(name)) > 0),
    role text NOT NULL CHECK (role IN ('link-worker', 'manager', 'navigator')),
    code_hash text,              -- the one-time enrolment code, hashed; NULL once used
    token_hash text UNIQUE,      -- the enrolled laptop's bearer token, hashed
    device_id text,              -- the enrolled laptop
    revoked boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    enrolled_at timestamptz,
    UNIQUE (pcn, name)
);

CREATE TABLE change (
    seq bigserial PRIMARY KEY,
    pcn uuid NOT NULL REFERENCES pcn (id),
    entity_table text NOT NULL,
    entity_id text NOT NULL,
    data jsonb,                  -- the row as the laptop had it; NULL for a tombstone
    hlc text NOT NULL,           -- hybrid logical clock, ordered as text
    device_id text NOT NULL,
    client_change_id text NOT NULL,
    author uuid NOT NULL REFERENCES hub_user (id),
    tombstone boolean NOT NULL DEFAULT false,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (pcn, device_id, client_change_id)   -- a change pushed twice is stored once
);
CREATE INDEX change_pcn_seq ON change (pcn, seq);

-- Owner-only: the service role's password, so `hub serve` can connect as that role.
CREATE TABLE hub_secret (name text PRIMARY KEY, value text NOT NULL);

ALTER TABLE pcn ENABLE ROW LEVEL SECURITY;
ALTER TABLE pcn FORCE ROW LEVEL SECURITY;
CREATE POLICY pcn_scope ON pcn USING (id::text = current_setting('app.pcn', true));

ALTER TABLE hub_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE hub_user FORCE ROW LEVEL SECURITY;
CREATE POLICY pcn_scope ON hub_user USING (pcn::text = current_setting('app.pcn', true));

ALTER TABLE change ENABLE ROW LEVEL SECURITY;
ALTER TABLE change FORCE ROW LEVEL SECURITY;
CREATE POLICY pcn_scope ON change USING (pcn::text = current_setting('app.pcn', true))
    WITH CHECK (pcn::text = current_setting('app.pcn', true));

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['pcn', 'hub_user', 'change'] LOOP
        EXECUTE format('CREATE POLICY hub_owner ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
    END LOOP;
END $$;

-- Who holds this token? (Before the PCN is known, so it must see every PCN: owner's rights, one row.)
CREATE FUNCTION hub_authenticate(p_token_hash text)
RETURNS TABLE (user_id uuid, pcn uuid, role text, revoked boolean, device_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id, pcn, role, revoked, device_id FROM hub_user WHERE token_hash = p_token_hash
$$;

-- Spend a one-time code: the user's laptop gets the token; NULL when no such live code.
CREATE FUNCTION hub_enrol(p_user text, p_code_hash text, p_token_hash text, p_device text)
RETURNS TABLE (user_id uuid, pcn uuid, role text)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE hub_user SET code_hash = NULL, token_hash = p_token_hash, device_id = p_device, enrolled_at = now()
    WHERE name = p_user AND code_hash = p_code_hash AND NOT revoked
    RETURNING id, pcn, role
$$;

REVOKE ALL ON FUNCTION hub_authenticate(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION hub_enrol(text, text, text, text) FROM PUBLIC;
