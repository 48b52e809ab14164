/** The OpenAPI 3.1 document, generated from the routes' Zod schemas. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { withComponents } from "./components.js";
import type { AppEnv } from "./router.js";

export const API_VERSION = "0.1.0";

export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  const document = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Stancemap API",
      version: API_VERSION,
      description:
        "Who said what, on which issue, across every outlet that reported it. Ingest news articles, then read each actor's stated positions side by side across sources: exact words, mode, attribution chain, date and agreement. Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`.",
      license: { name: "MIT" },
    },
    tags: [
      { name: "documents", description: "Articles: ingest, list, read." },
      { name: "sources", description: "The outlets that published the documents." },
      {
        name: "actors",
        description: "People, governments, states, organisations, anonymous sources.",
      },
      { name: "topics", description: "Issues, each phrased as a proposition." },
      { name: "statements", description: "Stated positions with evidence; reviews and history." },
      { name: "compare", description: "Positions side by side across sources." },
      { name: "search", description: "Full-text and name search." },
      { name: "export", description: "The corpus as JSON, CSV or NDJSON." },
      { name: "health", description: "Liveness and database check." },
    ],
  });
  return withComponents(document as unknown as Record<string, unknown>);
}
