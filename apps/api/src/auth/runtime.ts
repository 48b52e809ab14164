/** The sign-in settings an app runs with, and who a request acts as. */
import { userInfo } from "node:os";
import type { AuthMode, Principal } from "@stancemap/schema";
import { DEFAULT_COST, type ScryptCost } from "./password.js";
import { LoginThrottle, type ThrottleOptions } from "./throttle.js";

export interface AuthOptions {
  /** `local` (default): one local user with every role; `required`: accounts. */
  mode?: AuthMode;
  /** The local user's name in local mode (default: the operating-system user). */
  localUser?: string;
  /** How long a sign-in lasts (default 12 hours). */
  sessionTtlMs?: number;
  /** Mark the session cookie Secure even on plain http (behind a TLS-terminating proxy). */
  secureCookies?: boolean;
  /** scrypt cost for new password hashes (default OWASP's floor; tests lower it). */
  passwordCost?: ScryptCost;
  throttle?: ThrottleOptions;
  now?: () => Date;
}

export interface AuthRuntime {
  mode: AuthMode;
  localUser: string;
  sessionTtlMs: number;
  secureCookies: boolean;
  passwordCost: ScryptCost;
  throttle: LoginThrottle;
  now: () => Date;
}

export const SESSION_COOKIE = "stancemap_session";
export const CSRF_HEADER = "X-CSRF-Token";

function osUser(): string {
  try {
    return userInfo().username || "local";
  } catch {
    return "local";
  }
}

export function createAuthRuntime(options: AuthOptions = {}): AuthRuntime {
  return {
    mode: options.mode ?? "local",
    localUser: options.localUser?.trim() || osUser(),
    sessionTtlMs: options.sessionTtlMs ?? 12 * 60 * 60 * 1000,
    secureCookies: options.secureCookies ?? false,
    passwordCost: options.passwordCost ?? DEFAULT_COST,
    throttle: new LoginThrottle(options.throttle),
    now: options.now ?? (() => new Date()),
  };
}

/** A request's identity once authenticated: who, with which role, and the session's CSRF token. */
export interface RequestIdentity extends Principal {
  /** Set for cookie sessions: writes must echo it in the X-CSRF-Token header. */
  csrfToken?: string;
  sessionId?: string;
  expiresAt?: Date;
}

/** Loopback names a browser uses for a local server; anything else in Host is refused in local mode. */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .replace(/:\d+$/, "")
    .replace(/^\[|\]$/g, "")
    .toLowerCase();
  return name === "localhost" || name === "::1" || /^127(\.\d{1,3}){3}$/.test(name);
}
