/** GET /api/actors/{id}: one actor, its members, and its positions by topic. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { ActorDetail, ActorId } from "@stancemap/schema";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { etagOf } from "../../versions.js";

export const getActorRoute = createRoute({
  method: "get",
  path: "/api/actors/{id}",
  tags: ["actors"],
  summary: "Get an actor",
  description:
    "The actor, the actors whose primary `memberOf` is it (a state's ministers), and its own and its members' positions, one per topic, with the sources' agreement.",
  request: { params: idParam(ActorId, "actor") },
  responses: {
    200: { description: "The actor.", content: { "application/json": { schema: ActorDetail } } },
    ...problemResponses(400, 404),
  },
});

export const getActor: RouteHandler<typeof getActorRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const detail = await c.var.store.getActor(id);
  c.header("ETag", etagOf(detail.version));
  return c.json(detail, 200);
};
