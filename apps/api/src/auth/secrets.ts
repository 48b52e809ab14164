/** Random secrets for sessions, CSRF and API tokens, and the hash under which the store keeps them. */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes, base64url: 256 bits, unguessable. */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** SHA-256 in hex: secrets are long and random, so a fast hash is enough (no salt needed). */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** API tokens start with this, so they are easy to spot in logs and secret scanners. */
export const TOKEN_PREFIX = "stm_pat_";
