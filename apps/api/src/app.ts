/** The app factory: every route, the OpenAPI document and its reference page, and one error mapping. */
import { serveStatic } from "@hono/node-server/serve-static";
import { StaleVersionError, StoreError, type StoreErrorCode } from "@stancemap/store";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { authMiddleware } from "./auth/middleware.js";
import { type AuthOptions, createAuthRuntime } from "./auth/runtime.js";
import { type CacheOptions, createResponseCache } from "./cache.js";
import { DOCS_STYLE, renderDocsPage } from "./docs.js";
import { openApiDocument } from "./openapi.js";
import { ApiError, type ErrorStatus, problemResponse } from "./problem.js";
import { type AppDeps, createRouter } from "./router.js";
import { actorRoutes } from "./routes/actors/index.js";
import { auditRoutes } from "./routes/audit/index.js";
import { authRoutes } from "./routes/auth/index.js";
import { compareRoutes } from "./routes/compare/index.js";
import { documentRoutes } from "./routes/documents/index.js";
import { exportRoutes } from "./routes/export/index.js";
import { healthRoutes } from "./routes/health/index.js";
import { searchRoutes } from "./routes/search/index.js";
import { sourceRoutes } from "./routes/sources/index.js";
import { statementRoutes } from "./routes/statements/index.js";
import { tokenRoutes } from "./routes/tokens/index.js";
import { topicRoutes } from "./routes/topics/index.js";
import { userRoutes } from "./routes/users/index.js";

export interface AppOptions {
  /** Where unexpected errors go (default console.error); their details never reach the client. */
  logError?: (error: unknown, c: Context) => void;
  /** A built web UI to serve at `/` (apps/web/dist); API routes take precedence. */
  webRoot?: string;
  /** The cache of GET /api/* answers (on by default; emptied by every write through the app). */
  cache?: CacheOptions | false;
  /** Sign-in mode and settings (default: local mode, the operating-system user). */
  auth?: AuthOptions;
}

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** The one write that also takes multipart/form-data. */
const UPLOADS = /^\/api\/documents\/?$/;

/** Answers that depend on who asks are never cached. */
const PER_USER = /^\/api\/(auth|users|tokens|audit)(\/|$)/;

const STORE_STATUS: Record<StoreErrorCode, ErrorStatus> = {
  not_found: 404,
  conflict: 409,
  invalid_reference: 422,
  validation_failed: 400,
  stale_version: 412,
};

function handleError(error: Error, c: Context, logError: NonNullable<AppOptions["logError"]>) {
  if (error instanceof ApiError) {
    if (error.status >= 500) logError(error, c);
    return problemResponse(c, error.status, error.code, error.message, error.errors);
  }
  if (error instanceof StaleVersionError) {
    c.header("ETag", `"${error.current.version}"`);
    return problemResponse(c, 412, error.code, error.message, undefined, error.current);
  }
  if (error instanceof StoreError) {
    return problemResponse(c, STORE_STATUS[error.code], error.code, error.message);
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own 4xx: malformed JSON or form bodies, mostly.
    const status = (error.status === 413 ? 413 : 400) as ErrorStatus;
    const code = status === 413 ? "payload_too_large" : "bad_request";
    return problemResponse(c, status, code, error.message || "Bad request");
  }
  logError(error, c);
  return problemResponse(
    c,
    500,
    "internal_error",
    "The server hit an unexpected error; it has been logged.",
  );
}

export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const logError =
    options.logError ??
    ((error: unknown, c: Context) => console.error(`${c.req.method} ${c.req.path} failed:`, error));
  const app = createRouter();
  app.use(
    secureHeaders({
      // The UI is one script and one stylesheet from this origin: nothing inline runs.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "same-origin",
      xFrameOptions: "DENY",
      // HSTS on a server people run on localhost would pin http://localhost to https.
      strictTransportSecurity: false,
    }),
  );
  app.use(async (c, next) => {
    c.set("store", deps.store);
    c.set("extract", deps.extract);
    await next();
  });
  app.use(authMiddleware(createAuthRuntime(options.auth)));
  // Every write but an upload takes JSON; another media type would reach the validators as an
  // empty body and be reported as missing fields, which misleads more than it helps.
  app.use("/api/*", async (c, next) => {
    // Browsers send a bodyless DELETE without Content-Length; a body announces itself.
    const length = Number(c.req.header("content-length") ?? 0);
    const hasBody = length > 0 || c.req.header("transfer-encoding") !== undefined;
    if (!WRITES.has(c.req.method) || !hasBody || UPLOADS.test(c.req.path)) return next();
    if (!/^application\/([a-z-.]+\+)?json\b/i.test(c.req.header("content-type") ?? "")) {
      return problemResponse(
        c,
        415,
        "unsupported_media_type",
        `Send the body as application/json (got ${c.req.header("content-type") ?? "no Content-Type"}).`,
      );
    }
    return next();
  });
  if (options.cache !== false) {
    const cache = createResponseCache(options.cache).middleware;
    app.use("/api/*", (c, next) => (PER_USER.test(c.req.path) ? next() : cache(c, next)));
  }
  const routes = app
    .route("/", healthRoutes)
    .route("/", authRoutes)
    .route("/", userRoutes)
    .route("/", tokenRoutes)
    .route("/", auditRoutes)
    .route("/", documentRoutes)
    .route("/", sourceRoutes)
    .route("/", actorRoutes)
    .route("/", topicRoutes)
    .route("/", statementRoutes)
    .route("/", compareRoutes)
    .route("/", searchRoutes)
    .route("/", exportRoutes);

  // Generated once: the routes do not change while the app runs.
  let document: ReturnType<typeof openApiDocument> | undefined;
  const spec = () => {
    document ??= openApiDocument(app);
    return document;
  };
  app.get("/openapi.json", (c) => c.json(spec()));
  app.get("/docs", (c) => c.html(renderDocsPage(spec() as unknown as Record<string, unknown>)));
  app.get("/docs.css", (c) =>
    c.body(DOCS_STYLE, 200, { "Content-Type": "text/css; charset=utf-8" }),
  );

  if (options.webRoot) {
    const files = serveStatic({ root: options.webRoot });
    const page = serveStatic({ root: options.webRoot, path: "index.html" });
    app.use("*", (c, next) => (c.req.path.startsWith("/api/") ? next() : files(c, next)));
    // Client-side routes (/actors/…) get the single page; unknown API paths still 404 below.
    app.get("*", (c, next) => (c.req.path.startsWith("/api/") ? next() : page(c, next)));
  }

  app.notFound((c) =>
    problemResponse(c, 404, "route_not_found", `No route ${c.req.method} ${c.req.path}`),
  );
  app.onError((error, c) => handleError(error, c, logError));
  return routes;
}

/** The app's type, for the typed client (`hc<AppType>`). */
export type AppType = ReturnType<typeof createApp>;
