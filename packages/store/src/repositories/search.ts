/** Search: statements and documents by full text (websearch syntax), actors by trigram similarity. */
import type { SearchResults } from "@stancemap/schema";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { pageLimit } from "../cursor.js";
import type { Database } from "../database.js";
import { ValidationError } from "../errors.js";
import { actors, documents, statements } from "../schema.js";
import { summarySelection, toSummary } from "./documents.js";
import { actorColumns, statementColumns, toActor, toStatement } from "./mappers.js";

export interface SearchOptions {
  /** Most results per kind (default 50, at most 500). */
  limit?: number;
}

// The shape is the API contract in @stancemap/schema (api.ts).
export type { SearchResults };

export async function search(
  db: Database,
  q: string,
  opts: SearchOptions = {},
): Promise<SearchResults> {
  const text = q.trim();
  if (!text) throw new ValidationError("The search query is empty");
  const limit = pageLimit(opts.limit);
  // The vectors hold both configs (see schema.ts), so the query ORs both readings of the words.
  const query = sql`(websearch_to_tsquery('simple'::regconfig, ${text}) || websearch_to_tsquery('english'::regconfig, ${text}))`;
  const statementRank = sql`ts_rank(${statements.searchVector}, ${query})`;
  const documentRank = sql`ts_rank(${documents.searchVector}, ${query})`;
  const nameSimilarity = sql`word_similarity(${text}, ${actors.searchNames})`;
  const [statementRows, documentRows, actorRows] = await Promise.all([
    db
      .select(statementColumns)
      .from(statements)
      .innerJoin(documents, eq(documents.id, statements.documentId))
      .where(and(eq(documents.current, true), sql`${statements.searchVector} @@ ${query}`))
      .orderBy(desc(statementRank), asc(statements.seq))
      .limit(limit),
    db
      .select(summarySelection)
      .from(documents)
      .where(and(eq(documents.current, true), sql`${documents.searchVector} @@ ${query}`))
      .orderBy(desc(documentRank), asc(documents.seq))
      .limit(limit),
    db
      .select(actorColumns)
      .from(actors)
      // `<%` is word_similarity above pg_trgm's threshold, and can use the trigram index.
      .where(sql`${text} <% ${actors.searchNames}`)
      .orderBy(desc(nameSimilarity), asc(actors.seq))
      .limit(limit),
  ]);
  return {
    statements: statementRows.map(toStatement),
    documents: documentRows.map(toSummary),
    actors: actorRows.map(toActor),
  };
}
