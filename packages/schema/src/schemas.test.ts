/** Contract tests: the Zod schemas and the shipped JSON Schemas accept and reject the same fixtures, and the files are current. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { type TopLevelSchemaName, toJsonSchema, topLevelSchemas } from "./json-schemas.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const fixturesDir = join(packageDir, "test", "fixtures");
const jsonDir = join(packageDir, "json");
const names = Object.keys(topLevelSchemas) as TopLevelSchemaName[];

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const fixtures = (name: string, kind: "valid" | "invalid") =>
  readdirSync(join(fixturesDir, name, kind))
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ file, data: readJson(join(fixturesDir, name, kind, file)) }));

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ajvFormats.default;
// Strict mode turns unknown keywords and formats, and ambiguous types, into errors rather than silent passes.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
/** Validators compiled from the committed files, which are what the package ships. */
const validators = new Map(
  names.map((name) => [
    name,
    ajv.compile(readJson(join(jsonDir, `${name}.schema.json`)) as object),
  ]),
);

describe("fixtures", () => {
  it("exist for every top-level schema and nothing else", () => {
    expect(readdirSync(fixturesDir).sort()).toEqual([...names].sort());
  });

  describe.each(names)("%s", (name) => {
    const schema = topLevelSchemas[name];
    const validate = validators.get(name);
    if (!validate) throw new Error(`no validator for ${name}`);
    const valid = fixtures(name, "valid");
    const invalid = fixtures(name, "invalid");

    it("has several valid and several invalid fixtures", () => {
      expect(valid.length).toBeGreaterThanOrEqual(3);
      expect(invalid.length).toBeGreaterThanOrEqual(3);
    });

    it.each(valid)("valid/$file parses with Zod and the JSON Schema", ({ data }) => {
      expect(schema.safeParse(data).error?.issues ?? []).toEqual([]);
      validate(data);
      expect(validate.errors ?? []).toEqual([]);
    });

    it.each(invalid)("invalid/$file breaks exactly one rule in Zod and fails the JSON Schema", ({
      data,
    }) => {
      const result = schema.safeParse(data);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toHaveLength(1);
      expect(validate(data)).toBe(false);
    });
  });
});

describe("json/*.schema.json", () => {
  it("holds one file per top-level schema", () => {
    expect(readdirSync(jsonDir).sort()).toEqual(names.map((name) => `${name}.schema.json`).sort());
  });

  it.each(names)("%s.schema.json equals what toJsonSchema() generates now", (name) => {
    const committed = readJson(join(jsonDir, `${name}.schema.json`));
    expect(
      committed,
      `json/${name}.schema.json is stale: run \`npm run json\` in packages/schema`,
    ).toEqual(toJsonSchema(name));
  });

  it.each(names)("%s has a stable $id and targets draft 2020-12", (name) => {
    const json = toJsonSchema(name);
    expect(json.$id).toBe(`https://stancemap.dev/schema/${name}.schema.json`);
    expect(json.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it.each(names)("every property in %s has a description", (name) => {
    expect(undescribedProperties(toJsonSchema(name), "#")).toEqual([]);
  });

  it("the description check finds a property without one", () => {
    const json = { properties: { a: { type: "object", properties: { b: { type: "string" } } } } };
    expect(undescribedProperties(json, "#")).toEqual([
      "#/properties/a",
      "#/properties/a/properties/b",
    ]);
  });
});

/** JSON pointers of every property schema, at any depth, that lacks a `description`. */
function undescribedProperties(node: unknown, pointer: string): string[] {
  if (Array.isArray(node))
    return node.flatMap((item, i) => undescribedProperties(item, `${pointer}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "examples" || key === "enum" || key === "const") continue;
    if (key === "properties" && value !== null && typeof value === "object") {
      for (const [property, sub] of Object.entries(value)) {
        const at = `${pointer}/properties/${property}`;
        if (typeof (sub as { description?: unknown }).description !== "string") found.push(at);
        found.push(...undescribedProperties(sub, at));
      }
    } else {
      found.push(...undescribedProperties(value, `${pointer}/${key}`));
    }
  }
  return found;
}
