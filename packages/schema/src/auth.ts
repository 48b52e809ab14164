/** Accounts, roles, sessions and API tokens: who may read and write, as the API and its clients see them. */
import { z } from "zod";
import { ApiTokenId, Timestamp, UserId } from "./ids.js";

/** Each role can do everything the roles before it can. */
export const ROLES = ["viewer", "reviewer", "editor", "admin"] as const;

export const Role = z.enum(ROLES).meta({
  description:
    "viewer reads; reviewer also records review decisions; editor also ingests documents and renames or merges topics and actors; admin also manages users and tokens.",
  examples: ["reviewer"],
});
export type Role = z.infer<typeof Role>;

/** Whether `role` includes the rights of `needed`. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** The lesser of two roles: a token never grants more than its owner has. */
export function lesserRole(a: Role, b: Role): Role {
  return ROLES.indexOf(a) <= ROLES.indexOf(b) ? a : b;
}

export const UserName = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._@-]*$/u, {
    error: "A user name is letters, digits and . _ @ - (starting with a letter or digit)",
  })
  .meta({ description: "Sign-in name, unique regardless of case.", examples: ["alice"] });
export type UserName = z.infer<typeof UserName>;

/** Long enough to resist guessing; capped so hashing a body cannot be made expensive. */
export const Password = z
  .string()
  .min(10, { error: "A password needs at least 10 characters" })
  .max(1024)
  .meta({ description: "At least 10 characters.", examples: ["correct horse battery"] });

export const User = z
  .strictObject({
    id: UserId,
    name: UserName,
    role: Role,
    disabled: z.boolean().meta({
      description: "A disabled account cannot sign in; its sessions and tokens stop working.",
      examples: [false],
    }),
    createdAt: Timestamp,
  })
  .meta({ title: "User", description: "A reviewer account (never with its password hash)." });
export type User = z.infer<typeof User>;

export const AuthMode = z.enum(["local", "required"]).meta({
  description:
    "local: one local user with every role, no sign-in (the server listens on loopback only); required: accounts are needed.",
  examples: ["local"],
});
export type AuthMode = z.infer<typeof AuthMode>;

export const Principal = z
  .strictObject({
    name: z.string().min(1).meta({ description: "The name writes are recorded under." }),
    role: Role,
    via: z.enum(["local", "session", "token"]).meta({
      description: "How the request was authenticated.",
      examples: ["session"],
    }),
  })
  .meta({ title: "Principal", description: "Who a request acts as." });
export type Principal = z.infer<typeof Principal>;

export const SessionInfo = z
  .strictObject({
    mode: AuthMode,
    principal: Principal.nullable().meta({ description: "Who you are; null when signed out." }),
    csrfToken: z.string().nullable().meta({
      description:
        "Send it as the `X-CSRF-Token` header on every write made with the session cookie; null when signed out.",
    }),
    expiresAt: Timestamp.nullable().meta({
      description: "When the session ends; null in local mode or when signed out.",
    }),
  })
  .meta({ title: "SessionInfo", description: "The current sign-in state." });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const LoginRequest = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .meta({ examples: ["alice"] }),
    password: z.string().min(1).max(1024),
  })
  .meta({ title: "LoginRequest", description: "A user name and password." });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const UserCreateRequest = z
  .strictObject({ name: UserName, role: Role, password: Password })
  .meta({ title: "UserCreateRequest", description: "A new account." });
export type UserCreateRequest = z.infer<typeof UserCreateRequest>;

export const UserUpdateRequest = z
  .strictObject({
    role: Role.optional(),
    password: Password.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    error: "Change at least one of role, password, disabled",
  })
  .meta({
    title: "UserUpdateRequest",
    description: "What to change on an account; a new password or disabling it ends its sessions.",
  });
export type UserUpdateRequest = z.infer<typeof UserUpdateRequest>;

export const ApiToken = z
  .strictObject({
    id: ApiTokenId,
    name: z
      .string()
      .min(1)
      .meta({ description: "What the token is for.", examples: ["nightly ingest"] }),
    user: UserName.meta({ description: "The account it acts for; writes are recorded under it." }),
    role: Role.meta({ description: "Its scope; never more than its account's role." }),
    createdAt: Timestamp,
    expiresAt: Timestamp.nullable(),
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
  })
  .meta({ title: "ApiToken", description: "An API token (its secret is shown only once)." });
export type ApiToken = z.infer<typeof ApiToken>;

export const TokenCreateRequest = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .meta({ examples: ["nightly ingest"] }),
    role: Role,
    user: UserName.optional().meta({
      description: "The account it acts for; defaults to the caller.",
    }),
    expiresInDays: z
      .int()
      .min(1)
      .max(3650)
      .optional()
      .meta({ description: "Lifetime; no expiry when absent.", examples: [90] }),
  })
  .meta({ title: "TokenCreateRequest", description: "A new API token." });
export type TokenCreateRequest = z.infer<typeof TokenCreateRequest>;

export const TokenCreated = z
  .strictObject({
    token: ApiToken,
    secret: z.string().min(32).meta({
      description: "Send as `Authorization: Bearer <secret>`. Shown once: only its hash is stored.",
    }),
  })
  .meta({ title: "TokenCreated", description: "A new token and its secret." });
export type TokenCreated = z.infer<typeof TokenCreated>;
