import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

export default mergeConfig(
  shared,
  defineConfig({
    // ingest, serve and export open an embedded database and run the extractor: seconds, not ms.
    test: { testTimeout: 60_000, hookTimeout: 120_000 },
  }),
);
