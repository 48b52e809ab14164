/** Stable, content-derived ids: the same input always yields the same ids, across runs and machines. */
import { createHash } from "node:crypto";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A short hash for ids: 16 hex digits of SHA-256. */
export function shortHash(...parts: string[]): string {
  return sha256Hex(parts.join("\u0000")).slice(0, 16);
}

/** Lowercase ASCII letters and digits of a name, for readable ids (`act_vladimirputin`). */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/** Cyrillic letters (Russian and Ukrainian, lowercase) spelt in Latin. */
const CYRILLIC: Record<string, string> = Object.fromEntries([
  ..."абвгдезийклмнопрстуфыэ".split("").map((c, i) => [c, "abvgdeziyklmnoprstufye"[i] as string]),
  ["ё", "e"],
  ["ж", "zh"],
  ["х", "kh"],
  ["ц", "ts"],
  ["ч", "ch"],
  ["ш", "sh"],
  ["щ", "shch"],
  ["ъ", ""],
  ["ь", ""],
  ["ю", "yu"],
  ["я", "ya"],
  ["і", "i"],
  ["ї", "yi"],
  ["є", "ye"],
  ["ґ", "g"],
]);

/** Lowercase Cyrillic letters of a text spelt in Latin ("путин" → "putin"); other characters kept. */
export function latinCyrillic(text: string): string {
  return text.replace(/[\u0400-\u04ff]/gu, (c) => CYRILLIC[c] ?? c);
}

/** `prefix_` + a readable slug when the name is Latin-script, else a hash; always 6–64 characters. */
export function readableId(prefix: string, name: string): string {
  const s = slug(name);
  const body =
    s.length >= 6 ? s.slice(0, 48) : `${s}${shortHash(name)}`.slice(0, Math.max(16, s.length));
  return `${prefix}_${body}`;
}
