-- Field-level merge and erasure.
-- `fields`: the columns an edit changed, each with the clock of the value it replaced (a JSON object), so
-- laptops merge edits to different fields of one row and tell a concurrent edit from a later one;
-- NULL means the whole row (a new row, or a laptop's first push of what it held).
-- A tombstone (an erasure or a delete) purges every earlier change to that row, so no name is left behind,
-- and the service refuses later edits to it; the index finds a row's changes quickly.
ALTER TABLE change ADD COLUMN fields jsonb;
CREATE INDEX change_entity ON change (pcn, entity_table, entity_id);
-- Every push asks whether a row (or its person, referral, connection or goal) has a tombstone: few rows do.
CREATE INDEX change_tombstones ON change (pcn, entity_table, entity_id) WHERE tombstone;

-- The service role cannot delete history; it may only ask this function to purge a row that has a
-- tombstone, in the request's own PCN (app.pcn), keeping the tombstone (which carries no data). For an
-- erased person, the team's audit trail on the hub keeps its events but no longer says whom they were about.
CREATE FUNCTION hub_erase(p_table text, p_entity text)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    purged integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM change AS t WHERE t.pcn::text = current_setting('app.pcn', true)
                   AND t.entity_table = p_table AND t.entity_id = p_entity AND t.tombstone) THEN
        RETURN 0;
    END IF;
    DELETE FROM change AS c
    WHERE c.pcn::text = current_setting('app.pcn', true) AND c.entity_table = p_table
      AND c.entity_id = p_entity AND NOT c.tombstone;
    GET DIAGNOSTICS purged = ROW_COUNT;
    IF p_table = 'person' THEN
        UPDATE change AS c SET data = c.data || '{"person_id": null, "detail": ""}'::jsonb
        WHERE c.pcn::text = current_setting('app.pcn', true) AND c.entity_table = 'auditevent'
          AND c.data->>'person_id' = p_entity;
    END IF;
    RETURN purged;
END
$$;
REVOKE ALL ON FUNCTION hub_erase(text, text) FROM PUBLIC;
