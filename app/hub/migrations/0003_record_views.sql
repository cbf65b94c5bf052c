-- Who looked at a person's record, for the whole team: the audit events laptops push are found by the
-- person they are about (the service's /views, held to the caller's PCN by the query and by row-level
-- security). Few changes are audit events about one person: a partial expression index finds them.
CREATE INDEX change_audit_person ON change (pcn, (data->>'person_id')) WHERE entity_table = 'auditevent';
