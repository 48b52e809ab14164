/**
 * Login throttling: after too many failed sign-ins for one account, or from one address, within a
 * window, further attempts are refused until the lockout ends. In memory: one server process
 * owns a PGlite database; behind several PostgreSQL-backed servers each keeps its own count.
 */

export interface ThrottleOptions {
  /** Failures allowed per account within the window (default 5). */
  perAccount?: number;
  /** Failures allowed per address within the window (default 20). */
  perAddress?: number;
  /** How long failures count, and how long a lockout lasts (default 15 minutes). */
  windowMs?: number;
  now?: () => number;
}

interface Counter {
  failures: number;
  since: number;
  lockedUntil: number;
}

export interface Lockout {
  /** Which limit was hit. */
  scope: "account" | "address";
  retryAfterMs: number;
}

export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();
  private readonly perAccount: number;
  private readonly perAddress: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: ThrottleOptions = {}) {
    this.perAccount = options.perAccount ?? 5;
    this.perAddress = options.perAddress ?? 20;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** The lockout in force for this account or address, if any; checked before the password. */
  check(account: string, address: string): Lockout | null {
    const now = this.now();
    for (const [scope, key] of this.keys(account, address)) {
      const counter = this.counters.get(key);
      if (counter && counter.lockedUntil > now) {
        return { scope, retryAfterMs: counter.lockedUntil - now };
      }
    }
    return null;
  }

  failed(account: string, address: string): void {
    const now = this.now();
    for (const [scope, key] of this.keys(account, address)) {
      let counter = this.counters.get(key);
      if (!counter || now - counter.since > this.windowMs) {
        counter = { failures: 0, since: now, lockedUntil: 0 };
        this.counters.set(key, counter);
      }
      counter.failures++;
      const limit = scope === "account" ? this.perAccount : this.perAddress;
      if (counter.failures >= limit) counter.lockedUntil = now + this.windowMs;
    }
    this.sweep(now);
  }

  /** A successful sign-in clears the account's count (not the address's: one good password must not reset a spray). */
  succeeded(account: string): void {
    this.counters.delete(`account:${account.toLowerCase()}`);
  }

  private keys(account: string, address: string): ["account" | "address", string][] {
    return [
      ["account", `account:${account.toLowerCase()}`],
      ["address", `address:${address}`],
    ];
  }

  /** Forgets stale counters so a flood of made-up names cannot grow the map without bound. */
  private sweep(now: number): void {
    if (this.counters.size < 10_000) return;
    for (const [key, counter] of this.counters) {
      if (counter.lockedUntil <= now && now - counter.since > this.windowMs)
        this.counters.delete(key);
    }
  }
}
