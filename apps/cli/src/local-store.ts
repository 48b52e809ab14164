/** Opens the store the server would use: DATABASE_URL or STANCEMAP_DATA from the environment, or --data. */
import type { Store } from "@stancemap/store";

/** The API's env.ts is the one place the environment is read; the CLI takes its values from there. */
export async function openLocalStore(
  dataDir: string | undefined,
): Promise<{ store: Store; where: string }> {
  const [{ loadEnv }, { createStore }] = await Promise.all([
    import("@stancemap/api"),
    import("@stancemap/store"),
  ]);
  const env = loadEnv();
  // An explicit --data wins over the environment, DATABASE_URL included.
  const url = dataDir === undefined ? env.DATABASE_URL : undefined;
  const dir = dataDir ?? env.STANCEMAP_DATA;
  const store = await createStore({ url, dataDir: dir });
  return { store, where: url ? "the DATABASE_URL database" : dir };
}
