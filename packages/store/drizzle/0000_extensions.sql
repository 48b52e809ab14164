-- Custom migration: what drizzle-kit cannot express. pg_trgm backs fuzzy actor lookup; it is a
-- trusted extension, so a database owner can create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- array_to_string is only STABLE (element output functions could change), which a generated
-- column refuses; for text[] it is in fact immutable, so this wrapper says so.
CREATE OR REPLACE FUNCTION stancemap_names(name text, aliases text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT name || ' ' || coalesce(array_to_string(aliases, ' '), '') $$;
