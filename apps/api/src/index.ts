/** @stancemap/api: the Hono app over the Stancemap store, its server, and what the CLI reuses. */
export { type AppOptions, type AppType, createApp } from "./app.js";
export { DEFAULT_COST, hashPassword, type ScryptCost, verifyPassword } from "./auth/password.js";
export { ROUTE_PERMISSIONS, requiredPermission } from "./auth/permissions.js";
export {
  type AuthOptions,
  CSRF_HEADER,
  createAuthRuntime,
  SESSION_COOKIE,
} from "./auth/runtime.js";
export { hashSecret, newSecret, TOKEN_PREFIX } from "./auth/secrets.js";
export { type Client, createClient, postDocument, uploadDocuments } from "./client.js";
export { type Env, loadEnv } from "./env.js";
export {
  EXPORT_FORMATS,
  type ExportFormat,
  renderExport,
  toCsv,
  toExportRows,
  toNdjson,
} from "./export-format.js";
export {
  documentInputToExtractInput,
  ingestInputs,
  isSupportedFile,
  SUPPORTED_EXTENSIONS,
} from "./ingest.js";
export { openApiDocument } from "./openapi.js";
export { ApiError } from "./problem.js";
export type { AppDeps, AppEnv } from "./router.js";
export { MAX_FILES, MAX_REQUEST_BYTES } from "./routes/documents/create.js";
export {
  loadSampleIfEmpty,
  type RunningServer,
  resolveAuthMode,
  runServer,
  SAMPLE_DIR,
  type ServerOptions,
  serverOptionsFromEnv,
  startServer,
  WEB_ROOT,
} from "./server.js";
