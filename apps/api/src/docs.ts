/** The API reference page at /docs: the OpenAPI document rendered to one self-contained HTML page, no scripts. */

type Json = Record<string, unknown>;

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
/** Deeper schemas are summarised, not expanded, so the page stays readable. */
const MAX_DEPTH = 5;

function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** Inline `code` spans in descriptions, the only Markdown the descriptions use. */
function prose(text: unknown): string {
  if (typeof text !== "string" || text === "") return "";
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

const asObject = (value: unknown): Json | undefined =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const refName = (schema: Json): string | undefined =>
  typeof schema.$ref === "string" ? schema.$ref.split("/").at(-1) : undefined;

/** A one-line type as HTML: `string (pattern ^act_…)`, `array of <a>Statement</a>`, `integer ≥ 0 | null`. */
function typeLabel(schema: Json): string {
  const ref = refName(schema);
  if (ref) return `<a href="#schema-${escapeHtml(ref)}">${escapeHtml(ref)}</a>`;
  const variants = asArray(schema.anyOf ?? schema.oneOf);
  if (variants.length > 0) {
    return variants.map((v) => typeLabel(asObject(v) ?? {})).join(" | ");
  }
  if (schema.const !== undefined) return escapeHtml(JSON.stringify(schema.const));
  if (Array.isArray(schema.enum)) {
    return escapeHtml(schema.enum.map((v) => JSON.stringify(v)).join(" | "));
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "any"];
  return types
    .map((type) => {
      if (type === "array") {
        const items = asObject(schema.items);
        return `array of ${items ? typeLabel(items) : "any"}`;
      }
      const notes: string[] = [];
      if (schema.format) notes.push(String(schema.format));
      if (schema.pattern) notes.push(`pattern ${schema.pattern}`);
      if (schema.minimum !== undefined) notes.push(`≥ ${schema.minimum}`);
      if (schema.maximum !== undefined) notes.push(`≤ ${schema.maximum}`);
      if (schema.minLength !== undefined && schema.minLength !== 0)
        notes.push(`min length ${schema.minLength}`);
      if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
      return escapeHtml(notes.length > 0 ? `${type} (${notes.join(", ")})` : String(type));
    })
    .join(" | ");
}

/** The object schema to expand under a field, if any: the object itself, its items, or a variant. */
function nestedObject(schema: Json): Json | undefined {
  if (refName(schema)) return undefined;
  if (asObject(schema.properties)) return schema;
  const items = asObject(schema.items);
  if (items) return nestedObject(items);
  for (const variant of asArray(schema.anyOf ?? schema.oneOf)) {
    const found = nestedObject(asObject(variant) ?? {});
    if (found) return found;
  }
  return undefined;
}

/** Named schemas, for bodies that are one: their fields are shown where the body is. */
type Components = Record<string, Json>;

function renderSchema(schema: Json, depth = 0, components: Components = {}): string {
  const ref = refName(schema);
  const named = ref ? components[ref] : undefined;
  if (ref && named && depth === 0) {
    return `<p class="type">${typeLabel(schema)}: ${prose(named.description)}</p>${renderSchema(named, 1)}`;
  }
  const properties = asObject(schema.properties);
  if (!properties) {
    return `<p class="type"><code>${typeLabel(schema)}</code> ${prose(schema.description)}</p>`;
  }
  const required = new Set(asArray(schema.required).map(String));
  const rows = Object.entries(properties).map(([name, value]) => {
    const field = asObject(value) ?? {};
    const nested = nestedObject(field);
    const body =
      nested && depth < MAX_DEPTH
        ? `<details><summary>fields</summary>${renderSchema(nested, depth + 1)}</details>`
        : "";
    const examples = asArray(field.examples).filter((e) => e !== null);
    const example =
      examples.length > 0 && !nested
        ? `<div class="example">e.g. <code>${escapeHtml(JSON.stringify(examples[0]))}</code></div>`
        : "";
    return `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? "" : ' <span class="opt">optional</span>'}</td><td><code>${typeLabel(field)}</code></td><td>${prose(field.description)}${example}${body}</td></tr>`;
  });
  return `<table class="fields"><tbody>${rows.join("")}</tbody></table>`;
}

function renderParameters(parameters: unknown[]): string {
  if (parameters.length === 0) return "";
  const rows = parameters.map((p) => {
    const param = asObject(p) ?? {};
    const schema = asObject(param.schema) ?? {};
    return `<tr><td><code>${escapeHtml(param.name)}</code>${param.required ? "" : ' <span class="opt">optional</span>'}</td><td>${escapeHtml(param.in)}</td><td><code>${typeLabel(schema)}</code></td><td>${prose(param.description ?? schema.description)}</td></tr>`;
  });
  return `<h4>Parameters</h4><table class="fields"><thead><tr><th>name</th><th>in</th><th>type</th><th></th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function renderContent(content: unknown, components: Components): string {
  const media = asObject(content);
  if (!media) return "";
  return Object.entries(media)
    .map(([type, value]) => {
      const schema = asObject(asObject(value)?.schema) ?? {};
      return `<div class="media"><span class="ctype">${escapeHtml(type)}</span>${renderSchema(schema, 0, components)}</div>`;
    })
    .join("");
}

function renderOperation(method: string, path: string, op: Json, components: Components): string {
  const id = `${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`;
  const body = asObject(op.requestBody);
  const responses = Object.entries(asObject(op.responses) ?? {})
    .map(([status, value]) => {
      const response = asObject(value) ?? {};
      const isError = Number(status) >= 400;
      const content = renderContent(response.content, components);
      const summary = `<span class="status ${isError ? "err" : "ok"}">${escapeHtml(status)}</span> ${prose(response.description)}`;
      // Every error body is the same Problem schema; collapse it so successes stand out.
      return isError || !content
        ? `<details class="response"><summary>${summary}</summary>${content}</details>`
        : `<div class="response"><div>${summary}</div>${content}</div>`;
    })
    .join("");
  return `<section class="op" id="${escapeHtml(id)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code> <span class="summary">${escapeHtml(op.summary ?? "")}</span></h3>
<p>${prose(op.description)}</p>
${renderParameters(asArray(op.parameters))}
${body ? `<h4>Request body${body.required ? "" : " (see description)"}</h4>${renderContent(body.content, components)}` : ""}
<h4>Responses</h4>${responses}
</section>`;
}

/** Served as /docs.css: the Content-Security-Policy allows no inline style. */
export const DOCS_STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#fafafa}
header{background:#1d2330;color:#fff;padding:1.2rem 2rem}header p{max-width:60rem;color:#d5d9e2}
main{display:flex;gap:2rem;padding:1rem 2rem}nav{min-width:14rem;position:sticky;top:1rem;align-self:flex-start}
nav a{display:block;color:#1d2330;text-decoration:none;font-size:.85rem;padding:.1rem 0}nav h2{font-size:.8rem;text-transform:uppercase;margin:1rem 0 .2rem;color:#667}
.content{flex:1;min-width:0}.op{background:#fff;border:1px solid #dde;border-radius:6px;padding:.5rem 1.2rem;margin:0 0 1.2rem}
.method{display:inline-block;min-width:3.5rem;text-align:center;border-radius:4px;color:#fff;font-size:.8rem;padding:.1rem .3rem}
.get{background:#2f7d4f}.post{background:#2956a3}.put,.patch{background:#8a5a00}.delete{background:#a32929}
.summary{font-weight:normal;color:#556}table.fields{border-collapse:collapse;width:100%;font-size:.88rem}
.fields td,.fields th{border-top:1px solid #eef;padding:.25rem .5rem;vertical-align:top;text-align:left}
.opt{color:#889;font-size:.75rem}.ctype{font-family:monospace;font-size:.8rem;color:#556}.example{color:#667;font-size:.8rem}
.status{font-weight:bold}.status.ok{color:#2f7d4f}.status.err{color:#a32929}details>summary{cursor:pointer}
.response{margin:.3rem 0}code{font-size:.85em;word-break:break-word}h4{margin:.8rem 0 .3rem}
header a.spec{color:#9cf}`;

/** The whole page; every string from the document is escaped. */
export function renderDocsPage(spec: Json): string {
  const info = asObject(spec.info) ?? {};
  const paths = asObject(spec.paths) ?? {};
  const components = (asObject(asObject(spec.components)?.schemas) ?? {}) as Components;
  const byTag = new Map<string, { method: string; path: string; op: Json }[]>();
  for (const [path, value] of Object.entries(paths)) {
    const item = asObject(value) ?? {};
    for (const method of METHODS) {
      const op = asObject(item[method]);
      if (!op) continue;
      const tag = String(asArray(op.tags)[0] ?? "other");
      const list = byTag.get(tag) ?? [];
      list.push({ method, path, op });
      byTag.set(tag, list);
    }
  }
  const tagOrder = asArray(spec.tags).map((t) => String(asObject(t)?.name));
  const tags = [...byTag.keys()].sort(
    (a, b) => (tagOrder.indexOf(a) + 1 || 99) - (tagOrder.indexOf(b) + 1 || 99),
  );
  const nav = tags
    .map(
      (tag) =>
        `<h2>${escapeHtml(tag)}</h2>${(byTag.get(tag) ?? [])
          .map(
            ({ method, path }) =>
              `<a href="#${escapeHtml(`${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`)}">${method.toUpperCase()} ${escapeHtml(path)}</a>`,
          )
          .join("")}`,
    )
    .join("");
  const sections = tags
    .map(
      (tag) =>
        `<h2>${escapeHtml(tag)}</h2>${(byTag.get(tag) ?? []).map(({ method, path, op }) => renderOperation(method, path, op, components)).join("")}`,
    )
    .join("");
  const names = Object.keys(components);
  const schemaNav = `<h2>schemas</h2>${names.map((name) => `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`).join("")}`;
  const schemaSections = `<h2>schemas</h2>${names
    .map(
      (name) =>
        `<section class="op" id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3><p>${prose(components[name]?.description)}</p>${renderSchema(components[name] ?? {}, 1)}</section>`,
    )
    .join("")}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title ?? "API")} reference</title><link rel="stylesheet" href="/docs.css"></head>
<body><header><h1>${escapeHtml(info.title ?? "API")} <small>${escapeHtml(info.version ?? "")}</small></h1><p>${prose(info.description)}</p>
<p>Machine-readable: <a class="spec" href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(spec.openapi ?? "")})</p></header>
<main><nav>${nav}${schemaNav}</nav><div class="content">${sections}${schemaSections}</div></main></body></html>`;
}
