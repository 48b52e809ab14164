/** Opens the store the server would use: DATABASE_URL or STANCEMAP_DATA from the environment, or --data. */
import type { Store } from "@stancemap/store";
import type { Io } from "./main.js";

/** The API's env.ts is the one place the environment is read; the CLI takes its values from there. */
export async function openLocalStore(
  dataDir: string | undefined,
  environment?: Record<string, string | undefined>,
): Promise<{ store: Store; where: string }> {
  const [{ loadEnv }, { createStore }] = await Promise.all([
    import("@stancemap/api"),
    import("@stancemap/store"),
  ]);
  const env = loadEnv(environment);
  // An explicit --data wins over the environment, DATABASE_URL included.
  const url = dataDir === undefined ? env.DATABASE_URL : undefined;
  const dir = dataDir ?? env.STANCEMAP_DATA;
  const store = await createStore({ url, dataDir: dir });
  return { store, where: url ? "the DATABASE_URL database" : dir };
}

/**
 * Opens the store for a command that changes it, or prints why it could not (with the hint that an
 * embedded database cannot be shared with a running server) and returns null.
 */
export async function openStoreOrExplain(
  dataDir: string | undefined,
  io: Io,
  command: string,
): Promise<Store | null> {
  try {
    return (await openLocalStore(dataDir, io.env)).store;
  } catch (error) {
    const message = (error as Error).message;
    io.stderr(`stancemap ${command}: cannot open the database: ${message}\n`);
    if (/lock|busy|in use|already|another process/i.test(message)) {
      io.stderr(
        `stancemap ${command}: an embedded database can be open in one process only: stop \`stancemap serve\` (or \`npm start\`) on it, run this command, then start the server again.\n`,
      );
    }
    return null;
  }
}

/** What the account commands' help says about opening the database directly. */
export const DIRECT_DATABASE_NOTE = `These commands open the database directly, like \`stancemap ingest\` without
--server. An embedded database can be open in one process only: stop
\`stancemap serve\` (or \`npm start\`) on the same directory first, and start it
again afterwards (a second process is refused with the first one's pid, since
two processes writing one directory would damage it). With DATABASE_URL
(PostgreSQL) the server may keep running.
Every change is recorded in the audit trail as cli:<your operating-system user>.`;
