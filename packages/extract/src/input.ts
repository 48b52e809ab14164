/** Stage 0: turns one file's bytes into decoded text plus what the file states about itself. */
import { Readability } from "@mozilla/readability";
import { analyse } from "chardet";
import { parseHTML } from "linkedom";
import { lines, skipBlankLines } from "./text-lines.js";
import type { LoadedDocument, Span, StatedMetadata } from "./types.js";

/** Largest input accepted, in bytes (5 MB): news articles are far smaller; anything bigger is a wrong file. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export type InputProblem = "empty" | "binary" | "too_large" | "undecodable" | "no_text";

/** A file that cannot be read as an article; the message names the file and the problem. */
export class InputError extends Error {
  override readonly name = "InputError";
  readonly origin: string;
  readonly problem: InputProblem;

  constructor(origin: string, problem: InputProblem, detail: string) {
    super(`${origin}: ${detail}`);
    this.origin = origin;
    this.problem = problem;
  }
}

/** A byte count for people: `7.3 MB`, `5 MB`, `812 KB`, `12 B`. */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, "MB"],
    [1024, "KB"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${(bytes / size).toFixed(1).replace(/\.0$/, "")} ${unit}`;
  }
  return `${bytes} B`;
}

/**
 * Decodes `bytes` and reads the file's own metadata. Throws `InputError` for empty, binary, oversized or
 * undecodable input. A byte-order mark is dropped: it marks the encoding, it is not text, and offsets
 * into `text` should start at the first character a reader sees.
 */
export function loadDocument(origin: string, bytes: Uint8Array): LoadedDocument {
  if (bytes.length === 0) throw new InputError(origin, "empty", "empty file");
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(
      origin,
      "too_large",
      `too large: ${formatSize(bytes.length)}, limit ${formatSize(MAX_INPUT_BYTES)}`,
    );
  }
  const { text: decoded, encoding } = decode(origin, bytes);
  if (decoded.trim() === "") throw new InputError(origin, "empty", "empty file (only whitespace)");

  const format = detectFormat(origin, decoded);
  if (format === "html") {
    const { text, stated } = readHtml(decoded);
    if (text.trim() === "")
      throw new InputError(origin, "no_text", "no article text found in the HTML");
    return { origin, text, format, encoding, stated, header: null };
  }
  const front = format === "markdown" ? readFrontMatter(decoded) : null;
  const block = front ?? readHeaderBlock(decoded);
  return {
    origin,
    text: decoded,
    format,
    encoding,
    stated: block?.stated ?? {},
    header: block?.span ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Encoding

interface Decoded {
  text: string;
  encoding: string;
}

/** The WHATWG names TextDecoder accepts for what chardet reports; ISO-8859-1 is read as its superset 1252. */
function decoderLabel(chardetName: string): string | null {
  const name = chardetName.toLowerCase();
  if (name === "ascii" || name === "utf-8") return null;
  if (name === "iso-8859-1") return "windows-1252";
  if (name.startsWith("utf-32")) return null;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

function decode(origin: string, bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom === "utf-32") throw new InputError(origin, "undecodable", "UTF-32 text is not supported");
  const utf16 = bom ?? guessUtf16(bytes);
  if (utf16) return decodeStrict(origin, bytes, utf16);

  const binary = binaryReason(bytes);
  if (binary) throw new InputError(origin, "binary", `looks binary (${binary}), not text`);

  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };

  // Mostly well-formed UTF-8 with a few broken bytes: any legacy encoding would turn every other
  // non-ASCII character into mojibake, so refuse rather than guess.
  const stats = utf8Stats(bytes);
  if (stats.valid >= 3 && stats.invalid * 10 <= stats.valid) {
    throw new InputError(origin, "undecodable", `invalid UTF-8 at byte ${stats.firstInvalid}`);
  }

  const declared = declaredCharset(bytes);
  if (declared && declared !== "utf-8") return decodeStrict(origin, bytes, declared);

  const candidates = analyse(bytes);
  for (const candidate of candidates) {
    const label = decoderLabel(candidate.name);
    if (!label) continue;
    const text = tryDecode(bytes, label);
    if (text !== null && !hasManyReplacements(text)) return { text, encoding: label };
  }
  throw new InputError(
    origin,
    "undecodable",
    "undecodable text: not UTF-8 and no known encoding fits",
  );
}

function decodeStrict(origin: string, bytes: Uint8Array, label: string): Decoded {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    throw new InputError(origin, "undecodable", `unsupported encoding "${label}"`);
  }
  const text = tryDecode(bytes, encoding);
  if (text === null) throw new InputError(origin, "undecodable", `not valid ${encoding} text`);
  if (text.includes("\u0000"))
    throw new InputError(origin, "binary", "looks binary (NUL characters), not text");
  return { text, encoding };
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return "utf-32";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "utf-32";
  if (a === 0xef && b === 0xbb && c === 0xbf) return null; // UTF-8: TextDecoder drops the BOM itself
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  return null;
}

/** UTF-16 without a BOM: Latin-script text has a NUL in every other byte, on one side only. */
function guessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.02) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.02) return "utf-16be";
  return null;
}

/** NUL bytes, or more than a few percent of control bytes other than tab, newlines, form feed and escape. */
function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return `NUL byte at ${i}`;
    if (
      (b < 0x20 &&
        b !== 0x09 &&
        b !== 0x0a &&
        b !== 0x0b &&
        b !== 0x0c &&
        b !== 0x0d &&
        b !== 0x1b) ||
      b === 0x7f
    ) {
      control++;
    }
  }
  return control > n * 0.05 ? `${Math.round((control / n) * 100)}% control bytes` : null;
}

function hasManyReplacements(text: string): boolean {
  let count = 0;
  for (const ch of text) if (ch === "\ufffd") count++;
  return count > text.length * 0.01;
}

/** Well-formed multi-byte UTF-8 sequences, malformed bytes, and where the first malformed one is. */
function utf8Stats(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    let ok = need >= 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
    }
    if (!ok) {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    } else {
      if (need > 0) valid++;
      i += need + 1;
    }
  }
  return { valid, invalid, firstInvalid };
}

/** `<meta charset=...>` or an http-equiv content type in the first bytes of an HTML file. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 2048));
  if (!/<(?:!doctype\s+html|html|head|meta)\b/i.test(head)) return null;
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!match?.[1]) return null;
  try {
    return new TextDecoder(match[1]).encoding;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Format

function detectFormat(origin: string, text: string): LoadedDocument["format"] {
  const path = origin.replace(/[?#].*$/, "").toLowerCase();
  const ext = /\.([a-z0-9]+)$/.exec(path)?.[1] ?? "";
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  // A saved web page is HTML whatever its name says; plain text never starts with a doctype.
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text))
    return "html";
  if (ext === "md" || ext === "markdown") return "markdown";
  return "text";
}

// ---------------------------------------------------------------------------------------------
// Header blocks

const STATED_KEYS = new Map<string, keyof StatedMetadata>(
  Object.entries({
    title: "title",
    headline: "title",
    outlet: "outlet",
    publisher: "outlet",
    site_name: "outlet",
    url: "url",
    link: "url",
    canonical_url: "url",
    date: "date",
    published: "date",
    published_at: "date",
    pubdate: "date",
    language: "language",
    lang: "language",
  }) as [string, keyof StatedMetadata][],
);

interface HeaderBlock {
  stated: StatedMetadata;
  span: Span;
}

function statedField(key: string): keyof StatedMetadata | undefined {
  return STATED_KEYS.get(key.toLowerCase().replace(/-/g, "_"));
}

function assignStated(stated: StatedMetadata, rawKey: string, rawValue: string): void {
  const field = statedField(rawKey);
  const value = rawValue
    .trim()
    .replace(/^(["'])(.*)\1$/, "$2")
    .trim();
  if (field && value !== "" && stated[field] === undefined) stated[field] = value;
}

const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,31})[ \t]*:[ \t]*(.*)$/;

/**
 * `key: value` lines at the very top, ended by a blank line (or the end of the file). At least one key
 * must be a known one, so a first line like "Report: ..." followed by a blank line is not taken as a
 * header unless it is one.
 */
function readHeaderBlock(text: string): HeaderBlock | null {
  const stated: StatedMetadata = {};
  let known = false;
  let count = 0;
  let end = -1;
  for (const line of lines(text, skipBlankLines(text, 0))) {
    if (line.content.trim() === "") {
      end = line.start;
      break;
    }
    const match = HEADER_LINE.exec(line.content);
    if (!match || ++count > 30) return null;
    const key = match[1] as string;
    if (statedField(key)) known = true;
    assignStated(stated, key, match[2] ?? "");
    end = line.next;
  }
  if (!known || end < 0) return null;
  return { stated, span: { start: 0, end: skipBlankLines(text, end) } };
}

/** A YAML front matter block (`---` ... `---`), read as flat `key: value` pairs. */
function readFrontMatter(text: string): HeaderBlock | null {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return null;
  const stated: StatedMetadata = {};
  for (const line of lines(text, open[0].length)) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line.content)) {
      return { stated, span: { start: 0, end: skipBlankLines(text, line.next) } };
    }
    const match = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line.content);
    if (match) assignStated(stated, match[1] as string, match[2] ?? "");
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// HTML

/** Minimal structural view of the linkedom nodes this module walks (the package has no DOM lib types). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}
interface DomDocument {
  documentElement: DomNode;
  body: DomNode | null;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "embed",
  "canvas",
  "button",
  "input",
  "select",
  "textarea",
  "head",
]);
/** Page chrome dropped only when readability fails and the whole body is read. */
const CHROME = new Set(["nav", "header", "footer", "aside", "form", "menu"]);
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

function readHtml(html: string): { text: string; stated: StatedMetadata } {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  // Metadata first: readability rewrites the document while it extracts the article.
  const stated = htmlMetadata(document);
  let root: DomNode | null = null;
  let title: string | null | undefined;
  try {
    const article = new Readability(document as never, {
      serializer: (node: unknown) => node,
    }).parse();
    root = (article?.content as DomNode | null | undefined) ?? null;
    title = article?.title;
  } catch {
    root = null;
  }
  let text = root ? blockText(root, false) : "";
  if (text.trim() === "") {
    const { document: fresh } = parseHTML(html) as unknown as { document: DomDocument };
    text = fresh.body ? blockText(fresh.body, true) : "";
  }
  const cleanTitle = collapse(title ?? "");
  if (cleanTitle !== "") stated.title = cleanTitle;
  return { text, stated };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Text of `root` with one paragraph per block element, separated by blank lines; `<br>` is a line break. */
function blockText(root: DomNode, dropChrome: boolean): string {
  const paragraphs: string[] = [];
  let buffer = "";
  const flush = () => {
    const kept = buffer
      .split("\n")
      .map((l) => l.replace(/[ \t\f\v\r\u00a0]+/g, " ").trim())
      .filter((l) => l !== "");
    if (kept.length > 0) paragraphs.push(kept.join("\n"));
    buffer = "";
  };
  const walk = (node: DomNode) => {
    const children = Array.from(node.childNodes);
    for (const child of children) {
      if (child.nodeType === 3) {
        buffer += (child.textContent ?? "").replace(/\s+/g, " ");
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toLowerCase();
      if (SKIPPED.has(tag) || (dropChrome && CHROME.has(tag))) continue;
      if (tag === "br") {
        buffer += "\n";
      } else if (BLOCKS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

function attr(document: DomDocument, selector: string, name: string): string | undefined {
  const value = document.querySelector(selector)?.getAttribute?.(name);
  const trimmed = value ? collapse(value) : "";
  return trimmed === "" ? undefined : trimmed;
}

function htmlMetadata(document: DomDocument): StatedMetadata {
  const stated: StatedMetadata = {};
  const title =
    attr(document, 'meta[property="og:title"]', "content") ??
    attr(document, 'meta[name="twitter:title"]', "content");
  if (title) stated.title = title;
  const outlet =
    attr(document, 'meta[property="og:site_name"]', "content") ??
    attr(document, 'meta[name="application-name"]', "content");
  if (outlet) stated.outlet = outlet;
  const url =
    attr(document, 'link[rel="canonical"]', "href") ??
    attr(document, 'meta[property="og:url"]', "content");
  if (url) stated.url = url;
  const date =
    attr(document, 'meta[property="article:published_time"]', "content") ??
    attr(document, 'meta[itemprop="datePublished"]', "content") ??
    attr(document, 'meta[name="date"]', "content") ??
    attr(document, 'meta[name="pubdate"]', "content") ??
    jsonLdDatePublished(document) ??
    attr(document, "time[datetime]", "datetime");
  if (date) stated.date = date;
  const lang = document.documentElement.getAttribute?.("lang");
  if (lang && lang.trim() !== "") stated.language = lang.trim();
  return stated;
}

function jsonLdDatePublished(document: DomDocument): string | undefined {
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = findDatePublished(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findDatePublished(value: unknown, depth: number): string | undefined {
  if (depth > 6 || value === null || typeof value !== "object") return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const date = record.datePublished;
  if (typeof date === "string" && date.trim() !== "") return date.trim();
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage"]) {
    const found = findDatePublished(record[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
