/** The committed apps/api/openapi.json must be what the routes generate. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openApiJson } from "./openapi-file.js";

describe("openapi.json", () => {
  it("is up to date with the routes (run `npm run openapi -w @stancemap/api` after changing one)", async () => {
    const committed = readFileSync(new URL("../openapi.json", import.meta.url), "utf8");
    expect(committed).toBe(await openApiJson());
  });

  it("declares a problem+json error response and a description on every operation", async () => {
    const spec = JSON.parse(await openApiJson());
    for (const [path, item] of Object.entries<Record<string, Record<string, unknown>>>(
      spec.paths,
    )) {
      for (const [method, op] of Object.entries(item)) {
        expect(op.description, `${method} ${path}`).toBeTruthy();
        const responses = op.responses as Record<string, { content?: Record<string, unknown> }>;
        expect(Object.keys(responses[500]?.content ?? {}), `${method} ${path}`).toEqual([
          "application/problem+json",
        ]);
      }
    }
  });

  it("names shared records once under components, and every reference resolves", async () => {
    const spec = JSON.parse(await openApiJson());
    const schemas = spec.components.schemas as Record<string, unknown>;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(["Statement", "Problem", "ComparisonTable", "IngestResult"]),
    );
    const refs = [...JSON.stringify(spec).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(50);
    for (const [, name] of refs) expect(schemas, name).toHaveProperty(name as string);
    // The 404 of a route points at Problem rather than repeating it.
    const notFound = spec.paths["/api/actors/{id}"].get.responses["404"];
    expect(notFound.content["application/problem+json"].schema).toEqual({
      $ref: "#/components/schemas/Problem",
    });
  });
});
