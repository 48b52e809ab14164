// biome-ignore lint/style/noRestrictedImports: tests read the bundled sample corpus; src never does.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatSize, InputError, loadDocument, MAX_INPUT_BYTES } from "./input.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Windows-1251 by its table: А–я are 0xC0–0xFF, Ё 0xA8, ё 0xB8, « 0xAB, » 0xBB; ASCII as is. */
function cp1251(s: string): Uint8Array {
  return Uint8Array.from([...s], (c) => {
    const u = c.codePointAt(0) as number;
    if (u < 0x80) return u;
    if (u >= 0x410 && u <= 0x44f) return u - 0x410 + 0xc0;
    if (u === 0x401) return 0xa8;
    if (u === 0x451) return 0xb8;
    if (u === 0xab) return 0xab;
    if (u === 0xbb) return 0xbb;
    throw new Error(`not in the test table: ${c}`);
  });
}

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const [lo, hi] = [code & 0xff, code >> 8];
    out[2 + i * 2] = littleEndian ? lo : hi;
    out[3 + i * 2] = littleEndian ? hi : lo;
  }
  return out;
}

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("loadDocument: refusals", () => {
  it("refuses an empty file, naming it", () => {
    const error = thrown(() => loadDocument("a/empty.txt", new Uint8Array()));
    expect(error.origin).toBe("a/empty.txt");
    expect(error.problem).toBe("empty");
    expect(error.message).toBe("a/empty.txt: empty file");
  });

  it("refuses a file of only whitespace", () => {
    expect(thrown(() => loadDocument("blank.txt", utf8(" \n\n\t\n"))).problem).toBe("empty");
  });

  it("refuses binary content with NUL bytes", () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const error = thrown(() => loadDocument("picture.txt", png));
    expect(error.problem).toBe("binary");
    expect(error.message).toMatch(/^picture\.txt: looks binary/);
  });

  it("refuses content that is mostly control characters even without NULs", () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 7)));
    expect(thrown(() => loadDocument("odd.txt", bytes)).problem).toBe("binary");
  });

  it("refuses files over 5 MB with the size in the message, before decoding them", () => {
    const big = new Uint8Array(Math.round(7.3 * 1024 * 1024)).fill(0x61);
    const error = thrown(() => loadDocument("huge.txt", big));
    expect(error.problem).toBe("too_large");
    expect(error.message).toBe("huge.txt: too large: 7.3 MB, limit 5 MB");
  });

  it("accepts a file of exactly the limit", () => {
    const bytes = new Uint8Array(MAX_INPUT_BYTES).fill(0x61);
    bytes.fill(0x0a, 0, 1);
    expect(loadDocument("limit.txt", bytes).text.length).toBe(MAX_INPUT_BYTES);
  });

  it("refuses mostly-UTF-8 text with a broken byte instead of guessing an encoding", () => {
    const good = utf8("Grüße aus Köln, sagte der Bürgermeister über die Straße. ".repeat(4));
    const bytes = new Uint8Array([...good, 0xff, ...good]);
    const error = thrown(() => loadDocument("broken.txt", bytes));
    expect(error.problem).toBe("undecodable");
    expect(error.message).toBe(`broken.txt: invalid UTF-8 at byte ${good.length}`);
  });

  it("formats sizes for people", () => {
    expect(formatSize(MAX_INPUT_BYTES)).toBe("5 MB");
    expect(formatSize(1536)).toBe("1.5 KB");
    expect(formatSize(12)).toBe("12 B");
  });
});

describe("loadDocument: encodings", () => {
  it("reads valid UTF-8 as utf-8, text unchanged", () => {
    const text = "Zelensky said: “We need guarantees.” — Ü, é, Ж.\n";
    const doc = loadDocument("a.txt", utf8(text));
    expect(doc).toMatchObject({
      encoding: "utf-8",
      format: "text",
      text,
      header: null,
      stated: {},
    });
  });

  it("drops a UTF-8 byte-order mark, so offsets start at the first visible character", () => {
    const doc = loadDocument(
      "bom.txt",
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("title: A\n\nBody.")]),
    );
    expect(doc.encoding).toBe("utf-8");
    expect(doc.text).toBe("title: A\n\nBody.");
    expect(doc.stated.title).toBe("A");
  });

  it("detects Windows-1251 Russian", () => {
    const text =
      "Министры иностранных дел стран «Большой семёрки» предупредили Россию о серьёзных последствиях.\n\n" +
      "Об этом говорится в совместном заявлении, опубликованном в воскресенье.\n";
    const doc = loadDocument("ru.txt", cp1251(text));
    expect(doc.encoding).toBe("windows-1251");
    expect(doc.text).toBe(text);
  });

  it("detects Latin-1 / Windows-1252 French", () => {
    const text =
      "Le ministre a déclaré à la presse que l'accord était « très fragile » et qu'il faudrait négocier.";
    const bytes = Uint8Array.from([...text], (c) => c.charCodeAt(0));
    const doc = loadDocument("fr.txt", bytes);
    expect(doc.encoding).toBe("windows-1252");
    expect(doc.text).toBe(text);
  });

  it("reads UTF-16 LE and BE with a byte-order mark, dropping the mark", () => {
    const text = "title: Переговоры\n\nThe minister said talks would resume — «soon».";
    for (const le of [true, false]) {
      const doc = loadDocument("w.txt", utf16(text, le));
      expect(doc.encoding).toBe(le ? "utf-16le" : "utf-16be");
      expect(doc.text).toBe(text);
      expect(doc.stated.title).toBe("Переговоры");
    }
  });

  it("reads UTF-16 LE without a byte-order mark", () => {
    const text = "The ministers agreed to extend the talks by a month.";
    const doc = loadDocument("w.txt", utf16(text, true).subarray(2));
    expect(doc.encoding).toBe("utf-16le");
    expect(doc.text).toBe(text);
  });
});

describe("loadDocument: header block", () => {
  const body = "Ministers agree to extend talks\n\nThe ministers agreed on Tuesday.\n";

  it("reads the five keys, case-insensitive and in any order, keeping notes in the raw values", () => {
    const header =
      "Language: en\nURL: https://example.com/news/1\nnotes: unknown keys belong to the block\n" +
      "DATE: 2018-04-30 (from URL)\nOutlet: Example News\ntitle: Ministers agree to extend talks\n\n";
    const doc = loadDocument("h.txt", utf8(header + body));
    expect(doc.stated).toEqual({
      language: "en",
      url: "https://example.com/news/1",
      date: "2018-04-30 (from URL)",
      outlet: "Example News",
      title: "Ministers agree to extend talks",
    });
    expect(doc.header).toEqual({ start: 0, end: header.length });
    expect(doc.text.slice(doc.header?.end)).toBe(body);
    expect(doc.text).toBe(header + body);
  });

  it("handles CRLF line ends", () => {
    const text = "title: A headline\r\ndate: 2025-01-15\r\n\r\nBody line.\r\n";
    const doc = loadDocument("crlf.txt", utf8(text));
    expect(doc.stated).toEqual({ title: "A headline", date: "2025-01-15" });
    expect(text.slice(doc.header?.end)).toBe("Body line.\r\n");
  });

  it("does not take a first line like 'Report: ...' for a header", () => {
    const text = "Report: U.S. confirms the files\n\nThe files were shown on Monday.";
    expect(loadDocument("r.txt", utf8(text)).header).toBeNull();
  });

  it("needs the blank line: key-value lines running into prose are not a header", () => {
    const text = "date: Monday\nThe talks began on Monday and ended late.";
    expect(loadDocument("r.txt", utf8(text)).header).toBeNull();
  });

  it("reads YAML front matter in Markdown, and the header form too", () => {
    const front =
      '---\ntitle: "Talks extended"\npublisher: Example News\ndate: 2025-01-15\ntags: [a, b]\n---\n\n';
    const md = loadDocument("n.md", utf8(`${front}# Talks extended\n\nText.`));
    expect(md.format).toBe("markdown");
    expect(md.stated).toEqual({
      title: "Talks extended",
      outlet: "Example News",
      date: "2025-01-15",
    });
    expect(md.header).toEqual({ start: 0, end: front.length });
    const plain = loadDocument("n.markdown", utf8("title: T\n\n# T\n"));
    expect(plain.stated.title).toBe("T");
  });
});

describe("loadDocument: HTML", () => {
  const page = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Ministers agree | Example News</title>
<meta property="og:title" content="Ministers agree to extend talks">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.com/news/1">
<meta property="article:published_time" content="2025-01-15T09:30:00Z">
<script>window.tracking = "should never appear";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Ministers agree to extend talks</h1>
<p>The ministers of three countries agreed on Tuesday to extend their tariff talks by another month, officials said, after a long night of negotiations in the capital.</p>
<p>“We are not there yet,” the trade minister told reporters. Words in <b>bold</b> and <a href="/x">a link</a> stay in the same paragraph.</p>
<p>Officials said<br>the next round would start in March, and that both sides had agreed to keep the details of the proposals confidential.</p>
</article>
<footer>© 2025 Example News</footer>
</body></html>`;

  it("extracts the article with readability: paragraphs as blank-line-separated text, no markup", () => {
    const doc = loadDocument("https://example.com/news/1", utf8(page));
    expect(doc.format).toBe("html");
    expect(doc.header).toBeNull();
    const paragraphs = doc.text.split("\n\n");
    expect(paragraphs).toContain(
      "“We are not there yet,” the trade minister told reporters. Words in bold and a link stay in the same paragraph.",
    );
    expect(paragraphs[0]).toMatch(/^The ministers of three countries agreed on Tuesday/);
    expect(doc.text).toContain("Officials said\nthe next round would start in March");
    expect(doc.text).not.toMatch(/[<>]|tracking|Home/);
  });

  it("reads title, outlet, canonical URL, date and language from the page", () => {
    const doc = loadDocument("page.html", utf8(page));
    expect(doc.stated).toEqual({
      title: "Ministers agree to extend talks",
      outlet: "Example News",
      url: "https://example.com/news/1",
      date: "2025-01-15T09:30:00Z",
      language: "en-GB",
    });
  });

  it("falls back to JSON-LD datePublished and <time datetime>", () => {
    const withLd = page
      .replace(/<meta property="article:published_time"[^>]*>/, "")
      .replace(
        "</head>",
        '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-01-14"}]}</script></head>',
      );
    expect(loadDocument("p.html", utf8(withLd)).stated.date).toBe("2025-01-14");
    const withTime = page
      .replace(/<meta property="article:published_time"[^>]*>/, "")
      .replace("<h1>", '<time datetime="2025-01-13">13 Jan</time><h1>');
    expect(loadDocument("p.html", utf8(withTime)).stated.date).toBe("2025-01-13");
  });

  it("sniffs HTML saved under another name, and honours a declared legacy charset", () => {
    const russian =
      '<!doctype html><html lang="ru"><head><meta charset="windows-1251"><title>Т</title></head><body><article>' +
      "<p>Министры иностранных дел предупредили Россию о серьезных последствиях в случае нападения на соседнюю страну.</p>" +
      "<p>Об этом говорится в совместном заявлении, опубликованном в воскресенье после встречи в Ливерпуле.</p>" +
      "</article></body></html>";
    const doc = loadDocument("saved-page.txt", cp1251(russian));
    expect(doc.format).toBe("html");
    expect(doc.encoding).toBe("windows-1251");
    expect(doc.text).toContain("Министры иностранных дел предупредили Россию");
    expect(doc.stated.language).toBe("ru");
  });

  it("refuses HTML without any text", () => {
    const error = thrown(() =>
      loadDocument("x.html", utf8("<html><body><script>1</script></body></html>")),
    );
    expect(error.problem).toBe("no_text");
  });
});

describe("loadDocument: bundled samples", () => {
  const dir = new URL("../../../corpora/sample/", import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();

  it("finds the five samples", () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)("%s loads as UTF-8 text, unchanged, without a header", (file) => {
    const bytes = readFileSync(new URL(file, dir));
    const doc = loadDocument(`corpora/sample/${file}`, bytes);
    expect(doc.encoding).toBe("utf-8");
    expect(doc.format).toBe("text");
    expect(doc.header).toBeNull();
    expect(doc.text).toBe(bytes.toString("utf8"));
  });
});
