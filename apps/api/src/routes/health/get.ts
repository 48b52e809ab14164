/** GET /health: whether the server and its database answer. */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { ApiError, problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const Health = z
  .strictObject({
    status: z.literal("ok").meta({ description: "Always `ok` when the answer is 200." }),
  })
  .meta({ title: "Health", description: "The server answers and so does its database." });

export const healthRoute = createRoute({
  method: "get",
  path: "/health",
  tags: ["health"],
  summary: "Health check",
  description: "Answers 200 when the server runs and a query against the database succeeds.",
  responses: {
    200: { description: "Healthy.", content: { "application/json": { schema: Health } } },
    ...problemResponses(503),
  },
});

export const health: RouteHandler<typeof healthRoute, AppEnv> = async (c) => {
  try {
    await c.var.store.listDocuments({ limit: 1 });
  } catch (error) {
    throw new ApiError(503, "unavailable", "The database does not answer", undefined, {
      cause: error,
    });
  }
  return c.json({ status: "ok" as const }, 200);
};
