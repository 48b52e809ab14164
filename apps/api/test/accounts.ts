/**
 * Accounts for tests: one user and one API token per role, made through the store the way
 * `stancemap users add` and `tokens create` make them, and a cheap scrypt cost so hashing stays fast.
 */
import { ROLES, type Role } from "@stancemap/schema";
import type { Repository } from "@stancemap/store";
import { hashPassword, type ScryptCost } from "../src/auth/password.js";
import { hashSecret, newSecret, TOKEN_PREFIX } from "../src/auth/secrets.js";

/** Far below the production cost: these hashes protect nothing. */
export const TEST_COST: ScryptCost = { N: 2 ** 12, r: 8, p: 1 };
export const PASSWORD = "correct horse battery staple";

export interface TestAccounts {
  /** `Authorization: Bearer …` headers per role. */
  token: Record<Role, Record<string, string>>;
  /** The user name per role (`viewer1`, …). */
  name: Record<Role, string>;
}

export async function createAccounts(store: Repository): Promise<TestAccounts> {
  const token = {} as TestAccounts["token"];
  const name = {} as TestAccounts["name"];
  for (const role of ROLES) {
    const user = `${role}1`;
    await store.createUser(
      { name: user, role, passwordHash: await hashPassword(PASSWORD, TEST_COST) },
      { actor: "test" },
    );
    const secret = newSecret(TOKEN_PREFIX);
    await store.createToken(
      { name: `${role} token`, user, role, secretHash: hashSecret(secret), expiresAt: null },
      { actor: "test" },
    );
    token[role] = { Authorization: `Bearer ${secret}` };
    name[role] = user;
  }
  return { token, name };
}
