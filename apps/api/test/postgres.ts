/**
 * The PostgreSQL server the store's globalSetup (packages/store/test/postgres-setup.ts) provides,
 * typed for this package's tests.
 */
export type PostgresTarget = { url: string } | { unavailable: string };

declare module "vitest" {
  export interface ProvidedContext {
    postgres: PostgresTarget;
  }
}
