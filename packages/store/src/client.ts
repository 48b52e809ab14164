/** Opens the store on embedded PGlite or a PostgreSQL server, applies migrations, and closes it. */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { Database } from "./database.js";
import { ConflictError, ValidationError } from "./errors.js";
import { createRepository, type Repository } from "./repository.js";

/** The committed drizzle-kit migrations; `../drizzle` from both src/ and dist/. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../drizzle", import.meta.url));

/** Any number will do as long as every Stancemap process uses the same one. */
const MIGRATION_LOCK = 0x5374_616e;

export interface StoreOptions {
  /**
   * `postgres://…` or `postgresql://…` for a server; `pglite:<dir>` for an embedded database in
   * `<dir>`; `memory://` for a throwaway one. Undefined means `dataDir`, else memory.
   */
  url?: string;
  /** PGlite data directory to use when `url` is undefined (the caller's default). */
  dataDir?: string;
  /** PGlite only: start from a `dumpDataDir()` tarball instead of an empty database. */
  loadDataDir?: Blob;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

export type StoreClient =
  | { driver: "pglite"; pglite: PGlite }
  | { driver: "postgres"; pool: pg.Pool };

export interface Store extends Repository {
  /** The Drizzle database, for queries the repositories do not cover. */
  db: Database;
  client: StoreClient;
  /** Applies pending migrations (createStore does this unless told not to). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

type Target =
  | { driver: "pglite"; dataDir: string | undefined }
  | { driver: "postgres"; url: string };

/** Which database a URL names; exported for the CLI's `--db` help and its tests. */
export function parseStoreUrl(url: string | undefined, dataDir?: string): Target {
  if (url === undefined) return { driver: "pglite", dataDir };
  if (url === "memory://" || url === "pglite:memory://")
    return { driver: "pglite", dataDir: undefined };
  if (url.startsWith("pglite:")) {
    // `pglite:///abs/dir` and `pglite://rel/dir` read like URLs; `pglite:dir` is the short form.
    const rest = url.slice("pglite:".length);
    const dir = rest.startsWith("//") ? rest.slice(2) : rest;
    if (!dir) throw new ValidationError(`No directory in ${url}`);
    return { driver: "pglite", dataDir: dir };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { driver: "postgres", url };
  throw new ValidationError(
    "Unsupported database URL: use postgres://…, pglite:<directory> or memory://",
  );
}

/** Whether a process with this id is running (EPERM: it runs, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite does not lock its directory, and two processes writing one directory corrupt it; so
 * the store does, with a pid file (`<dir>.lock`) created exclusively. A file left by a process that died is taken over.
 */
function lockDataDir(dir: string): () => void {
  // Beside the directory, not in it: PGlite's initdb wants an empty directory.
  const path = `${resolve(dir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(path, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && running(pid)) {
        throw new ConflictError(
          `The embedded database in ${dir} is open in another process (pid ${pid}${pid === process.pid ? ", this one" : ""}). Stop it first (stancemap serve, npm start), or share a PostgreSQL server through DATABASE_URL.`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new ConflictError(`Could not lock the embedded database in ${dir}`);
}

async function migratePool(pool: pg.Pool): Promise<void> {
  // Two processes starting at once must not both apply a migration; the lock is per connection.
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

export async function createStore(options: StoreOptions = {}): Promise<Store> {
  const target = parseStoreUrl(options.url, options.dataDir);
  let db: Database;
  let client: StoreClient;
  let migrate: () => Promise<void>;
  let close: () => Promise<void>;
  if (target.driver === "pglite") {
    // PGlite creates its own directory but not the parents (`.stancemap/db` on a fresh checkout).
    if (target.dataDir !== undefined) mkdirSync(target.dataDir, { recursive: true });
    const unlock = target.dataDir !== undefined ? lockDataDir(target.dataDir) : () => {};
    let pglite: PGlite;
    try {
      pglite = await PGlite.create({
        ...(target.dataDir !== undefined && { dataDir: target.dataDir }),
        ...(options.loadDataDir && { loadDataDir: options.loadDataDir }),
        extensions: { pg_trgm },
      });
    } catch (error) {
      unlock();
      throw error;
    }
    const pgliteDb = drizzlePglite({ client: pglite });
    db = pgliteDb;
    client = { driver: "pglite", pglite };
    migrate = () => migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER });
    close = async () => {
      try {
        await pglite.close();
      } finally {
        unlock();
      }
    };
  } else {
    const pool = new pg.Pool({ connectionString: target.url });
    db = drizzlePostgres({ client: pool });
    client = { driver: "postgres", pool };
    migrate = () => migratePool(pool);
    close = () => pool.end();
  }
  if (options.migrate ?? true) {
    try {
      await migrate();
    } catch (error) {
      await close();
      throw error;
    }
  }
  return { ...createRepository(db), db, client, migrate, close };
}
