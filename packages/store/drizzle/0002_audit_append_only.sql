-- Custom migration: the audit trail is append-only, enforced by the database rather than by
-- the repositories' good behaviour. TRUNCATE is left to operators who mean it.
CREATE OR REPLACE FUNCTION stancemap_reject_audit_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only (% rejected)', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION stancemap_reject_audit_change();
