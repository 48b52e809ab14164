/** POST /api/documents: ingest articles sent as JSON or as uploaded files. */
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { type ExtractInput, formatSize, MAX_INPUT_BYTES } from "@stancemap/extract";
import { DocumentInput, type IngestFailure, IngestResult } from "@stancemap/schema";
import { principalOf } from "../../auth/principal.js";
import { limitBody } from "../../body-limit.js";
import { documentInputToExtractInput, ingestInputs, isSupportedFile } from "../../ingest.js";
import { ApiError, problemResponses } from "../../problem.js";
import type { AppEnv } from "../../router.js";

/** Largest request body: several articles at once, each at most MAX_INPUT_BYTES (5 MB). */
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 200;

const FileField = z.file().openapi({ type: "string", format: "binary" });

export const UploadForm = z
  .strictObject({
    files: z
      .union([FileField, z.array(FileField)])
      .meta({ description: "One or more .txt, .md or .html files (repeat the field)." }),
  })
  .meta({
    title: "DocumentUpload",
    description: "Articles as files; each file name becomes its origin.",
  });

export const createDocumentsRoute = createRoute({
  method: "post",
  path: "/api/documents",
  tags: ["documents"],
  summary: "Ingest documents",
  description: `Runs the extractor on the articles and stores the documents, actors, topics and statements in one transaction. Send either one article as JSON (\`DocumentInput\`) or one or more files as multipart/form-data in the field \`files\`. Limits: ${formatSize(MAX_REQUEST_BYTES)} per request, ${formatSize(MAX_INPUT_BYTES)} per file, ${MAX_FILES} files. A file the extractor cannot read (empty, binary, not an article) is reported in \`failures\` and the others are still ingested; if none can be read, the answer is 422. A text already stored is left unchanged (200); otherwise the answer is 201.`,
  middleware: limitBody(MAX_REQUEST_BYTES, "send fewer files per request"),
  request: {
    body: {
      required: false,
      content: {
        "application/json": { schema: DocumentInput },
        "multipart/form-data": { schema: UploadForm },
      },
    },
  },
  responses: {
    201: {
      description: "Something was created or versioned: what, with per-file failures.",
      content: { "application/json": { schema: IngestResult } },
    },
    200: {
      description: "Every document was already stored; nothing was written.",
      content: { "application/json": { schema: IngestResult } },
    },
    ...problemResponses(400, 413, 415, 422),
  },
});

const tooLarge = (name: string, size: number) =>
  new ApiError(
    413,
    "payload_too_large",
    `${name} is too large (${size} bytes); the limit is ${formatSize(MAX_INPUT_BYTES)} per file.`,
  );

async function readUploads(
  files: File[],
): Promise<{ inputs: ExtractInput[]; failures: IngestFailure[] }> {
  if (files.length > MAX_FILES) {
    throw new ApiError(
      413,
      "payload_too_large",
      `${files.length} files; at most ${MAX_FILES} per request.`,
    );
  }
  const inputs: ExtractInput[] = [];
  const failures: IngestFailure[] = [];
  for (const [i, file] of files.entries()) {
    const origin = file.name || `upload-${i + 1}`;
    if (file.size > MAX_INPUT_BYTES) throw tooLarge(origin, file.size);
    if (!isSupportedFile(origin)) {
      failures.push({
        origin,
        message: `${origin}: unsupported file type; upload .txt, .md or .html files`,
      });
      continue;
    }
    inputs.push({ origin, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { inputs, failures };
}

export const createDocuments: RouteHandler<typeof createDocumentsRoute, AppEnv> = async (c) => {
  const type = c.req.header("content-type") ?? "";
  let inputs: ExtractInput[];
  let failures: IngestFailure[] = [];
  // The same test the JSON validator applies, so what it validated is what is read here.
  if (/^application\/([a-z-.]+\+)?json/i.test(type)) {
    // The route declares both bodies, so the types offer both; only the one sent was validated.
    const input = documentInputToExtractInput(c.req.valid("json") as DocumentInput);
    if (input.bytes.length > MAX_INPUT_BYTES) throw tooLarge("text", input.bytes.length);
    inputs = [input];
  } else if (/^multipart\/form-data\b/i.test(type)) {
    const { files } = c.req.valid("form") as z.infer<typeof UploadForm>;
    ({ inputs, failures } = await readUploads(Array.isArray(files) ? files : [files]));
  } else {
    throw new ApiError(
      415,
      "unsupported_media_type",
      "Send application/json (one DocumentInput) or multipart/form-data (files).",
    );
  }
  const result = await ingestInputs(c.var, inputs, { actor: principalOf(c).name, failures });
  if (result.documents.length === 0) {
    throw new ApiError(
      422,
      "no_documents",
      `No readable article in the request: ${result.failures.map((f) => f.message).join("; ")}`,
      result.failures.map((f) => ({ path: f.origin, message: f.message })),
    );
  }
  const wrote = result.summary.documents.created.length + result.summary.documents.versioned.length;
  return c.json(result, wrote > 0 ? 201 : 200);
};
