/** Fresh ids for records the store creates itself (review decisions, audit events, users, tokens). */
import { randomUUID } from "node:crypto";

/** `prefix_` + 32 random hex digits: matches the schema's `prefix_[a-z0-9]{6,64}` id pattern. */
export function newId(prefix: "rev" | "aud" | "usr" | "tok"): string {
  return `${prefix}_${randomUUID().replaceAll("-", "")}`;
}
