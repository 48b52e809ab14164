/** GET /api/documents/{id}: one document with its text, excluded ranges and statements with spans. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { DocumentDetail, DocumentId } from "@stancemap/schema";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const getDocumentRoute = createRoute({
  method: "get",
  path: "/api/documents/{id}",
  tags: ["documents"],
  summary: "Get a document",
  description:
    "The document's text exactly as stored, its boilerplate ranges and links, its version, and its statements in reading order; evidence offsets index into `document.text`.",
  request: { params: idParam(DocumentId, "document") },
  responses: {
    200: {
      description: "The document.",
      content: { "application/json": { schema: DocumentDetail } },
    },
    ...problemResponses(400, 404),
  },
});

export const getDocument: RouteHandler<typeof getDocumentRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(await c.var.store.getDocument(id), 200);
};
