/** GET /api/export: the stored corpus as a CorpusAnalysis (json) or as flat rows (csv, ndjson). */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { CorpusAnalysis, ExportRow } from "@stancemap/schema";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, renderExport } from "../../export-format.js";
import { problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

export const exportRoute = createRoute({
  method: "get",
  path: "/api/export",
  tags: ["export"],
  summary: "Export the corpus",
  description:
    "`json`: a CorpusAnalysis of the current documents and everything they refer to, the same format ingest and `stancemap extract --json` produce. `csv` and `ndjson`: one flat ExportRow per statement (actor and root actor names, topic label, source, date, mode, stance, exact words, attribution chain as text), for spreadsheets and line tools. CSV cells that start with `=`, `+`, `-` or `@` get a leading apostrophe so spreadsheets do not run them.",
  request: {
    query: z.strictObject({
      format: z
        .enum(EXPORT_FORMATS)
        .default("json")
        .meta({ description: "json (default), csv or ndjson.", examples: ["csv"] }),
    }),
  },
  responses: {
    200: {
      description: "The export.",
      content: {
        "application/json": { schema: CorpusAnalysis },
        "text/csv": {
          schema: z.string().meta({
            description: "A header row, then one ExportRow per line (RFC 4180, CRLF).",
          }),
        },
        "application/x-ndjson": {
          schema: ExportRow.meta({ description: "One ExportRow per line." }),
        },
      },
    },
    ...problemResponses(400),
  },
});

export const exportCorpus: RouteHandler<typeof exportRoute, AppEnv> = async (c) => {
  const { format } = c.req.valid("query");
  const corpus = await c.var.store.exportCorpus();
  if (format === "json") return c.json(corpus, 200);
  return c.body(renderExport(corpus, format), 200, {
    "Content-Type": EXPORT_CONTENT_TYPES[format],
    "Content-Disposition": `attachment; filename="stancemap-export.${format}"`,
  });
};
