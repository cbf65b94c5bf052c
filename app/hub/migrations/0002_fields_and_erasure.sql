-- Field-level merge and erasure.
-- `fields`: the columns an edit changed, each with the clock of the value it replaced (a JSON object), so
-- laptops merge edits to different fields of one row and tell a concurrent edit from a later one;
-- NULL means the whole row (a new row, or a laptop's first push of what it held).
-- A tombstone (an erasure or a delete) purges every earlier change to that row, so no name is left behind,
-- and the service refuses later edits to it; the index finds a row's changes quickly.
ALTER TABLE change ADD COLUMN fields jsonb;
CREATE INDEX change_entity ON change (pcn, entity_table, entity_id);

-- The service role cannot delete history; it may only ask this function to purge a row that has a
-- tombstone, in the request's own PCN (app.pcn), keeping the tombstone (which carries no data).
CREATE FUNCTION hub_erase(p_table text, p_entity text)
RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH gone AS (
        DELETE FROM change AS c
        WHERE c.pcn::text = current_setting('app.pcn', true) AND c.entity_table = p_table
          AND c.entity_id = p_entity AND NOT c.tombstone
          AND EXISTS (SELECT 1 FROM change AS t WHERE t.pcn = c.pcn AND t.entity_table = p_table
                      AND t.entity_id = p_entity AND t.tombstone)
        RETURNING 1)
    SELECT count(*)::integer FROM gone
$$;
REVOKE ALL ON FUNCTION hub_erase(text, text) FROM PUBLIC;
