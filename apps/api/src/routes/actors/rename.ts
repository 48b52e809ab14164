/** PATCH /api/actors/{id}: correct an actor's display name and aliases. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { ActorId, ActorRenameRequest, ActorSummary } from "@stancemap/schema";
import { principalOf } from "../../auth/principal.js";
import { limitBody } from "../../body-limit.js";
import { idParam } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";
import { etagOf, expectedVersion } from "../../versions.js";

const RenamedActor = ActorSummary.omit({ statementCount: true }).meta({
  title: "VersionedActor",
  description: "An actor with its version.",
});

export const renameActorRoute = createRoute({
  method: "patch",
  path: "/api/actors/{id}",
  tags: ["actors"],
  summary: "Rename an actor",
  description:
    "Sets the display name; the old one stays as an alias unless `aliases` replaces the list. Send the version you saw (`If-Match` or `expectedVersion`); a stale one gets 412. Audited (`rename_actor`); re-ingesting articles keeps the new name. Needs the editor role.",
  middleware: limitBody(64 * 1024, "a rename is a name and a few aliases"),
  request: {
    params: idParam(ActorId, "actor"),
    body: { required: true, content: { "application/json": { schema: ActorRenameRequest } } },
  },
  responses: {
    200: {
      description: "The actor after the change.",
      content: { "application/json": { schema: RenamedActor } },
    },
    ...problemResponses(400, 404, 412, 413, 428),
  },
});

export const renameActor: RouteHandler<typeof renameActorRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { expectedVersion: fromBody, ...rename } = c.req.valid("json");
  const actor = await c.var.store.renameActor(id, rename, {
    actor: principalOf(c).name,
    expectedVersion: expectedVersion(c, fromBody, "actor"),
  });
  c.header("ETag", etagOf(actor.version));
  return c.json(actor, 200);
};
