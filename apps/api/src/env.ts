/** The API's environment, validated once; no other module reads process.env. */
import { z } from "zod";

/** An empty variable (`PORT=`) means "use the default", as shells make it easy to set one by accident. */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

export const Env = z.object({
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(unsetIfEmpty, z.string().default("127.0.0.1")),
  /** PGlite data directory, used when DATABASE_URL is not set. */
  STANCEMAP_DATA: z.preprocess(unsetIfEmpty, z.string().default("./.stancemap/db")),
  /** postgres://… for a PostgreSQL server, pglite:<dir> or memory:// for embedded databases. */
  DATABASE_URL: z.preprocess(unsetIfEmpty, z.string().optional()),
});
export type Env = z.infer<typeof Env>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = Env.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  return result.data;
}
