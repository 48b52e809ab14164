/** GET /api/documents: one page of document summaries (no text), in ingest order. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { DocumentSummary, Page, SourceId } from "@stancemap/schema";
import { PageParams } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const listDocumentsRoute = createRoute({
  method: "get",
  path: "/api/documents",
  tags: ["documents"],
  summary: "List documents",
  description:
    "Current document versions, without their text, in ingest order; follow `nextCursor` for more.",
  request: {
    query: PageParams.extend({
      source: SourceId.optional().meta({ description: "Only documents from this source." }),
    }),
  },
  responses: {
    200: {
      description: "One page of document summaries.",
      content: { "application/json": { schema: Page(DocumentSummary) } },
    },
    ...problemResponses(400),
  },
});

export const listDocuments: RouteHandler<typeof listDocumentsRoute, AppEnv> = async (c) => {
  const { cursor, limit, source } = c.req.valid("query");
  return c.json(await c.var.store.listDocuments({ cursor, limit, sourceId: source }), 200);
};
