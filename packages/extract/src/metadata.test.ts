// biome-ignore lint/style/noRestrictedImports: tests read the bundled sample corpus; src never does.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDocument } from "./input.js";
import {
  detectLanguage,
  detectMetadata,
  isDateLine,
  normalizeLanguage,
  parseDate,
} from "./metadata.js";
import type { DocumentMetadata, LoadedDocument } from "./types.js";

const doc = (
  text: string,
  stated: LoadedDocument["stated"] = {},
  header: LoadedDocument["header"] = null,
): LoadedDocument => ({
  origin: "t.txt",
  text,
  format: "text",
  encoding: "utf-8",
  stated,
  header,
});
const load = (text: string) => loadDocument("t.txt", new TextEncoder().encode(text));
const slices = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));
const credited = (text: string, m: DocumentMetadata) =>
  m.credits.map((c) => [c.name, text.slice(c.span.start, c.span.end)]);

describe("parseDate", () => {
  it.each([
    ["2018-04-30", "2018-04-30", "day"],
    ["2018-04-30 (from URL)", "2018-04-30", "day"],
    ["2021-12-12 (approx., inferred from content; no date given)", "2021-12-12", "day"],
    ["2021-12-12 or 2021-12-13 (approx.)", "2021-12-12", "day"],
    ["2025-01-15T09:30:00+03:00", "2025-01-15", "day"],
    ["30 April 2018", "2018-04-30", "day"],
    ["Jan. 15, 2025", "2025-01-15", "day"],
    ["April 30th, 2018", "2018-04-30", "day"],
    ["Wednesday12 March 2025", "2025-03-12", "day"],
    ["date 2025-01-12", "2025-01-12", "day"],
    ["15.01.2025", "2025-01-15", "day"],
    ["1/15/2025", "2025-01-15", "day"],
    ["12 декабря 2021 г.", "2021-12-12", "day"],
    ["12 décembre 2021", "2021-12-12", "day"],
    ["March 2025", "2025-03", "month"],
    ["2025-03", "2025-03", "month"],
    ["2025", "2025", "year"],
  ])("%s → %s (%s)", (value, date, precision) => {
    expect(parseDate(value)).toMatchObject({ date, precision });
  });

  it.each([
    ["31 February 2025"],
    ["no date here"],
    ["2025-13-01"],
    ["version 12 of 2025 rules"],
  ])("finds no date in %s", (value) => {
    expect(parseDate(value)).toBeNull();
  });

  it("returns the span of the date within the value", () => {
    const value = "Updated: 12 March 2025, 10:32";
    const parsed = parseDate(value);
    expect(parsed && value.slice(parsed.start, parsed.end)).toBe("12 March 2025");
  });
});

describe("isDateLine", () => {
  it.each([
    "Wednesday12 March 2025",
    "Wednesday, 12 March 2025, 10:32 GMT",
    "Published: Jan. 15, 2025 | 9:30 a.m. EST",
    "Updated on 2025-01-15 at 09:30",
    "15 января 2025, 12:40",
  ])("%s is a date line", (line) => {
    expect(isDateLine(line)).not.toBeNull();
  });

  it.each([
    "Talks resumed on 12 March 2025 in Geneva",
    "12 March 2025 was a long day for the ministers",
  ])("%s is prose, not a date line", (line) => {
    expect(isDateLine(line)).toBeNull();
  });
});

describe("languages", () => {
  it.each([
    ["en", "en"],
    ["EN-us", "en"],
    ["eng", "en"],
    ["rus", "ru"],
    ["Russian", "ru"],
    ["fr (inferred)", "fr"],
    ["pt-BR", "pt"],
    ["???", null],
  ])("normalizes %s to %s", (value, code) => {
    expect(normalizeLanguage(value)).toBe(code);
  });

  it("detects major languages from the text", () => {
    expect(
      detectLanguage(
        "The ministers agreed on Tuesday to extend the talks by another month.\nOfficials said the next round would start soon.",
      ),
    ).toBe("en");
    expect(
      detectLanguage(
        "Министры иностранных дел предупредили Россию о серьезных последствиях.\nОб этом говорится в совместном заявлении.",
      ),
    ).toBe("ru");
    expect(
      detectLanguage(
        "Les ministres ont décidé de prolonger les négociations d'un mois.\nLa prochaine réunion aura lieu à Paris.",
      ),
    ).toBe("fr");
    expect(detectLanguage("Ok.")).toBeNull();
  });
});

describe("detectMetadata: stated values", () => {
  const header =
    "title: Ministers agree to extend talks\noutlet: Example News (example.com)\n" +
    "url: not provided by the dataset (id 12)\ndate: 2018-04-30 (from URL)\nlanguage: EN\n\n";
  const text = `${header}Ministers agree to extend talks\n\nMOSCOW, May 2 (Reuters) - Talks went on.\n`;

  it("uses the header first and strips notes from the outlet", () => {
    const m = detectMetadata(load(text));
    expect(m).toMatchObject({
      title: "Ministers agree to extend talks",
      outlet: "Example News",
      url: null,
      publishedAt: "2018-04-30",
      datePrecision: "day",
      dateSource: "header",
      language: "en",
    });
  });

  it("still marks the dateline and its agency, but keeps the header date", () => {
    const m = detectMetadata(load(text));
    expect(slices(text, m.furniture)).toEqual(["MOSCOW, May 2 (Reuters) -"]);
    expect(credited(text, m)).toEqual([["Reuters", "Reuters"]]);
  });

  it("takes a date from a stated URL when no date is stated", () => {
    const m = detectMetadata(
      doc("Body text of the story.", { url: "https://example.com/2018/04/30/talks.html" }),
    );
    expect(m).toMatchObject({
      url: "https://example.com/2018/04/30/talks.html",
      publishedAt: "2018-04-30",
      dateSource: "header",
    });
  });

  it("falls back to the text when the stated date cannot be read", () => {
    const m = detectMetadata(
      doc("12 March 2025\n\nBody of the story goes here.", { date: "unknown" }),
    );
    expect(m).toMatchObject({ publishedAt: "2025-03-12", dateSource: "text" });
  });
});

describe("detectMetadata: HTML", () => {
  it("normalizes what the page states: ISO timestamp to a day, en-GB to en", () => {
    const html =
      '<!doctype html><html lang="en-GB"><head><meta property="og:site_name" content="Example News">' +
      '<meta property="og:url" content="https://example.com/news/1"><meta property="article:published_time" content="2025-01-15T23:30:00-05:00">' +
      "<title>Ministers agree to extend talks</title></head><body><article>" +
      "<p>The ministers of three countries agreed on Tuesday to extend their tariff talks by another month, officials said after a long night.</p>" +
      "<p>Both sides said they would meet again in March to discuss the remaining issues, including quotas on steel and aluminium.</p>" +
      "</article></body></html>";
    const m = detectMetadata(loadDocument("page.html", new TextEncoder().encode(html)));
    expect(m).toMatchObject({
      title: "Ministers agree to extend talks",
      outlet: "Example News",
      url: "https://example.com/news/1",
      publishedAt: "2025-01-15",
      dateSource: "header",
      language: "en",
    });
  });
});

describe("detectMetadata: from the text", () => {
  it("reads a date line and a site-name line at the top, then the headline", () => {
    const text =
      "Wednesday, 12 March 2025\nexample.net\n\nMinisters agree to extend tariff talks\n\nThe ministers agreed on Tuesday. They said more.\n";
    const m = detectMetadata(doc(text));
    expect(m).toMatchObject({
      publishedAt: "2025-03-12",
      datePrecision: "day",
      dateSource: "text",
    });
    expect(m.title).toBe("Ministers agree to extend tariff talks");
    expect(m.furniture.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ["metadata_header", "Wednesday, 12 March 2025"],
      ["site_name", "example.net"],
    ]);
    expect(m.outlet).toBe("example.net");
  });

  it("marks navigation labels above the headline", () => {
    const text =
      "News Feed\n\nMinisters agree to extend tariff talks\n\nThe ministers agreed on Tuesday.";
    const m = detectMetadata(doc(text));
    expect(m.furniture.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ["navigation", "News Feed"],
    ]);
    expect(m.title).toBe("Ministers agree to extend tariff talks");
    expect(m.outlet).toBeNull();
  });

  it("reads a labelled date opening the first paragraph, marking only the label and date", () => {
    const text =
      " date 2025-01-12 The minister said on Sunday that the talks would go on for another month.";
    const m = detectMetadata(doc(text));
    expect(m).toMatchObject({ publishedAt: "2025-01-12", dateSource: "text", title: null });
    expect(slices(text, m.furniture)).toEqual(["date 2025-01-12"]);
  });

  it("takes no title from a first paragraph of several sentences", () => {
    const m = detectMetadata(
      doc("The minister spoke on Monday. He said the talks would go on.\nMore text."),
    );
    expect(m.title).toBeNull();
  });

  it("keeps a headline with abbreviations whole", () => {
    const m = detectMetadata(doc("Report: U.S. Confirmed the Files as Authentic\n\nBody."));
    expect(m.title).toBe("Report: U.S. Confirmed the Files as Authentic");
  });

  it.each([
    [
      "WASHINGTON, April 30, 2018 (Reuters) - President Trump said",
      "WASHINGTON, April 30, 2018 (Reuters) -",
      "2018-04-30",
      "Reuters",
    ],
    [
      "TEL AVIV (AP) — Israel presented what it said was evidence",
      "TEL AVIV (AP) —",
      null,
      "Associated Press",
    ],
    ["MOSCOW, Jan 15 (Reuters) - The Kremlin said", "MOSCOW, Jan 15 (Reuters) -", null, "Reuters"],
    ["Washington (AFP) – US President Donald Trump has decided", "Washington (AFP) –", null, "AFP"],
    [
      "KYIV, Ukraine (AP) — Ukrainian officials said",
      "KYIV, Ukraine (AP) —",
      null,
      "Associated Press",
    ],
    ["MOSCOW, January 15. /TASS/. The Kremlin said", "MOSCOW, January 15. /TASS/.", null, "TASS"],
  ])("reads the dateline of %s", (lead, dateline, date, agency) => {
    const text = `Headline of the story here\n\n${lead} on Monday that the talks would go on.`;
    const m = detectMetadata(doc(text));
    expect(slices(text, m.furniture)).toEqual([dateline]);
    expect(m.publishedAt).toBe(date);
    expect(m.dateSource).toBe(date ? "dateline" : null);
    expect(m.credits.map((c) => c.name)).toEqual([agency]);
    expect(m.outlet).toBeNull();
  });

  it("does not take a sentence opening with an acronym and a dash for a dateline", () => {
    const m = detectMetadata(
      doc("Headline of the story here\n\nNATO — the alliance — said it would meet."),
    );
    expect(m.furniture).toEqual([]);
  });

  it("finds agency and outlet credits by their reporting verbs, not every mention", () => {
    const text =
      "Putin will insist on neutrality, unnamed sources cited by Bloomberg said, reports TASR.\n" +
      "According to the Financial Times, the talks stalled. Bloomberg reported on Monday that more was planned.\n" +
      "The minister told AP he would go. An AFP photographer was there. According to Peskov, nothing changed.\n" +
      "The Yonhap news agency said the meeting was over.\n" +
      "— AFP\n";
    const m = detectMetadata(doc(text));
    expect(credited(text, m)).toEqual([
      ["Bloomberg", "Bloomberg"],
      ["TASR", "TASR"],
      ["Financial Times", "Financial Times"],
      ["Bloomberg", "Bloomberg"],
      ["Yonhap", "Yonhap"],
      ["AFP", "AFP"],
    ]);
    expect(m.outlet).toBeNull();
  });

  it("finds Russian and French credits", () => {
    const ru =
      "Встреча прошла в Москве, сообщает ТАСС. По данным РИА Новости, переговоры продолжатся.";
    expect(detectMetadata(doc(ru)).credits.map((c) => c.name)).toEqual(["TASS", "RIA Novosti"]);
    const fr = "La réunion a eu lieu lundi, selon l'AFP. Le ministre a parlé à la presse.";
    expect(detectMetadata(doc(fr)).credits.map((c) => c.name)).toEqual(["AFP"]);
  });

  it("detects the language when none is stated, and gives null dates as unknown", () => {
    const m = detectMetadata(
      doc("Министры иностранных дел предупредили Россию о серьезных последствиях вторжения."),
    );
    expect(m).toMatchObject({
      language: "ru",
      publishedAt: null,
      datePrecision: "unknown",
      dateSource: null,
    });
  });
});

describe("detectMetadata: bundled samples", () => {
  const sample = (name: string) => {
    const path = new URL(`../../../corpora/sample/${name}`, import.meta.url);
    const d = loadDocument(`corpora/sample/${name}`, readFileSync(path));
    return { d, m: detectMetadata(d) };
  };

  it("000: date from the labelled date at the top; no title; New York Post credited", () => {
    const { d, m } = sample("000_4a2dc3396a826ffb.txt");
    expect(m).toMatchObject({
      publishedAt: "2025-01-12",
      datePrecision: "day",
      dateSource: "text",
      title: null,
      language: "en",
    });
    expect(slices(d.text, m.furniture)).toEqual(["date 2025-01-12"]);
    expect(m.credits.map((c) => c.name)).toContain("New York Post");
    expect(m.outlet).toBeNull();
  });

  it("001: date line and site name at the top, headline as title", () => {
    const { d, m } = sample("001_187931b087a8ad3f.txt");
    expect(m).toMatchObject({
      publishedAt: "2025-03-12",
      dateSource: "text",
      outlet: "smiua.net",
      language: "en",
    });
    expect(m.title).toMatch(/^Financial Times: Putin will demand NATO's withdrawal/);
    expect(m.furniture.map((f) => [f.kind, d.text.slice(f.start, f.end)])).toEqual([
      ["metadata_header", "Wednesday12 March 2025"],
      ["site_name", "smiua.net"],
    ]);
    expect(new Set(m.credits.map((c) => c.name))).toEqual(new Set(["Financial Times"]));
  });

  it("002: no date, no title; Bloomberg, TASR and Reuters credited", () => {
    const { m } = sample("002_e59f5d17fc10ea35.txt");
    expect(m).toMatchObject({ publishedAt: null, dateSource: null, title: null, language: "en" });
    expect(new Set(m.credits.map((c) => c.name))).toEqual(
      new Set(["Bloomberg", "TASR", "Reuters"]),
    );
  });

  it("003: the headline is the title", () => {
    const { m } = sample("003_dbda7665e3f63745.txt");
    expect(m.title).toBe(
      "Putin to Discuss Ukraine’s NATO Exclusion and Military De-escalation with Trump",
    );
    expect(m.furniture).toEqual([]);
  });

  it("004: a navigation label above the headline; Bloomberg credited", () => {
    const { d, m } = sample("004_cad690776ade5d88.txt");
    expect(m.title).toBe(
      "Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports",
    );
    expect(m.furniture.map((f) => [f.kind, d.text.slice(f.start, f.end)])).toEqual([
      ["navigation", "News Feed"],
    ]);
    expect(m.credits.length).toBeGreaterThanOrEqual(3);
    expect(new Set(m.credits.map((c) => c.name))).toEqual(new Set(["Bloomberg"]));
    expect(m.outlet).toBeNull();
  });
});
