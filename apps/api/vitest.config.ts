import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // Route tests run the extractor and open PGlite databases; the machine may be busy.
      testTimeout: 30_000,
      hookTimeout: 120_000,
      // The concurrency test also races on a real PostgreSQL server: the store's throwaway one.
      globalSetup: ["../../packages/store/test/postgres-setup.ts"],
    },
  }),
);
