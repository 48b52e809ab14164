CREATE TABLE "actors" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "actors_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"aliases" text[] NOT NULL,
	"kind" text NOT NULL,
	"roles" jsonb NOT NULL,
	"member_of" text[] NOT NULL,
	"wikidata_id" text,
	"search_names" text GENERATED ALWAYS AS (stancemap_names("actors"."name", "actors"."aliases")) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "document_links" (
	"document_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"target_id" text NOT NULL,
	"similarity" double precision NOT NULL,
	CONSTRAINT "document_links_document_id_position_pk" PRIMARY KEY("document_id","position")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "documents_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"origin" text NOT NULL,
	"source_id" text,
	"title" text,
	"url" text,
	"published_at" text,
	"date_precision" text NOT NULL,
	"date_source" text,
	"language" text,
	"text" text NOT NULL,
	"excluded" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"supersedes" text,
	"current" boolean DEFAULT true NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "documents"."text") || to_tsvector('english'::regconfig, "documents"."text")) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "review_decisions_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"statement_id" text NOT NULL,
	"action" text NOT NULL,
	"correction" jsonb,
	"reviewer" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"note" text,
	"carried_from" text
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "sources_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"domain" text,
	"country" text,
	"language" text,
	"kind" text NOT NULL,
	"actor_id" text
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "statements_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"document_id" text NOT NULL,
	"holder_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"evidence_start" integer NOT NULL,
	"evidence_end" integer NOT NULL,
	"evidence_exact" text NOT NULL,
	"evidence_prefix" text NOT NULL,
	"evidence_suffix" text NOT NULL,
	"mode" text NOT NULL,
	"cue" text,
	"stance" text NOT NULL,
	"summary" text NOT NULL,
	"hedges" jsonb NOT NULL,
	"chain" jsonb NOT NULL,
	"said_at" jsonb,
	"date_start" text,
	"date_end" text,
	"confidence" double precision NOT NULL,
	"review_status" text DEFAULT 'unreviewed' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"extracted" jsonb NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "statements"."evidence_exact" || ' ' || "statements"."summary") || to_tsvector('english'::regconfig, "statements"."evidence_exact" || ' ' || "statements"."summary")) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "topics_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"label" text NOT NULL,
	"proposition" text NOT NULL,
	"keywords" text[] NOT NULL,
	"parent_id" text
);
--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_target_id_documents_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_supersedes_fk" FOREIGN KEY ("supersedes") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_holder_id_actors_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "actors_seq_idx" ON "actors" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "actors_search_names_trgm_idx" ON "actors" USING gin ("search_names" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_seq_idx" ON "audit_events" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action");--> statement-breakpoint
CREATE INDEX "document_links_target_id_idx" ON "document_links" USING btree ("target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_seq_idx" ON "documents" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_content_hash_idx" ON "documents" USING btree ("content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_current_origin_idx" ON "documents" USING btree ("origin") WHERE "documents"."current";--> statement-breakpoint
CREATE INDEX "documents_origin_idx" ON "documents" USING btree ("origin");--> statement-breakpoint
CREATE INDEX "documents_source_id_idx" ON "documents" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "documents_supersedes_idx" ON "documents" USING btree ("supersedes");--> statement-breakpoint
CREATE INDEX "documents_search_vector_idx" ON "documents" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "review_decisions_seq_idx" ON "review_decisions" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "review_decisions_statement_id_idx" ON "review_decisions" USING btree ("statement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_seq_idx" ON "sources" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "statements_seq_idx" ON "statements" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "statements_document_id_idx" ON "statements" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "statements_holder_id_idx" ON "statements" USING btree ("holder_id");--> statement-breakpoint
CREATE INDEX "statements_topic_id_idx" ON "statements" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "statements_review_status_idx" ON "statements" USING btree ("review_status");--> statement-breakpoint
CREATE INDEX "statements_date_idx" ON "statements" USING btree ("date_start","date_end");--> statement-breakpoint
CREATE INDEX "statements_search_vector_idx" ON "statements" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "topics_seq_idx" ON "topics" USING btree ("seq");