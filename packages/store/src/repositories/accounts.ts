/**
 * Accounts, sessions and API tokens. The store keeps hashes only (the API hashes passwords and
 * secrets); every change to a user or token is audited in the transaction that makes it.
 */
import { type ApiToken, lesserRole, type Role, roleAtLeast, type User } from "@stancemap/schema";
import { and, asc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../database.js";
import { ConflictError, NotFoundError, translateDbError, ValidationError } from "../errors.js";
import { newId } from "../ids.js";
import { apiTokens, auditEvents, sessions, users } from "../schema.js";

/** Who makes an account change; recorded in the audit trail. */
export interface AccountEditOptions {
  actor: string;
}

export interface NewUser {
  name: string;
  role: Role;
  passwordHash: string;
}

export interface UserChanges {
  role?: Role;
  passwordHash?: string;
  disabled?: boolean;
}

export interface NewSession {
  /** SHA-256 of the cookie's secret. */
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface NewToken {
  name: string;
  /** The account the token acts for. */
  user: string;
  role: Role;
  /** SHA-256 of the secret. */
  secretHash: string;
  expiresAt: Date | null;
}

type UserRow = typeof users.$inferSelect;

function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    disabled: row.disabled,
    createdAt: row.createdAt.toISOString(),
  };
}

function toApiToken(row: typeof apiTokens.$inferSelect, user: string): ApiToken {
  return {
    id: row.id,
    name: row.name,
    user,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

function checkActor(options: AccountEditOptions): void {
  if (!options.actor.trim()) throw new ValidationError("actor is empty");
}

const byName = (name: string) => eq(sql`lower(${users.name})`, name.trim().toLowerCase());

/** What the audit trail keeps of a user: never the hash. */
const auditedUser = (user: User) => ({ name: user.name, role: user.role, disabled: user.disabled });

export async function createUser(
  db: Database,
  input: NewUser,
  options: AccountEditOptions,
): Promise<User> {
  checkActor(options);
  const name = input.name.trim();
  if (!name) throw new ValidationError("A user name cannot be empty");
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(byName(name));
      if (existing) throw new ConflictError(`A user named ${name} already exists`);
      const [row] = await tx
        .insert(users)
        .values({ id: newId("usr"), name, role: input.role, passwordHash: input.passwordHash })
        .returning();
      if (!row) throw new ConflictError(`User ${name} was not stored`);
      const user = toUser(row);
      await tx.insert(auditEvents).values({
        id: newId("aud"),
        actor: options.actor,
        action: "create_user",
        entityType: "user",
        entityId: user.id,
        before: null,
        after: auditedUser(user),
      });
      return user;
    });
  } catch (error) {
    throw translateDbError(error);
  }
}

export async function listUsers(db: Database): Promise<User[]> {
  const rows = await db.select().from(users).orderBy(asc(users.seq));
  return rows.map(toUser);
}

export async function getUser(db: Database, name: string): Promise<User> {
  const [row] = await db.select().from(users).where(byName(name));
  if (!row) throw new NotFoundError("user", name);
  return toUser(row);
}

/** The account and its hash, for checking a password; null when there is no such user. */
export async function findLogin(
  db: Database,
  name: string,
): Promise<{ user: User; passwordHash: string } | null> {
  const [row] = await db.select().from(users).where(byName(name));
  return row ? { user: toUser(row), passwordHash: row.passwordHash } : null;
}

/** Enabled admins: the server refuses shared mode without one, and the last one cannot go. */
export async function countActiveAdmins(db: Database): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false)));
  return row?.n ?? 0;
}

/**
 * Changes a user's role, password or disabled flag. A new password or disabling ends the user's
 * sessions; demoting or disabling the last enabled admin is refused.
 */
export async function updateUser(
  db: Database,
  name: string,
  changes: UserChanges,
  options: AccountEditOptions,
): Promise<User> {
  checkActor(options);
  if (Object.values(changes).every((value) => value === undefined)) {
    throw new ValidationError("Change at least one of role, password, disabled");
  }
  try {
    return await db.transaction(async (tx) => {
      // Lock every admin row: two admins demoting each other at once must not leave none.
      await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).for("update");
      const [current] = await tx.select().from(users).where(byName(name)).for("update");
      if (!current) throw new NotFoundError("user", name);
      const stillAdmin =
        (changes.role ?? current.role) === "admin" && !(changes.disabled ?? current.disabled);
      if (current.role === "admin" && !current.disabled && !stillAdmin) {
        const [others] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(users)
          .where(
            and(
              eq(users.role, "admin"),
              eq(users.disabled, false),
              sql`${users.id} <> ${current.id}`,
            ),
          );
        if ((others?.n ?? 0) === 0) {
          throw new ConflictError(
            `${current.name} is the last enabled admin; make another admin first`,
          );
        }
      }
      const [row] = await tx
        .update(users)
        .set({
          ...(changes.role !== undefined && { role: changes.role }),
          ...(changes.passwordHash !== undefined && { passwordHash: changes.passwordHash }),
          ...(changes.disabled !== undefined && { disabled: changes.disabled }),
        })
        .where(eq(users.id, current.id))
        .returning();
      if (!row) throw new NotFoundError("user", name);
      if (changes.passwordHash !== undefined || changes.disabled === true) {
        await tx.delete(sessions).where(eq(sessions.userId, current.id));
      }
      const before = toUser(current);
      const after = toUser(row);
      await tx.insert(auditEvents).values({
        id: newId("aud"),
        actor: options.actor,
        action: "update_user",
        entityType: "user",
        entityId: current.id,
        before: auditedUser(before),
        after: {
          ...auditedUser(after),
          ...(changes.passwordHash !== undefined && { passwordChanged: true }),
        },
      });
      return after;
    });
  } catch (error) {
    throw translateDbError(error);
  }
}

export async function createSession(db: Database, session: NewSession): Promise<void> {
  await db.insert(sessions).values(session);
}

/** The session and its user when the session is live and the account enabled; null otherwise. */
export async function findSession(
  db: Database,
  id: string,
  now: Date,
): Promise<{ user: User; csrfToken: string; expiresAt: Date } | null> {
  const [row] = await db
    .select({ user: users, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), eq(users.disabled, false)));
  return row
    ? { user: toUser(row.user), csrfToken: row.csrfToken, expiresAt: row.expiresAt }
    : null;
}

export async function deleteSession(db: Database, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Removes sessions past their expiry; returns how many. */
export async function deleteExpiredSessions(db: Database, now: Date): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, now))
    .returning({ id: sessions.id });
  return gone.length;
}

export async function createToken(
  db: Database,
  input: NewToken,
  options: AccountEditOptions,
): Promise<ApiToken> {
  checkActor(options);
  const name = input.name.trim();
  if (!name) throw new ValidationError("A token needs a name");
  try {
    return await db.transaction(async (tx) => {
      const [owner] = await tx.select().from(users).where(byName(input.user));
      if (!owner) throw new NotFoundError("user", input.user);
      if (owner.disabled) throw new ValidationError(`${owner.name} is disabled`);
      if (!roleAtLeast(owner.role, input.role)) {
        throw new ValidationError(
          `A token cannot have more rights than its account: ${owner.name} is a ${owner.role}, not a ${input.role}`,
        );
      }
      const [row] = await tx
        .insert(apiTokens)
        .values({
          id: newId("tok"),
          name,
          userId: owner.id,
          role: input.role,
          secretHash: input.secretHash,
          expiresAt: input.expiresAt,
        })
        .returning();
      if (!row) throw new ConflictError("The token was not stored");
      const token = toApiToken(row, owner.name);
      await tx.insert(auditEvents).values({
        id: newId("aud"),
        actor: options.actor,
        action: "create_token",
        entityType: "token",
        entityId: token.id,
        before: null,
        after: { name: token.name, user: token.user, role: token.role, expiresAt: token.expiresAt },
      });
      return token;
    });
  } catch (error) {
    throw translateDbError(error);
  }
}

export async function listTokens(db: Database): Promise<ApiToken[]> {
  const rows = await db
    .select({ token: apiTokens, user: users.name })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(asc(apiTokens.seq));
  return rows.map((row) => toApiToken(row.token, row.user));
}

export async function revokeToken(
  db: Database,
  id: string,
  options: AccountEditOptions,
): Promise<ApiToken> {
  checkActor(options);
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select({ token: apiTokens, user: users.name })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(eq(apiTokens.id, id))
        .for("update", { of: apiTokens });
      if (!current) throw new NotFoundError("token", id);
      if (current.token.revokedAt) return toApiToken(current.token, current.user);
      const [row] = await tx
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(eq(apiTokens.id, id))
        .returning();
      if (!row) throw new NotFoundError("token", id);
      const token = toApiToken(row, current.user);
      await tx.insert(auditEvents).values({
        id: newId("aud"),
        actor: options.actor,
        action: "revoke_token",
        entityType: "token",
        entityId: id,
        before: { revokedAt: null },
        after: { revokedAt: token.revokedAt },
      });
      return token;
    });
  } catch (error) {
    throw translateDbError(error);
  }
}

/**
 * The token and its account when the secret is valid (not revoked, not expired, account enabled);
 * the effective role is the lesser of the token's and the account's. Marks it used at most once
 * a minute, so reads do not turn into a write per request.
 */
export async function findToken(
  db: Database,
  secretHash: string,
  now: Date,
): Promise<{ token: ApiToken; user: User; role: Role } | null> {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.secretHash, secretHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(users.disabled, false),
      ),
    );
  if (!row) return null;
  const stale = new Date(now.getTime() - 60_000);
  if (!row.token.lastUsedAt || row.token.lastUsedAt < stale) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  }
  return {
    token: toApiToken(row.token, row.user.name),
    user: toUser(row.user),
    role: lesserRole(row.token.role, row.user.role),
  };
}
