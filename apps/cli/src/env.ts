/**
 * The CLI's own environment variables, validated once; the database ones (DATABASE_URL,
 * STANCEMAP_DATA) come from the API's env.ts, so the server and the CLI read them alike.
 */
import { z } from "zod";

/** A blank variable (`STANCEMAP_TOKEN=`) means "not set", as shells make it easy to set one by accident. */
const unsetIfBlank = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const CliEnv = z.object({
  /** The API token `ingest --server` sends when --token is not given. */
  STANCEMAP_TOKEN: z.preprocess(
    unsetIfBlank,
    z.string().trim().regex(/^\S+$/, { error: "an API token has no spaces" }).optional(),
  ),
});
export type CliEnv = z.infer<typeof CliEnv>;

export function loadCliEnv(source: Record<string, string | undefined> = process.env): CliEnv {
  const result = CliEnv.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  return result.data;
}
