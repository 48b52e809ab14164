/** The app's context type, and the router factory every resource uses so validation failures all look alike. */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { ExtractInput, ExtractResult } from "@stancemap/extract";
import type { Repository } from "@stancemap/store";
import type { AuthRuntime, RequestIdentity } from "./auth/runtime.js";
import { problemResponse } from "./problem.js";

/** What the app needs from outside; tests pass a real store on PGlite. */
export interface AppDeps {
  store: Repository;
  /** The extractor (`extractCorpus` from @stancemap/extract). */
  extract: (inputs: Iterable<ExtractInput>) => ExtractResult;
}

export interface AppEnv {
  Variables: AppDeps & {
    auth: AuthRuntime;
    /** Who the request acts as; null when nobody signed in (public routes only get that far). */
    principal: RequestIdentity | null;
  };
}

const WHERE = {
  query: "query parameter",
  param: "path parameter",
  json: "JSON body field",
  form: "form field",
  header: "header",
  cookie: "cookie",
} as const;

interface HookIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

/**
 * Turns every request validation failure into a 400 problem that names the fields, e.g.
 * `Invalid query parameter limit: Too big: expected number to be <=500`.
 */
export function validationHook(
  result: { success: true } | { success: false; error: { issues: HookIssue[] }; target: string },
  c: Parameters<typeof problemResponse>[0],
): Response | undefined {
  if (result.success) return undefined;
  const where = WHERE[result.target as keyof typeof WHERE] ?? result.target;
  const errors = result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join(".");
    // A strict object reports unknown keys on the object itself; name each key instead.
    if (issue.code === "unrecognized_keys" && issue.keys) {
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        message: `Unknown ${where}`,
      }));
    }
    return [{ path, message: issue.message }];
  });
  const detail = errors
    .map((e) =>
      e.path ? `Invalid ${where} ${e.path}: ${e.message}` : `Invalid ${where}s: ${e.message}`,
    )
    .join("; ");
  return problemResponse(c, 400, "validation_failed", detail, errors);
}

export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
