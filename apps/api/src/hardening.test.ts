/** Security headers on every answer, and uploaded HTML that never comes back as HTML. */
import { extractCorpus } from "@stancemap/extract";
import { DocumentDetail, IngestResult } from "@stancemap/schema";
import { createStore, type Store } from "@stancemap/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";

let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await createStore({ url: "memory://" });
  app = createApp({ store, extract: extractCorpus });
}, 60_000);
afterAll(async () => {
  await store.close();
});

const HOSTILE = `<!doctype html><html><head><title>Minister rejects the tax</title>
<script>window.pwned = true</script></head><body><article>
<h1>Minister rejects the tax</h1>
<p>The finance minister of Norland, Erik Dahl, said on Monday that the government would never accept the new border tax.</p>
<p><img src="x" onerror="window.pwned = true">“We will not pay for a wall we did not build,” Dahl told reporters.</p>
</article></body></html>`;

describe("security headers", () => {
  it("sends a script-free CSP, nosniff, no framing and a referrer policy on every answer", async () => {
    for (const path of ["/health", "/api/statements", "/docs", "/api/nothing", "/openapi.json"]) {
      const res = await app.request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(res.headers.get("referrer-policy"), path).toBe("same-origin");
    }
  });

  it("serves the API reference with its style from a file, nothing inline", async () => {
    const page = await (await app.request("/docs")).text();
    expect(page).not.toMatch(/<script|<style|style="/);
    expect(page).toContain('href="/docs.css"');
    const css = await app.request("/docs.css");
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
  });
});

describe("uploaded HTML", () => {
  it("is stored as text and only ever sent back inside JSON", async () => {
    const form = new FormData();
    form.append("files", new File([HOSTILE], "hostile.html", { type: "text/html" }));
    const posted = await app.request("/api/documents", { method: "POST", body: form });
    expect(posted.status).toBe(201);
    const [doc] = IngestResult.parse(await posted.json()).documents;
    if (!doc) throw new Error("the article was ingested");
    const res = await app.request(`/api/documents/${doc.id}`);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const detail = DocumentDetail.parse(await res.json());
    // The article body is text: readability keeps the words, no markup and no script survives.
    expect(detail.document.text).toContain("We will not pay for a wall");
    expect(detail.document.text).not.toMatch(/<script|onerror|<img/);
    for (const format of ["csv", "ndjson", "json"]) {
      const exported = await app.request(`/api/export?format=${format}`);
      expect(exported.headers.get("content-type"), format).not.toMatch(/html/);
    }
  });
});

describe("media types", () => {
  it("asks for JSON by name instead of reporting a text body as missing fields", async () => {
    const res = await app.request("/api/users", {
      method: "POST",
      headers: { "Content-Type": "text/plain", "Content-Length": "2" },
      body: "{}",
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { detail: string }).detail).toMatch(
      /application\/json.*text\/plain/,
    );
  });
});
