/** Builds the single-page app into dist/, which the API server serves at `/`; tests share the resolve settings. */
import { defaultClientConditions } from "vite";
import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [solid()],
  // Internal packages resolve to their TypeScript sources, as in every other workspace.
  resolve: { conditions: ["@stancemap/source", ...defaultClientConditions] },
  build: { target: "es2022" },
  server: { proxy: { "/api": "http://localhost:3000" } },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    testTimeout: 30_000,
    // The router ships .jsx for Solid's compiler; vitest must transform it rather than import it.
    server: { deps: { inline: [/@solidjs\/router/, /@solidjs\/testing-library/] } },
  },
});
