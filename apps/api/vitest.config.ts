import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

export default mergeConfig(
  shared,
  defineConfig({
    // Route tests run the extractor and open PGlite databases; the machine may be busy.
    test: { testTimeout: 30_000, hookTimeout: 120_000 },
  }),
);
