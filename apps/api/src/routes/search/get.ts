/** GET /api/search: statements and documents by words, actors by similar names. */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { SearchResults } from "@stancemap/schema";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const searchRoute = createRoute({
  method: "get",
  path: "/api/search",
  tags: ["search"],
  summary: "Search",
  description:
    'Full-text search over statements and documents (web search syntax: `"quoted phrase"`, `or`, `-word`; English inflections match) and similar-name search over actors.',
  request: {
    query: z.strictObject({
      q: z
        .string()
        .trim()
        .min(1)
        .max(500)
        .meta({ description: "The search words.", examples: ["NATO membership"] }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(500)
        .optional()
        .meta({ description: "Most results per kind (1–500, default 50).", examples: [20] }),
    }),
  },
  responses: {
    200: {
      description: "What was found, best first per kind.",
      content: { "application/json": { schema: SearchResults } },
    },
    ...problemResponses(400),
  },
});

export const search: RouteHandler<typeof searchRoute, AppEnv> = async (c) => {
  const { q, limit } = c.req.valid("query");
  return c.json(await c.var.store.search(q, { limit }), 200);
};
