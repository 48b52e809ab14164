/** GET /api/statements: statements filtered by actor, topic, source, date, mode, stance and review status. */
import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import {
  ActorId,
  DocumentId,
  Page,
  PartialDate,
  ReviewStatus,
  SourceId,
  Stance,
  StatementMode,
  StatementRecord,
  TopicId,
} from "@stancemap/schema";
import { PageParams } from "../../params.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const StatementQuery = PageParams.extend({
  actor: ActorId.optional().meta({
    description:
      "The holder, or an actor on the holder's primary memberOf chain: a state matches its ministers.",
  }),
  topic: TopicId.optional().meta({ description: "Only statements on this topic." }),
  source: SourceId.optional().meta({ description: "Only statements in this source's documents." }),
  document: DocumentId.optional().meta({ description: "Only statements in this document." }),
  from: PartialDate.optional().meta({
    description:
      "Earliest date (`2025`, `2025-03` or `2025-03-04`); a statement matches when the days it may date from (its saidAt, else its document's date) overlap [from, to].",
  }),
  to: PartialDate.optional().meta({ description: "Latest date, as `from`." }),
  mode: StatementMode.optional(),
  stance: Stance.optional(),
  reviewStatus: ReviewStatus.optional(),
});

export const listStatementsRoute = createRoute({
  method: "get",
  path: "/api/statements",
  tags: ["statements"],
  summary: "List statements",
  description:
    "Statements of current documents matching every given filter, in a stable order (ingest order); follow `nextCursor` for the next page.",
  request: { query: StatementQuery },
  responses: {
    200: {
      description: "One page of statements.",
      content: { "application/json": { schema: Page(StatementRecord) } },
    },
    ...problemResponses(400),
  },
});

export const listStatements: RouteHandler<typeof listStatementsRoute, AppEnv> = async (c) => {
  const { actor, topic, source, document, ...rest } = c.req.valid("query");
  const page = await c.var.store.listStatements({
    ...rest,
    actorId: actor,
    topicId: topic,
    sourceId: source,
    documentId: document,
  });
  return c.json(page, 200);
};
