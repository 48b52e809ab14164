import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // Starts a throwaway PostgreSQL server unless DATABASE_URL names one.
      globalSetup: ["test/postgres-setup.ts"],
      // Each test opens its own PGlite instance or PostgreSQL database.
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  }),
);
