/** Stage 1: what a document is (title, outlet, date, language, credited agencies), stated metadata first. */
import type { DatePrecision, DateSource, ExcludedKind } from "@stancemap/schema";
import { data as FRANC_DATA } from "franc-min/data.js";
import { expressions as FRANC_SCRIPTS } from "franc-min/expressions.js";
import {
  execLed,
  type LedPattern,
  type Line,
  ledPattern,
  lines,
  skipBlankLines,
  trimSpan,
} from "./text-lines.js";
import type { DocumentMetadata, LoadedDocument, Span } from "./types.js";

// ---------------------------------------------------------------------------------------------
// Dates

/** Month names (English, French, German, Spanish, Russian and Ukrainian, incl. genitive forms) → 1–12. */
const MONTH_NAMES = [
  "january jan janvier januar jänner enero января январь січня січень",
  "february feb février fevrier februar febrero февраля февраль лютого лютий",
  "march mar mars märz marz marzo марта март березня березень",
  "april apr avril abril апреля апрель квітня квітень",
  "may mai mayo мая май травня травень",
  "june jun juin juni junio июня июнь червня червень",
  "july jul juillet juli julio июля июль липня липень",
  "august aug août aout agosto августа август серпня серпень",
  "september sept sep septembre septiembre сентября сентябрь вересня вересень",
  "october oct octobre oktober octubre октября октябрь жовтня жовтень",
  "november nov novembre noviembre ноября ноябрь листопада листопад",
  "december dec décembre decembre dezember diciembre декабря декабрь грудня грудень",
];
const MONTHS: Record<string, number> = Object.fromEntries(
  MONTH_NAMES.flatMap((names, i) => names.split(" ").map((name) => [name, i + 1])),
);
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
/** A month name that is a whole word (letters may touch digits: "Wednesday12 March"). */
const M = `(?<!\\p{L})${MONTH}(?!\\p{L})`;

export interface ParsedDate extends Span {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  precision: Exclude<DatePrecision, "unknown">;
}

interface DatePattern {
  re: RegExp;
  precision: ParsedDate["precision"];
  /** Year, month, day from the match groups (day 1 when the precision is month). */
  pick(m: RegExpExecArray): [number, number, number];
}

const num = (s: string | undefined) => Number.parseInt(s ?? "", 10);
const monthOf = (s: string | undefined) => MONTHS[(s ?? "").toLowerCase().replace(/\.$/, "")] ?? 0;

/** Most specific first: at the same position the first pattern that matches wins. */
const DATE_PATTERNS: DatePattern[] = [
  {
    re: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/gu,
    precision: "day",
    pick: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
  {
    re: /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/gu,
    precision: "day",
    pick: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s*(?:of\\s+|de\\s+)?${M},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
      "giu",
    ),
    precision: "day",
    pick: (m) => [num(m[3]), monthOf(m[2]), num(m[1])],
  },
  {
    re: new RegExp(`${M}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "giu"),
    precision: "day",
    pick: (m) => [num(m[3]), monthOf(m[1]), num(m[2])],
  },
  // Dots are the European day.month.year order; slashes the American month/day/year unless impossible.
  {
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/gu,
    precision: "day",
    pick: (m) => [num(m[3]), num(m[2]), num(m[1])],
  },
  {
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/gu,
    precision: "day",
    pick: (m) =>
      num(m[1]) > 12 ? [num(m[3]), num(m[2]), num(m[1])] : [num(m[3]), num(m[1]), num(m[2])],
  },
  {
    re: new RegExp(`${M},?\\s+(\\d{4})(?!\\d)`, "giu"),
    precision: "month",
    pick: (m) => [num(m[2]), monthOf(m[1]), 1],
  },
  {
    re: /(?<!\d)(\d{4})-(\d{2})(?![\d-])/gu,
    precision: "month",
    pick: (m) => [num(m[1]), num(m[2]), 1],
  },
];

function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The first (leftmost) date in `value`, with its span; a value that is only a year gives year precision. */
export function parseDate(value: string): ParsedDate | null {
  let best: ParsedDate | null = null;
  // A full date with an impossible day ("31 February 2025") must not be read as its month instead.
  const invalid: Span[] = [];
  const insideInvalid = (start: number, end: number) =>
    invalid.some((s) => start >= s.start && end <= s.end);
  for (const pattern of DATE_PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(value); m; m = pattern.re.exec(value)) {
      if (best && m.index >= best.start) break;
      const [y, mo, d] = pattern.pick(m);
      if (!validDate(y, mo, d)) {
        if (pattern.precision === "day")
          invalid.push({ start: m.index, end: m.index + m[0].length });
        continue;
      }
      if (insideInvalid(m.index, m.index + m[0].length)) continue;
      const date = pattern.precision === "day" ? `${y}-${pad(mo)}-${pad(d)}` : `${y}-${pad(mo)}`;
      best = { date, precision: pattern.precision, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  if (best) return best;
  const year = /^\s*((?:19|20)\d{2})\s*(?:\(.*\))?\s*$/u.exec(value);
  if (year?.[1]) {
    const start = value.indexOf(year[1]);
    return { date: year[1], precision: "year", start, end: start + 4 };
  }
  return null;
}

/** A month and day without a year ("Jan 15", "15 January"), as datelines give them. */
function parseMonthDay(value: string): { month: number; day: number } | null {
  const md = new RegExp(`^\\s*${M}\\s*(\\d{1,2})\\s*$`, "iu").exec(value);
  if (md) return { month: monthOf(md[1]), day: num(md[2]) };
  const dm = new RegExp(`^\\s*(\\d{1,2})\\s*${M}\\s*$`, "iu").exec(value);
  if (dm) return { month: monthOf(dm[2]), day: num(dm[1]) };
  return null;
}

const WEEKDAYS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|" +
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|" +
  "lunes|martes|miércoles|jueves|viernes|sábado|domingo|" +
  "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс";
/** Words a date line may carry besides the date: labels, weekdays, times and time zones. */
const DATE_LINE_NOISE = new RegExp(
  [
    `(?<!\\p{L})(?:${WEEKDAYS})\\.?(?!\\p{L})`,
    "(?<!\\p{L})(?:last\\s+)?(?:published|updated|posted|modified|dated?|on|at|le|à|mis\\s+à\\s+jour|publié|опубликовано|обновлено|veröffentlicht|aktualisiert|publicado|actualizado)(?!\\p{L}):?",
    "\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?!\\p{L})",
    "(?<!\\p{L})(?:[ap]\\.?m\\.?|gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|pst|pdt|ist|jst)(?!\\p{L})(?:[+-]\\d{1,2}(?::?\\d{2})?)?",
    "(?<!\\p{L})(?:г|года|gg)\\.?(?!\\p{L})",
    "[|•·,;:/()\\-–—\\s]+",
  ].join("|"),
  "giu",
);

/** True when a line holds a date and nothing but date-line noise ("Wednesday, 12 March 2025, 10:32 GMT"). */
export function isDateLine(line: string): ParsedDate | null {
  if (line.trim().length > 90) return null;
  const date = parseDate(line);
  if (!date) return null;
  const rest = `${line.slice(0, date.start)} ${line.slice(date.end)}`.replace(DATE_LINE_NOISE, "");
  return rest.trim() === "" ? date : null;
}

/** An explicit label and a date opening a line that goes on ("date 2025-01-12 Russian President ..."). */
const LABELLED_DATE = /^\s*(?:date[ds]?|published|posted|updated)(?:\s+on)?\s*:?\s*/iu;

/** A date in a URL path: `/2018/04/30/` or `/2018-04-30`. */
function urlDate(url: string): ParsedDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(path);
  if (!m) return null;
  const [y, mo, d] = [num(m[1]), num(m[2]), num(m[3])];
  if (!validDate(y, mo, d)) return null;
  return { date: `${y}-${pad(mo)}-${pad(d)}`, precision: "day", start: 0, end: 0 };
}

// ---------------------------------------------------------------------------------------------
// Languages

/** ISO 639-3 codes franc may return (its "major languages" set) with their ISO 639-1 equivalents. */
const ISO639_3_TO_1: Record<string, string> = Object.fromEntries(
  (
    "eng:en rus:ru ukr:uk bel:be bul:bg srp:sr hrv:hr bos:bs fra:fr deu:de spa:es ita:it por:pt pol:pl " +
    "nld:nl ces:cs ron:ro hun:hu swe:sv tur:tr arb:ar pes:fa urd:ur hin:hi cmn:zh jpn:ja kor:ko ell:el " +
    "vie:vi ind:id kaz:kk azj:az uzn:uz ben:bn tha:th"
  )
    .split(" ")
    .map((pair) => pair.split(":")),
);
const FRANC_ONLY = Object.keys(ISO639_3_TO_1);
const LANGUAGE_NAMES: Record<string, string> = Object.fromEntries(
  (
    "english:en russian:ru русский:ru ukrainian:uk українська:uk french:fr français:fr francais:fr " +
    "german:de deutsch:de spanish:es español:es italian:it portuguese:pt polish:pl dutch:nl czech:cs " +
    "slovak:sk romanian:ro hungarian:hu swedish:sv turkish:tr arabic:ar persian:fa hebrew:he chinese:zh " +
    "japanese:ja korean:ko greek:el"
  )
    .split(" ")
    .map((pair) => pair.split(":")),
);

/** `en`, `en-US`, `eng`, `English` → `en`; anything unrecognisable → null. */
export function normalizeLanguage(value: string): string | null {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/\s*\(.*\)\s*$/, "");
  const named = LANGUAGE_NAMES[v];
  if (named) return named;
  const primary = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/.exec(v)?.[1];
  if (!primary) return null;
  return primary.length === 3 ? (ISO639_3_TO_1[primary] ?? primary) : primary;
}

/** Language of the running text by trigrams (franc), restricted to major languages; null when unsure. */
export function detectLanguage(text: string): string | null {
  const sample = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 40)
    .join("\n")
    .slice(0, 1200);
  const code = francOnly(sample.length >= 40 ? sample : text.slice(0, 1200), 20);
  return code === "und" ? null : (ISO639_3_TO_1[code] ?? null);
}

/**
 * franc-min's `franc(value, { only: FRANC_ONLY, minLength })`, computed the same way to the last
 * integer but without its per-call cost: the allowed languages' trigram ranks are indexed once, by
 * trigram, so each trigram of the text is looked up once rather than once per language.
 */
interface ScriptModel {
  /** Allowed languages of the script, in franc's data order (its tie-break on equal distance). */
  languages: string[];
  /** Trigram → its row. */
  rows: TrigramTable;
  /**
   * Row `r` is entries `rowStart[r]` to `rowStart[r + 1]`: the languages whose model has the
   * trigram, with its rank there. Most trigrams are in few models, so only those are visited.
   */
  rowStart: Int32Array;
  entryLanguage: Int32Array;
  entryRank: Int32Array;
}

/** franc's penalty for a trigram a model lacks. */
const FRANC_MAX_DIFFERENCE = 300;

/**
 * Open addressing over trigrams: three UTF-16 code units as one exact number (48 bits), so no
 * substring is made and no number is boxed per trigram. Keys are never negative; -1 marks a free slot.
 */
class TrigramTable {
  keys: Float64Array;
  values: Int32Array;
  mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  static key(s: string, i: number): number {
    return s.charCodeAt(i) * 2 ** 32 + s.charCodeAt(i + 1) * 2 ** 16 + s.charCodeAt(i + 2);
  }

  static hash(s: string, i: number): number {
    let h = Math.imul(s.charCodeAt(i), 0x01000193) ^ s.charCodeAt(i + 1);
    h = Math.imul(h, 0x01000193) ^ s.charCodeAt(i + 2);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    return (h ^ (h >>> 12)) >>> 0;
  }

  /** The slot holding `key`, or the free slot where it would go. */
  slot(key: number, hash: number): number {
    const { keys, mask } = this;
    let k = hash & mask;
    for (;;) {
      const at = keys[k] as number;
      if (at === key || at === -1) return k;
      k = (k + 1) & mask;
    }
  }
}

const FRANC_MODELS: Map<string, ScriptModel> = new Map(
  Object.entries(FRANC_DATA).map(([script, models]): [string, ScriptModel] => {
    const languages = Object.keys(models).filter((l) => FRANC_ONLY.includes(l));
    const byTrigram = new Map<string, Int32Array>();
    languages.forEach((language, l) => {
      (models[language] as string).split("|").forEach((trigram, rank) => {
        // every model trigram is three code units; one that were not could never match
        if (trigram.length !== 3) return;
        let row = byTrigram.get(trigram);
        if (!row) {
          row = new Int32Array(languages.length).fill(-1);
          byTrigram.set(trigram, row);
        }
        // franc keeps a trigram's first (lowest) rank when a model lists it twice
        if ((row[l] as number) < 0) row[l] = rank;
      });
    });
    const rows = new TrigramTable(byTrigram.size);
    const rowStart = new Int32Array(byTrigram.size + 1);
    const entryLanguage: number[] = [];
    const entryRank: number[] = [];
    [...byTrigram].forEach(([trigram, row], r) => {
      const slot = rows.slot(TrigramTable.key(trigram, 0), TrigramTable.hash(trigram, 0));
      rows.keys[slot] = TrigramTable.key(trigram, 0);
      rows.values[slot] = r;
      rowStart[r] = entryLanguage.length;
      row.forEach((rank, l) => {
        if (rank < 0) return;
        entryLanguage.push(l);
        entryRank.push(rank);
      });
    });
    rowStart[byTrigram.size] = entryLanguage.length;
    return [
      script,
      {
        languages,
        rows,
        rowStart,
        entryLanguage: Int32Array.from(entryLanguage),
        entryRank: Int32Array.from(entryRank),
      },
    ];
  }),
);
/** Scratch for one call's trigram counts (franc reads at most 2,048 characters), grown if ever needed. */
let countTable = new TrigramTable(4096);
const usedSlots: number[] = [];
const slotHashes: number[] = [];
const FRANC_SCRIPT_LIST = Object.entries(FRANC_SCRIPTS);
/** Each script's expression anchored to one whole character, for the per-character table below. */
const FRANC_SCRIPT_CHAR = FRANC_SCRIPT_LIST.map(([, e]) => new RegExp(`^(?:${e.source})$`));
/**
 * Which scripts' expressions match each UTF-16 code unit (bit per script; bit 31: computed). Every
 * alternative of franc's expressions is one character class or starts with a surrogate, so in text
 * without surrogates each match is one code unit, and counting table hits counts the matches.
 */
const SCRIPT_MASKS = new Uint32Array(0x10000);
const MASK_KNOWN = 0x80000000;

function scriptMask(code: number): number {
  let mask = SCRIPT_MASKS[code] as number;
  if (mask !== 0) return mask;
  mask = MASK_KNOWN;
  const ch = String.fromCharCode(code);
  FRANC_SCRIPT_CHAR.forEach((re, s) => {
    if (re.test(ch)) mask |= 1 << s;
  });
  SCRIPT_MASKS[code] = mask >>> 0;
  return mask;
}

/** How many times each franc script expression matches in `value`, as `value.match(expression)` counts. */
function scriptCounts(value: string): number[] {
  const counts = new Array<number>(FRANC_SCRIPT_LIST.length).fill(0);
  if (/[\uD800-\uDFFF]/.test(value)) {
    FRANC_SCRIPT_LIST.forEach(([, expression], s) => {
      counts[s] = value.match(expression)?.length ?? 0;
    });
    return counts;
  }
  for (let i = 0; i < value.length; i++) {
    let mask = scriptMask(value.charCodeAt(i)) & ~MASK_KNOWN;
    for (let s = 0; mask !== 0; s++, mask >>>= 1)
      if (mask & 1) counts[s] = (counts[s] as number) + 1;
  }
  return counts;
}

function francOnly(input: string, minLength: number): string {
  if (!input || input.length < minLength) return "und";
  const value = input.slice(0, 2048);
  // The script most of the characters are written in (the first listed wins a tie).
  let topCount = -1;
  let topScript: string | undefined;
  const matches = scriptCounts(value);
  FRANC_SCRIPT_LIST.forEach(([script], s) => {
    const count = (matches[s] as number) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      topScript = script;
    }
  });
  const model = topScript === undefined ? undefined : FRANC_MODELS.get(topScript);
  if (!topScript || !model) {
    return !topScript || topCount === 0 || !FRANC_ONLY.includes(topScript) ? "und" : topScript;
  }
  if (model.languages.length === 0) return "und";
  // trigram-utils' cleaning and padded trigrams, counted.
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()} `;
  if (countTable.keys.length < cleaned.length * 2) countTable = new TrigramTable(cleaned.length);
  const counts = countTable;
  usedSlots.length = 0;
  slotHashes.length = 0;
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const key = TrigramTable.key(cleaned, i);
    const hash = TrigramTable.hash(cleaned, i);
    const slot = counts.slot(key, hash);
    if (counts.keys[slot] === key) counts.values[slot] = (counts.values[slot] as number) + 1;
    else {
      counts.keys[slot] = key;
      counts.values[slot] = 1;
      usedSlots.push(slot);
      slotHashes.push(hash);
    }
  }
  const width = model.languages.length;
  // Whole numbers well within int32 (at most 2,048 trigrams times the penalty).
  const distances = new Int32Array(width).fill(usedSlots.length * FRANC_MAX_DIFFERENCE);
  const { rowStart, entryLanguage, entryRank } = model;
  for (let u = 0; u < usedSlots.length; u++) {
    const slot = usedSlots[u] as number;
    const key = counts.keys[slot] as number;
    const count = counts.values[slot] as number;
    counts.keys[slot] = -1;
    const at = model.rows.slot(key, slotHashes[u] as number);
    if (model.rows.keys[at] !== key) continue;
    const row = model.rows.values[at] as number;
    const end = rowStart[row + 1] as number;
    for (let e = rowStart[row] as number; e < end; e++) {
      const l = entryLanguage[e] as number;
      distances[l] =
        (distances[l] as number) +
        Math.abs(count - (entryRank[e] as number) - 1) -
        FRANC_MAX_DIFFERENCE;
    }
  }
  // franc sorts stably by distance and takes the first.
  let best = 0;
  for (let l = 1; l < distances.length; l++)
    if ((distances[l] as number) < (distances[best] as number)) best = l;
  return model.languages[best] as string;
}

// ---------------------------------------------------------------------------------------------
// Credits (wire agencies and outlets the text names as its origin)

/** Agencies and outlets that stories credit (a curated list), each written one way everywhere... */
const CREDITED_NAMES = (
  "ANSA|EFE|Yonhap|PTI|ANI|IANS|PAP|TASR|MTI|BTA|IRNA|Tasnim|WAFA|SANA|Bernama|Antara|" +
  "Belga|Lusa|UPI|Sputnik|New York Post|The Guardian|The Times|The Telegraph|The Economist|" +
  "The Independent|CNN|Fox News|NBC News|CBS News|ABC News|NPR|CNBC|Sky News|Axios|" +
  "Politico|Semafor|The Hill|Newsweek|Al Jazeera|Le Monde|Le Figaro|Bild|Die Welt|El País|" +
  "Corriere della Sera|Haaretz|South China Morning Post"
).split("|");
/** ...or several: the name they are grouped under first, then the other spellings. */
const CREDITED_ALIASES: string[][] = [
  ["Reuters", "Thomson Reuters", "Рейтер", "Reuters News"],
  ["Associated Press", "AP", "The Associated Press"],
  ["AFP", "Agence France-Presse", "Agence France Presse", "Франс Пресс"],
  ["Bloomberg", "Bloomberg News", "Блумберг"],
  ["dpa", "Deutsche Presse-Agentur"],
  ["Kyodo", "Kyodo News"],
  ["Xinhua", "Синьхуа"],
  ["PA Media", "Press Association"],
  ["ČTK", "CTK"],
  ["Anadolu", "Anadolu Agency"],
  ["Jiji", "Jiji Press"],
  ["TASS", "ТАСС"],
  ["RIA Novosti", "РИА Новости"],
  ["Interfax", "Интерфакс"],
  ["Interfax-Ukraine", "Интерфакс-Украина"],
  ["UNIAN", "УНИАН"],
  ["Ukrinform", "Укрінформ", "Укринформ"],
  ["BelTA", "БелТА"],
  ["RBC", "РБК"],
  ["Financial Times", "FT", "The Financial Times"],
  ["The New York Times", "New York Times", "NYT"],
  ["The Wall Street Journal", "Wall Street Journal", "WSJ"],
  ["The Washington Post", "Washington Post"],
  ["BBC", "BBC News"],
  ["Der Spiegel", "Spiegel"],
  ["Kommersant", "Коммерсантъ"],
  ["Vedomosti", "Ведомости"],
  ["Izvestia", "Известия"],
  ["Meduza", "Медуза"],
  ["Ukrainska Pravda", "Українська правда"],
  ["The Times of Israel", "Times of Israel"],
  ["The Jerusalem Post", "Jerusalem Post"],
  ["Nikkei Asia", "Nikkei"],
];
const CREDITED: Record<string, string> = Object.fromEntries([
  ...CREDITED_NAMES.map((name) => [name, name]),
  ...CREDITED_ALIASES.flatMap(([name = "", ...aliases]) =>
    [name, ...aliases].map((alias) => [alias, name]),
  ),
]);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NAME = `(${Object.keys(CREDITED)
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join("|")})`;
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
/** Verbs and phrases that name a source of the reporting: "reports X", "according to X", "сообщает X". */
const BEFORE =
  "(?:reports|reported|writes|wrote|according\\s+to|citing|(?:cited|quoted|reported|interviewed|first\\s+reported)\\s+by|" +
  "сообща(?:ет|ют|ли|л[аи]?)|цитат[аы]\\s+по|переда(?:ет|ёт|ют|л[аи]?)|пишет|писал[аи]?|по\\s+данным|по\\s+информации|со\\s+ссылкой\\s+на|" +
  "selon|d'après|d’après|rapporte|rapporté\\s+par|berichtet|laut|según|informa)";
const AFTER =
  "(?:reports|reported|writes|wrote|has\\s+reported|first\\s+reported|was\\s+first\\s+to\\s+report|contributed\\s+to\\s+this\\s+report|" +
  "said,?\\s+citing|news\\s+agency\\s+reported|сообщает|сообщил[аи]?|пишет|передает|передаёт|rapporte|a\\s+rapporté|berichtet|informa)";
const ARTICLE = "(?:(?:the|l'|l’|la|le|el|die|der)\\s*)?";

/** The credit patterns; the two that open with a look-behind are scanned through what they start with. */
const CREDIT_PATTERNS: (RegExp | LedPattern)[] = [
  new RegExp(`\\(\\s*${NAME}\\s*\\)`, "dgu"),
  new RegExp(`[/]${NAME}[/]`, "dgu"),
  ledPattern(`${B}${BEFORE}\\s+${ARTICLE}${NAME}${E}`, "diu", BEFORE),
  ledPattern(
    `${B}${NAME}(?:\\s+(?:news\\s+agency|agency|newspaper))?(?:\\s+${AFTER}|,\\s+citing)${E}`,
    "du",
    NAME,
  ),
  // "Financial Times: Putin will ..." — a headline that names its source first.
  new RegExp(`^[ \\t]*${NAME}:\\s`, "dgmu"),
  // A sign-off line: "— AFP", "(c) Reuters", "© AFP 2025".
  new RegExp(`^[ \\t]*(?:[-–—]+|©|\\(c\\))?\\s*${NAME}\\s*(?:\\d{4})?[ \\t]*\\r?$`, "dgmu"),
];

/** The next match of a credit pattern in `body` from `from` on, as a global scan from there finds it. */
function nextCredit(
  pattern: RegExp | LedPattern,
  body: string,
  from: number,
): RegExpExecArray | null {
  if (!(pattern instanceof RegExp)) return execLed(pattern, body, from);
  pattern.lastIndex = from;
  return pattern.exec(body);
}

/** A word every AFTER phrase (and ", citing") contains: the fourth pattern cannot match without one. */
const AFTER_WORDS = /report|wrote|writes|citing|сообщ|пишет|переда|rapport|berichtet|informa/u;
/** An agency outside the list, named as one: "the Yonhap news agency reported", "news agency Ukrinform". */
const GENERIC_AGENCY = [
  /(?<![\p{L}])(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})\s+news\s+agency(?!\p{L})/dgu,
  /(?<![\p{L}])news\s+agency\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})/dgu,
];

const NEWS_AGENCY = /news\s+agency/u;

/** Words that open a capitalised run before "news agency" without being its name. */
const NOT_AN_AGENCY =
  /^(?:The|A|An|This|That|Its|Their|State|Official|Government|\p{Lu}\p{Ll}+(?:ian|ese|ish|an|ic))$/u;

function findCredits(text: string, from: number): DocumentMetadata["credits"] {
  const found = new Map<number, { name: string; span: Span }>();
  const body = text.slice(from);
  const add = (surface: string, at: number, name: string) => {
    if (!found.has(at)) found.set(at, { name, span: { start: at, end: at + surface.length } });
  };
  // Cheap tests for what a pattern cannot match without, so most texts skip the costly scans.
  const needs = [
    body.includes("("),
    body.includes("/"),
    true,
    AFTER_WORDS.test(body),
    body.includes(":"),
    true,
  ];
  for (const [k, pattern] of CREDIT_PATTERNS.entries()) {
    if (!needs[k]) continue;
    for (
      let m = nextCredit(pattern, body, 0);
      m;
      m = nextCredit(pattern, body, m.index + m[0].length)
    ) {
      const surface = m[1] as string;
      // The verbs match case-insensitively; the name must still be written exactly ("ap" is no agency).
      const canonical = CREDITED[surface];
      const at = m.indices?.[1]?.[0];
      if (canonical && at !== undefined) add(surface, from + at, canonical);
    }
  }
  // Both generic patterns spell out "news agency", case and all.
  for (const re of NEWS_AGENCY.test(body) ? GENERIC_AGENCY : []) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const at = m.indices?.[1]?.[0];
      if (at === undefined) continue;
      let surface = m[1] as string;
      let offset = 0;
      const lead = /^(?:The|A|An)\s+/u.exec(surface);
      if (lead) {
        offset = lead[0].length;
        surface = surface.slice(offset);
      }
      if (surface.length < 2 || NOT_AN_AGENCY.test(surface)) continue;
      add(surface, from + at + offset, CREDITED[surface] ?? surface);
    }
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}

// ---------------------------------------------------------------------------------------------
// Lines at the top: site names, navigation labels, date lines, title

/** Page labels that sit above a headline when a page is copied: section names, feed names, menus. */
const NAVIGATION_LABELS = new Set(
  (
    "news|news feed|newsfeed|latest|latest news|breaking|breaking news|top stories|top news|live|" +
    "live updates|home|menu|main menu|search|sections|skip to content|skip to main content|world|" +
    "world news|politics|business|economy|europe|opinion|analysis|markets|international|новости|" +
    "лента новостей|главное|actualités"
  ).split("|"),
);

const DOMAIN_LINE =
  /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}\/?$/u;
const CRUMBS = /^[\p{L}\p{N} &'’-]{2,30}(?:\s*(?:>|›|»|\/|\|)\s*[\p{L}\p{N} &'’-]{2,30}){1,6}$/u;
const READ_TIME = /^\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?\.?)(?:\s+(?:read|reading))?$/iu;

function isNavigationLine(line: string, outlet: string | null): ExcludedKind | null {
  const t = line.trim();
  if (t.length > 60) return null;
  if (DOMAIN_LINE.test(t)) return "site_name";
  if (outlet && t.toLowerCase() === outlet.toLowerCase()) return "site_name";
  if (NAVIGATION_LABELS.has(t.toLowerCase().replace(/[:.]$/, ""))) return "navigation";
  if (CRUMBS.test(t) && /^(?:home|main|start|главная|accueil)(?!\p{L})/iu.test(t))
    return "navigation";
  return null;
}

/** Two or more sentences: a lowercase word, a full stop, then a capital ("U.S. Confirmed" is one). */
const SENTENCE_BREAK = /\p{Ll}{2,}[.!?]["”’»)]?\s+["“‘«]?\p{Lu}/u;

/** A line that reads as a headline: short, one sentence, not a byline or a label. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  if (t.length < 10 || t.length > 200) return false;
  const words = t.split(/\s+/).length;
  if (words < 2 || words > 30) return false;
  if (/[,:;]$/.test(t)) return false;
  if (/^(?:by|from|von|par|автор)\s/iu.test(t)) return false;
  return !SENTENCE_BREAK.test(t);
}

/** Dateline at the head of a paragraph: "WASHINGTON (Reuters) -", "MOSCOW, Jan 15 (Reuters) -", "TEL AVIV (AP) —". */
const DATELINE = new RegExp(
  "^(\\p{Lu}(?:[\\p{Lu}\\p{M}'’.\\- ]*\\p{Lu}\\.?|\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?)" +
    "(?:,\\s*([\\p{L}\\d .,]{3,24}?))?" +
    "\\s*(?:\\(([^()\\n]{2,40})\\))?" +
    "\\s*[-–—]{1,2}\\s+(?=\\S)",
  "u",
);
/** TASS style: "MOSCOW, January 15. /TASS/." */
const SLASH_DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}'’.\- ]*\p{Lu}),\s*([\p{L}\d .]{3,24}?)\.\s*\/([^/\n]{2,30})\/\.?\s+/u;

/** Capitals that open sentences or labels, not datelines: "NATO — the alliance said", "UPDATE —". */
const NOT_A_PLACE = new Set(
  `NATO EU UN USA UK IMF WHO OPEC FBI CIA NSA BRICS OSCE IAEA ECB WTO ICC ICJ UNESCO UNICEF NASA SEC FDA EPA
   UPDATE UPDATED BREAKING EXCLUSIVE WATCH LIVE ANALYSIS OPINION EDITORIAL COMMENT NOTE CORRECTION WARNING`.split(
    /\s+/,
  ),
);

interface Dateline {
  span: Span;
  date: ParsedDate | { month: number; day: number } | null;
}

function readDateline(line: Line): Dateline | null {
  const content = line.content;
  const slash = SLASH_DATELINE.exec(content);
  const m = slash ?? DATELINE.exec(content);
  if (!m) return null;
  const place = m[1] as string;
  const dateText = m[2];
  const agency = m[3];
  const letters = (place.split(",")[0] ?? "").replace(/[^\p{L}]/gu, "");
  // "Washington (AFP) –": a mixed-case place is a dateline only with a known agency after it; an
  // all-caps word and a dash alone must not be an organisation or a label ("NATO — the alliance said").
  const capitals = letters === letters.toUpperCase();
  if (letters.length < 3 || (!capitals && !(agency && CREDITED[agency.trim()]))) return null;
  if (!agency && !dateText && (letters.length < 4 || NOT_A_PLACE.has(letters))) return null;
  let date: Dateline["date"] = null;
  if (dateText) {
    date = parseDate(dateText) ?? parseMonthDay(dateText);
    if (!date) return null;
  }
  const span = trimSpan(content, 0, m[0].length);
  return { span: { start: line.start + span.start, end: line.start + span.end }, date };
}

// ---------------------------------------------------------------------------------------------

/** Stated metadata first (header, HTML meta); then the text's own conventions. */
export function detectMetadata(doc: LoadedDocument): DocumentMetadata {
  const { text, stated } = doc;
  const bodyStart = doc.header ? skipBlankLines(text, doc.header.end) : skipBlankLines(text, 0);
  const furniture: DocumentMetadata["furniture"] = [];
  const statedOutlet = stated.outlet ? stripNote(stated.outlet) : null;

  let title = stated.title ? collapse(stated.title) : null;
  let outlet = statedOutlet && statedOutlet !== "" ? statedOutlet : null;
  const url = stated.url ? firstUrl(stated.url) : null;

  let date: ParsedDate | null = stated.date ? parseDate(stated.date) : null;
  let dateSource: DateSource | null = date ? "header" : null;
  // A dated URL path (/2018/04/30/) is stated metadata too.
  if (!date && url) {
    date = urlDate(url);
    if (date) dateSource = "header";
  }

  // The top of the body: site names, navigation labels and date lines until the first real line.
  let firstContent: Line | null = null;
  let inlineOpening = false;
  let scanned = 0;
  for (const line of lines(text, bodyStart)) {
    const t = line.content.trim();
    if (t === "") continue;
    if (++scanned > 8) break;
    const span = trimSpan(text, line.start, line.end);
    const nav = isNavigationLine(t, outlet);
    if (nav) {
      furniture.push({ ...span, kind: nav });
      if (nav === "site_name" && !outlet && DOMAIN_LINE.test(t))
        outlet = t.replace(/^https?:\/\/(?:www\.)?/, "").replace(/\/$/, "");
      continue;
    }
    const dateLine = isDateLine(t);
    if (dateLine) {
      furniture.push({ ...span, kind: "metadata_header" });
      if (!date) {
        date = dateLine;
        dateSource = "text";
      }
      continue;
    }
    if (READ_TIME.test(t)) continue;
    const labelled = LABELLED_DATE.exec(line.content);
    if (labelled) {
      const after = line.content.slice(labelled[0].length);
      const inline = parseDate(after);
      if (inline && inline.start === 0) {
        furniture.push({
          ...trimSpan(text, line.start, line.start + labelled[0].length + inline.end),
          kind: "metadata_header",
        });
        if (!date) {
          date = inline;
          dateSource = "text";
        }
        // The rest of the line is the opening paragraph, not a headline.
        firstContent = {
          ...line,
          start: line.start + labelled[0].length + inline.end,
          content: after.slice(inline.end),
        };
        inlineOpening = true;
        break;
      }
    }
    firstContent = line;
    break;
  }

  if (!title && firstContent && !inlineOpening && isHeadlineLike(firstContent.content)) {
    title = collapse(firstContent.content);
  }

  // A dateline opens one of the first paragraphs (after the headline, if any).
  let checked = 0;
  for (const line of lines(text, firstContent ? firstContent.start : bodyStart)) {
    if (line.content.trim() === "") continue;
    if (++checked > 4) break;
    const dateline = readDateline(line);
    if (!dateline) continue;
    furniture.push({ ...dateline.span, kind: "metadata_header" });
    // "MOSCOW, Jan 15 (Reuters)" has no year, so it cannot date the document on its own.
    if (!date && dateline.date && "date" in dateline.date) {
      date = dateline.date;
      dateSource = "dateline";
    }
    break;
  }

  const language =
    (stated.language ? normalizeLanguage(stated.language) : null) ??
    detectLanguage(bodyText(text, bodyStart, furniture));

  furniture.sort((a, b) => a.start - b.start);
  return {
    title,
    outlet,
    url,
    publishedAt: date?.date ?? null,
    datePrecision: date?.precision ?? "unknown",
    dateSource: date ? dateSource : null,
    language,
    credits: findCredits(text, bodyStart),
    furniture,
  };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Header values may carry a note: "RTÉ News (rte.ie)" → "RTÉ News"; "Kommersant -- a translation" → "Kommersant". */
function stripNote(value: string): string {
  return collapse(value.replace(/\s+--\s.*$/, "").replace(/\s*\([^()]*\)\s*$/, ""));
}

function firstUrl(value: string): string | null {
  const m = /https?:\/\/[^\s<>"'()]+/i.exec(value);
  if (!m) return null;
  const candidate = m[0].replace(/[.,;:!?]+$/, "");
  try {
    new URL(candidate);
    return candidate;
  } catch {
    return null;
  }
}

function bodyText(text: string, from: number, furniture: Span[]): string {
  let out = "";
  let pos = from;
  for (const f of [...furniture].sort((a, b) => a.start - b.start)) {
    if (f.start < pos) continue;
    out += text.slice(pos, f.start);
    pos = f.end;
  }
  return out + text.slice(pos);
}
