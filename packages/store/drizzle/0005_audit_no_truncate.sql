-- Custom migration: TRUNCATE bypasses row triggers, so the append-only audit trail gets a statement
-- trigger too. An operator who really means to wipe it must drop the trigger first, on purpose.
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION stancemap_reject_audit_change();
