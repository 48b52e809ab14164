/** POST /api/actors/{id}/merge: fold a duplicate actor into the one it is the same as. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { ActorId, ActorMergeRequest, ActorMergeResult } from "@stancemap/schema";
import { principalOf } from "../../auth/principal.js";
import { limitBody } from "../../body-limit.js";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { expectedVersion } from "../../versions.js";

export const mergeActorRoute = createRoute({
  method: "post",
  path: "/api/actors/{id}/merge",
  tags: ["actors"],
  summary: "Merge an actor into another",
  description:
    "For the same actor found twice (a spelling variant, a title without the name): its statements, the chains that relay through it, its members and its outlets move to `into`, its names become aliases of `into`, and it is deleted. Re-ingesting articles maps it to `into`. Send the merged actor's version (`If-Match` or `expectedVersion`); a stale one gets 412. Merging an actor into its own member is a 400. Audited (`merge_actors`). Needs the editor role.",
  middleware: limitBody(16 * 1024, "a merge names one actor"),
  request: {
    params: idParam(ActorId, "actor"),
    body: { required: true, content: { "application/json": { schema: ActorMergeRequest } } },
  },
  responses: {
    200: {
      description: "The target actor and what moved.",
      content: { "application/json": { schema: ActorMergeResult } },
    },
    ...problemResponses(400, 404, 412, 413, 428),
  },
});

export const mergeActor: RouteHandler<typeof mergeActorRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { into, expectedVersion: fromBody } = c.req.valid("json");
  const result = await c.var.store.mergeActors(id, into, {
    actor: principalOf(c).name,
    expectedVersion: expectedVersion(c, fromBody, "actor"),
  });
  return c.json(result, 200);
};
