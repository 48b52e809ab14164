/**
 * Runs the API on Node: opens the store, loads the bundled sample corpus into an empty database,
 * serves the API (and the built web UI when there is one) and stops cleanly on a signal. The only
 * module that reads the environment, through env.ts.
 */
import { once } from "node:events";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import { extractCorpus } from "@stancemap/extract";
import type { AuthMode, IngestResult } from "@stancemap/schema";
import { createStore, type Store } from "@stancemap/store";
import { createApp } from "./app.js";
import type { AuthOptions } from "./auth/runtime.js";
import { type Env, loadEnv } from "./env.js";
import { ingestInputs, isSupportedFile } from "./ingest.js";
import type { AppDeps } from "./router.js";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The bundled sample articles (corpora/sample), the same path from src/ and dist/. */
export const SAMPLE_DIR = join(REPO_ROOT, "corpora", "sample");
/** Where apps/web puts its build. */
export const WEB_ROOT = join(REPO_ROOT, "apps", "web", "dist");

export interface ServerOptions {
  port: number;
  host: string;
  /** PGlite data directory, used when `databaseUrl` is not set. */
  dataDir: string;
  /** postgres://…, pglite:<dir> or memory://; overrides `dataDir`. */
  databaseUrl?: string;
  /** Articles to ingest when the database is empty; null for none. */
  sampleDir: string | null;
  /** A built web UI to serve at `/`; null for the API alone. */
  webRoot: string | null;
  /** Where progress lines go (default stdout). */
  log?: (line: string) => void;
  /** Sign-in settings; the mode follows from `host` unless `auth.mode` is `required`. */
  auth?: AuthOptions;
}

const LOOPBACK_BINDS = new Set(["127.0.0.1", "::1", "localhost"]);

/**
 * Local mode (no accounts) only where nobody else can connect: a loopback address. Any other
 * address, or `required`, means shared mode; asking for local mode there is an error, not a downgrade.
 */
export function resolveAuthMode(host: string, requested?: AuthMode): AuthMode {
  const loopback = LOOPBACK_BINDS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
  if (requested === "required" || (!loopback && requested === undefined)) return "required";
  if (!loopback) {
    throw new Error(
      `STANCEMAP_AUTH=local cannot be used when listening on ${host}: anyone who can reach it would have every right. Listen on 127.0.0.1, or use accounts.`,
    );
  }
  return "local";
}

export interface RunningServer {
  /** The base URL, e.g. http://localhost:3000. */
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

/** The options `npm start` uses: the environment, the bundled sample, and apps/web/dist if built. */
export function serverOptionsFromEnv(env: Env = loadEnv()): ServerOptions {
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: env.STANCEMAP_DATA,
    databaseUrl: env.DATABASE_URL,
    sampleDir: existsSync(SAMPLE_DIR) ? SAMPLE_DIR : null,
    webRoot: existsSync(join(WEB_ROOT, "index.html")) ? WEB_ROOT : null,
    auth: {
      ...(env.STANCEMAP_AUTH && { mode: env.STANCEMAP_AUTH }),
      ...(env.STANCEMAP_USER && { localUser: env.STANCEMAP_USER }),
      sessionTtlMs: env.STANCEMAP_SESSION_HOURS * 3_600_000,
      secureCookies: env.STANCEMAP_SECURE_COOKIES === "1",
    },
  };
}

/** Ingests every article in `dir` when the store holds no document yet; null when it did nothing. */
export async function loadSampleIfEmpty(deps: AppDeps, dir: string): Promise<IngestResult | null> {
  if ((await deps.store.listDocuments({ limit: 1 })).items.length > 0) return null;
  const files = readdirSync(dir).filter(isSupportedFile).sort();
  if (files.length === 0) return null;
  // Origins relative to the repository, so they read the same wherever the checkout lives.
  const inputs = files.map((name) => {
    const path = join(dir, name);
    return { origin: relative(REPO_ROOT, path).split("\\").join("/"), bytes: readFileSync(path) };
  });
  return ingestInputs(deps, inputs, { actor: "system" });
}

/** Loopback and wildcard addresses are reachable as localhost, which is what people type. */
function displayHost(host: string): string {
  if (["127.0.0.1", "::1", "localhost", "0.0.0.0", "::"].includes(host)) return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const mode = resolveAuthMode(options.host, options.auth?.mode);
  const store = await createStore({ url: options.databaseUrl, dataDir: options.dataDir });
  try {
    if (mode === "required" && (await store.countActiveAdmins()) === 0) {
      throw new Error(
        "Shared mode needs an admin account first. Create one with `npx stancemap users add --admin <name>` (same database), then start again.",
      );
    }
    // Never print DATABASE_URL: it may hold a password.
    log(
      options.databaseUrl
        ? "Database: DATABASE_URL"
        : `Database: embedded PGlite in ${resolve(options.dataDir)}`,
    );
    const deps: AppDeps = { store, extract: extractCorpus };
    if (options.sampleDir) {
      const seeded = await loadSampleIfEmpty(deps, options.sampleDir);
      if (seeded) {
        const statements = seeded.documents.reduce((n, d) => n + d.statementCount, 0);
        log(
          `Loaded the sample corpus: ${seeded.documents.length} documents, ${statements} statements`,
        );
      }
    }
    const app = createApp(deps, {
      ...(options.webRoot && { webRoot: options.webRoot }),
      // Other processes may write to a PostgreSQL database, so cached answers expire there.
      cache: /^postgres(ql)?:/.test(options.databaseUrl ?? "") ? { ttlMs: 5_000 } : {},
      auth: { ...options.auth, mode },
    });
    const server = serve({
      fetch: app.fetch,
      port: options.port,
      hostname: options.host,
    }) as Server;
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const url = `http://${displayHost(options.host)}:${port}`;
    log(`Stancemap is running at ${url}  (API reference: ${url}/docs)`);
    log(
      mode === "local"
        ? "Local mode: no sign-in; every write is recorded as the local user."
        : "Shared mode: accounts required (manage them with `stancemap users`).",
    );
    return {
      url,
      port,
      store,
      async close() {
        await new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive connections would hold close() open until they time out.
          server.closeAllConnections();
        });
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Serves until SIGINT or SIGTERM (or `signal` aborts), then closes the server and the database. */
export async function runServer(options: ServerOptions, signal?: AbortSignal): Promise<void> {
  const running = await startServer(options);
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  await new Promise<void>((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      signal?.removeEventListener("abort", stop);
      done();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener("abort", stop, { once: true });
  });
  await running.close();
  log("Stopped.");
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runServer(serverOptionsFromEnv()).catch((error: unknown) => {
    console.error(`stancemap server: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
