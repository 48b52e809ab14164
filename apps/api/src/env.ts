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
  /** `required` forces accounts even on loopback; `local` is refused on any other address. */
  STANCEMAP_AUTH: z.preprocess(unsetIfEmpty, z.enum(["local", "required"]).optional()),
  /** The local user's name in local mode (default: the operating-system user). */
  STANCEMAP_USER: z.preprocess(unsetIfEmpty, z.string().trim().min(1).max(64).optional()),
  /** How long a sign-in lasts, in hours. */
  STANCEMAP_SESSION_HOURS: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(12),
  ),
  /** `1` marks the session cookie Secure on plain http, for a TLS-terminating proxy in front. */
  STANCEMAP_SECURE_COOKIES: z.preprocess(unsetIfEmpty, z.enum(["0", "1"]).default("0")),
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
