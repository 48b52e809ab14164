/** What `users` and `tokens` share: who the audit trail names, reading a new password, store errors. */
import { userInfo } from "node:os";
import type { Role } from "@stancemap/schema";
import type { Io } from "./main.js";
import { processStdin } from "./stdin.js";
import { UsageError } from "./usage.js";

/** Account changes made here are audited as `cli:<operating-system user>`. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username || "unknown"}`;
  } catch {
    return "cli:unknown";
  }
}

export function parseRole(value: string, option: string, roles: readonly Role[]): Role {
  const role = roles.find((r) => r === value);
  if (!role) throw new UsageError(`${option} must be one of ${roles.join(", ")}, not '${value}'`);
  return role;
}

/** Why a password cannot be read or used; the command prints it and exits 1. */
export class PasswordError extends Error {}

/**
 * Reads a new password: the first line of stdin with `fromStdin`, else typed twice on the terminal
 * without echo. Checked against the schema's rules before it is ever hashed.
 */
export async function readNewPassword(io: Io, name: string, fromStdin: boolean): Promise<string> {
  const { Password } = await import("@stancemap/schema");
  const stdin = io.stdin ?? processStdin;
  const check = (password: string) => {
    const result = Password.safeParse(password);
    if (!result.success) {
      throw new PasswordError(result.error.issues.map((issue) => issue.message).join("; "));
    }
    return password;
  };
  if (fromStdin) {
    const line = await stdin.readLine();
    if (line === null) throw new PasswordError("no password on stdin (give it as the first line)");
    return check(line);
  }
  if (!stdin.isTTY) {
    throw new UsageError(
      "stdin is not a terminal, so the password cannot be typed: pipe it in with --password-stdin",
    );
  }
  io.stderr(`New password for ${name} (at least 10 characters; nothing is shown): `);
  const first = await stdin.readHidden();
  io.stderr("\n");
  if (first === null) throw new PasswordError("cancelled");
  check(first);
  io.stderr("Repeat it: ");
  const second = await stdin.readHidden();
  io.stderr("\n");
  if (second === null) throw new PasswordError("cancelled");
  if (second !== first) throw new PasswordError("the two passwords differ; nothing was changed");
  return first;
}

/**
 * Prints a store error (a taken name, the last admin, an unknown id) or a password problem as one
 * line and returns exit code 1; anything else is a bug and is rethrown.
 */
export async function reportFailure(error: unknown, io: Io, command: string): Promise<number> {
  const { StoreError } = await import("@stancemap/store");
  if (error instanceof StoreError || error instanceof PasswordError) {
    io.stderr(`stancemap ${command}: ${error.message}\n`);
    return 1;
  }
  throw error;
}
