/**
 * Who may call what: one table of every route and the least role it needs. The auth middleware
 * looks every request up here before any handler runs, and a test checks that the table and the
 * OpenAPI document list the same routes, so a new route cannot ship without a decision.
 */
import type { Role } from "@stancemap/schema";

/** `public`: no account needed (sign-in itself, health, the API reference). */
export type Permission = Role | "public";

export const ROUTE_PERMISSIONS = {
  "GET /health": "public",
  "GET /api/auth/session": "public",
  "POST /api/auth/login": "public",
  "POST /api/auth/logout": "public",

  "GET /api/documents": "viewer",
  "GET /api/documents/{id}": "viewer",
  "GET /api/sources": "viewer",
  "GET /api/actors": "viewer",
  "GET /api/actors/{id}": "viewer",
  "GET /api/topics": "viewer",
  "GET /api/topics/{id}": "viewer",
  "GET /api/statements": "viewer",
  "GET /api/statements/{id}": "viewer",
  "GET /api/statements/{id}/history": "viewer",
  "GET /api/compare": "viewer",
  "GET /api/search": "viewer",
  "GET /api/export": "viewer",
  // Events on users and tokens are left out below admin (the route filters them).
  "GET /api/audit": "viewer",

  "POST /api/statements/{id}/review": "reviewer",

  "POST /api/documents": "editor",
  "PATCH /api/topics/{id}": "editor",
  "POST /api/topics/{id}/merge": "editor",
  "PATCH /api/actors/{id}": "editor",
  "POST /api/actors/{id}/merge": "editor",

  "GET /api/users": "admin",
  "POST /api/users": "admin",
  "PATCH /api/users/{name}": "admin",
  "GET /api/tokens": "admin",
  "POST /api/tokens": "admin",
  "DELETE /api/tokens/{id}": "admin",
} as const satisfies Record<string, Permission>;

export type RouteKey = keyof typeof ROUTE_PERMISSIONS;

interface CompiledRoute {
  method: string;
  pattern: RegExp;
  permission: Permission;
}

const compiled: CompiledRoute[] = Object.entries(ROUTE_PERMISSIONS).map(([key, permission]) => {
  const [method = "", path = ""] = key.split(" ");
  const source = path
    .split(/\{[a-zA-Z]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  return { method, pattern: new RegExp(`^${source}/?$`), permission };
});

/**
 * The permission a request needs. API paths not in the table (which answer 404) still need an
 * account, so probing them reveals nothing; everything outside /api (the web UI's files, the
 * API reference) is public.
 */
export function requiredPermission(method: string, path: string): Permission {
  const verb = method === "HEAD" ? "GET" : method;
  const route = compiled.find((r) => r.method === verb && r.pattern.test(path));
  if (route) return route.permission;
  return path.startsWith("/api/") ? "viewer" : "public";
}
