// biome-ignore lint/style/noRestrictedImports: tests read the bundled sample corpus; src never does.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { quotesIn, type SegmentResult, segment, sentenceAt, tokensIn } from "./segment.js";
import type { Span } from "./types.js";

const en = (text: string, excluded: Span[] = []) => segment(text, { language: "en", excluded });
const slice = (text: string, s: Span) => text.slice(s.start, s.end);
const sentencesOf = (text: string, seg: SegmentResult) => seg.sentences.map((s) => slice(text, s));
const paragraphsOf = (text: string, seg: SegmentResult) =>
  seg.paragraphs.map((p) => slice(text, p));
const quotesOf = (text: string, seg: SegmentResult) => seg.quotes.map((q) => slice(text, q));
const innersOf = (text: string, seg: SegmentResult) => seg.quotes.map((q) => slice(text, q.inner));
const headlinesOf = (text: string, seg: SegmentResult) =>
  seg.paragraphs.filter((p) => p.headline).map((p) => slice(text, p));

describe("paragraphs", () => {
  it("splits on blank lines and on single newlines, trimming spaces", () => {
    const text = "  First one.  \n\nSecond one.\r\nThird\u00a0one.\t\n \n\tFourth one.";
    const seg = en(text);
    expect(paragraphsOf(text, seg)).toEqual([
      "First one.",
      "Second one.",
      "Third\u00a0one.",
      "Fourth one.",
    ]);
  });

  it("skips paragraphs wholly inside an excluded span and keeps partly excluded ones", () => {
    const text = "title: Header\nurl: x\nBody starts here. It goes on.\nLast line here.";
    const header = { start: 0, end: text.indexOf("\nBody") };
    const partial = { start: text.indexOf("It goes"), end: text.indexOf("\nLast") };
    const seg = en(text, [header, partial]);
    expect(paragraphsOf(text, seg)).toEqual(["Body starts here. It goes on.", "Last line here."]);
    expect(seg.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(seg.sentences.flatMap((s) => s.tokens).some((t) => t.value === "Header")).toBe(false);
  });

  it("marks a short line without final punctuation as a headline", () => {
    const text =
      "The minister spoke for an hour on Monday. He left before questions were taken.\n" +
      "Talks on the border stall again\n" +
      "Officials said the talks would resume next week after a pause.";
    expect(headlinesOf(text, en(text))).toEqual(["Talks on the border stall again"]);
  });

  it("marks a Title Case line as a headline even with a final period", () => {
    const text =
      "The minister spoke for an hour on Monday. He left before questions were taken.\n" +
      "Ministers Delay Vote on Fishing Quotas for Another Month.\n" +
      "Dr. Lee: Absolutely.\n" +
      "Officials said the talks would resume next week.";
    expect(headlinesOf(text, en(text))).toEqual([
      "Ministers Delay Vote on Fishing Quotas for Another Month.",
    ]);
  });

  it("marks the first line as a headline when it is one short sentence", () => {
    const withTitle =
      "Leaders agree to meet again in spring.\nThe leaders met on Monday. They talked.";
    expect(headlinesOf(withTitle, en(withTitle))).toEqual([
      "Leaders agree to meet again in spring.",
    ]);
    // After a run of short furniture lines, the first sentence-like line is still the title.
    const furniture =
      "Monday 3 March 2025\nexample.com\nLeaders agree to meet again.\nThe leaders met.";
    expect(headlinesOf(furniture, en(furniture))).toEqual([
      "Monday 3 March 2025",
      "example.com",
      "Leaders agree to meet again.",
    ]);
    const lead = "The leaders met on Monday. They talked for hours.\nThey left.";
    expect(headlinesOf(lead, en(lead))).toEqual([]);
  });

  it("marks a subhead glued to the next sentence without splitting it", () => {
    const text =
      "Leaders ready to resume talks in Geneva The minister said on Monday that the talks would resume.\n" +
      "Officials met in The Hague on Monday and agreed on a date.";
    const seg = en(text);
    expect(sentencesOf(text, seg)).toEqual([
      "Leaders ready to resume talks in Geneva The minister said on Monday that the talks would resume.",
      "Officials met in The Hague on Monday and agreed on a date.",
    ]);
    const [glued, plain] = seg.sentences;
    expect(glued?.headline && slice(text, glued.headline)).toBe(
      "Leaders ready to resume talks in Geneva",
    );
    expect(plain?.headline).toBeUndefined();
    expect(seg.paragraphs[0]?.headline).toBe(false);
  });

  it("leaves Title Case subheads glued to a sentence unmarked", () => {
    const text =
      "The story began last year.\nPutin Warns West Over Missiles He said on Monday that missiles would be moved.";
    expect(en(text).sentences.some((s) => s.headline)).toBe(false);
  });
});

describe("English sentences", () => {
  it("never lets a sentence cross a paragraph break", () => {
    const text = "A line with no stop\nThe next line has one. And another";
    expect(sentencesOf(text, en(text))).toEqual([
      "A line with no stop",
      "The next line has one.",
      "And another",
    ]);
  });

  it("does not end sentences at abbreviations", () => {
    const text =
      "The U.S. Senate heard Dr. Jones, Gov. Smith and Sen. Brown on Jan. 15 at 5 p.m. in Washington. Mr. and Mrs. Lee left.";
    expect(sentencesOf(text, en(text))).toEqual([
      "The U.S. Senate heard Dr. Jones, Gov. Smith and Sen. Brown on Jan. 15 at 5 p.m. in Washington.",
      "Mr. and Mrs. Lee left.",
    ]);
  });

  it("ends a sentence at an abbreviation when a sentence opener follows", () => {
    const text = "He lives in the U.S. He likes it. It was made by Acme Inc. The firm said so.";
    expect(sentencesOf(text, en(text))).toEqual([
      "He lives in the U.S.",
      "He likes it.",
      "It was made by Acme Inc.",
      "The firm said so.",
    ]);
  });

  it("splits at a period with no space after it before a capital, not inside a name", () => {
    const text =
      "They want to curb NATO.The world is changing. Visit www.example.com today. Dr.Lee spoke.";
    expect(sentencesOf(text, en(text))).toEqual([
      "They want to curb NATO.",
      "The world is changing.",
      "Visit www.example.com today.",
      "Dr.Lee spoke.",
    ]);
  });

  it('keeps closing quotes with their sentence and goes on after ?" or !"', () => {
    const text =
      'He said “it is over.” Then he left. "Will you resign?" he was asked. "No!" he said. She said \'no.\' Then she left.';
    expect(sentencesOf(text, en(text))).toEqual([
      "He said “it is over.”",
      "Then he left.",
      '"Will you resign?" he was asked.',
      '"No!" he said.',
      "She said 'no.'",
      "Then she left.",
    ]);
  });

  it("takes a bare period before a lowercase word for a sentence with a typo", () => {
    const text = "It is about security. for the West, it is about norms. It cost 3 bln. rubles.";
    expect(sentencesOf(text, en(text))).toEqual([
      "It is about security.",
      "for the West, it is about norms.",
      "It cost 3 bln. rubles.",
    ]);
  });

  it("gives a sentence-final abbreviation's period a token of its own", () => {
    const text = "He said no. Then he left.";
    const [first] = en(text).sentences;
    expect(first?.tokens.map((t) => t.value)).toEqual(["He", "said", "no", "."]);
    expect(first?.tokens.map((t) => t.normal)).toEqual(["he", "said", "no", "."]);
  });

  it("maps tokens to offsets, lowercases normals and spells out negations", () => {
    const text = "Russia’s envoy can't  say\u00a0\u200bmore, he said.";
    const seg = en(text);
    const tokens = seg.sentences.flatMap((s) => s.tokens);
    for (const t of tokens) expect(slice(text, t)).toBe(t.value);
    expect(tokens.map((t) => t.value)).toEqual([
      "Russia",
      "’s",
      "envoy",
      "ca",
      "n't",
      "say",
      "more",
      ",",
      "he",
      "said",
      ".",
    ]);
    expect(tokens.map((t) => t.normal).slice(0, 5)).toEqual([
      "russia",
      "’s",
      "envoy",
      "can",
      "not",
    ]);
    expect(new Set(tokens.map((t) => t.pos))).toEqual(new Set(["X"]));
  });

  it("tags parts of speech on request", () => {
    const text = "The minister said no.";
    const tagged = segment(text, { language: "en", excluded: [], pos: true });
    const pos = Object.fromEntries(tagged.sentences[0]?.tokens.map((t) => [t.value, t.pos]) ?? []);
    expect(pos.The).toBe("DET");
    expect(pos.minister).toBe("NOUN");
    expect(pos.said).toBe("VERB");
  });

  it("treats text of unknown language as English when its letters are plain ASCII", () => {
    // Only the English path splits "can't" and can tag parts of speech.
    const text = "The envoy can't say more.";
    const seg = segment(text, { language: null, excluded: [], pos: true });
    expect(seg.sentences[0]?.tokens.map((t) => t.value)).toContain("n't");
    expect(seg.sentences[0]?.tokens.find((t) => t.value === "envoy")?.pos).toBe("NOUN");
    const french = "L'envoyé n'a rien dit de plus sur la réunion à Genève.";
    const fr = segment(french, { language: null, excluded: [], pos: true });
    expect(fr.sentences[0]?.tokens.every((t) => t.pos === "X")).toBe(true);
    expect(fr.sentences[0]?.tokens.map((t) => t.value)).toContain("Genève");
  });
});

describe("other languages", () => {
  it("splits French with Intl.Segmenter, keeping titles and closing guillemets in place", () => {
    const text =
      "« Nous ne céderons pas », a déclaré le ministre. « C'est clair ! » a-t-il ajouté. M. Macron a dit « Non. » Puis il est parti.";
    const seg = segment(text, { language: "fr", excluded: [] });
    expect(sentencesOf(text, seg)).toEqual([
      "« Nous ne céderons pas », a déclaré le ministre.",
      "« C'est clair ! » a-t-il ajouté.",
      "M. Macron a dit « Non. »",
      "Puis il est parti.",
    ]);
    const tokens = seg.sentences.flatMap((s) => s.tokens);
    for (const t of tokens) expect(slice(text, t)).toBe(t.value);
    expect(tokens.every((t) => t.pos === "X")).toBe(true);
    expect(tokens.find((t) => t.value === "Macron")?.normal).toBe("macron");
  });

  it("keeps Russian initials with the name", () => {
    const text = "В. В. Путин уехал. Переговоры продолжатся.";
    const seg = segment(text, { language: "ru", excluded: [] });
    expect(sentencesOf(text, seg)).toEqual(["В. В. Путин уехал.", "Переговоры продолжатся."]);
  });

  it("falls back to a neutral segmenter for an invalid language tag", () => {
    const text = "Un. Deux.";
    const seg = segment(text, { language: "not a tag!", excluded: [] });
    expect(sentencesOf(text, seg)).toEqual(["Un.", "Deux."]);
  });
});

describe("quotes", () => {
  it("finds every quotation style", () => {
    const text =
      "A “double” b ‘single’ c \"straight\" d 'plain' e «guillemets» f „low“ g ‚low single‘ h « spaced\u00a0» i.";
    const seg = en(text);
    expect(innersOf(text, seg)).toEqual([
      "double",
      "single",
      "straight",
      "plain",
      "guillemets",
      "low",
      "low single",
      "spaced",
    ]);
    expect(quotesOf(text, seg)[7]).toBe("« spaced\u00a0»");
    expect(seg.quotes.every((q) => q.balanced)).toBe(true);
  });

  it("lists a nested quote as its own entry inside the outer one", () => {
    const text = "“The ‘hot’ stage can end,” he said. «Он сказал „нет“ дважды», - говорится.";
    const seg = en(text);
    expect(quotesOf(text, seg)).toEqual([
      "“The ‘hot’ stage can end,”",
      "‘hot’",
      "«Он сказал „нет“ дважды»",
      "„нет“",
    ]);
    const [outer, inner] = seg.quotes;
    expect(outer && inner && outer.start < inner.start && inner.end < outer.end).toBe(true);
  });

  it("does not take apostrophes for quotes", () => {
    const text =
      "Don’t ask why Putin’s aides loved the '90s, rock 'n' roll and 'Tis the season; the countries' leaders can't agree.";
    expect(en(text).quotes).toEqual([]);
    const inside = "He said: 'I don't like the '90s, that's all.'";
    expect(innersOf(inside, en(inside))).toEqual(["I don't like the '90s, that's all."]);
  });

  it("infers the direction of straight double quotes from their position", () => {
    const text = 'He called it "fake" and "absurd", then said,"We go" and left ("now").';
    expect(innersOf(text, en(text))).toEqual(["fake", "absurd", "We go", "now"]);
  });

  it("lets a quote run over several sentences", () => {
    const text = '"We are ready. We will not wait," he said. Then he left.';
    const seg = en(text);
    expect(quotesOf(text, seg)).toEqual(['"We are ready. We will not wait,"']);
    const [q] = seg.quotes;
    expect(q && quotesIn(seg, seg.sentences[1] as Span)).toEqual([q]);
  });

  it("lets a quote run over paragraphs that each reopen it", () => {
    const text = "“First part of it.\n“Second part of it.\n“Last part,” he said.\nNext paragraph.";
    const seg = en(text);
    expect(seg.quotes).toHaveLength(1);
    const [q] = seg.quotes;
    expect(q?.balanced).toBe(true);
    expect(q && slice(text, q)).toBe(text.slice(0, text.indexOf(" he said")));
    expect(q && slice(text, q.inner)).toBe(text.slice(1, text.indexOf("” he said")));
  });

  it("closes a quote a few lines on when the lines do not reopen it", () => {
    const text = 'She said: "The first line.\nThe second line.\nThe last line."\nA new line.';
    const seg = en(text);
    expect(quotesOf(text, seg)).toEqual(['"The first line.\nThe second line.\nThe last line."']);
  });

  it("ends an unclosed quote at the end of its paragraph", () => {
    const text = "He said “we will never give up\nAnother paragraph follows.";
    const seg = en(text);
    expect(seg.quotes).toEqual([
      {
        start: text.indexOf("“"),
        end: text.indexOf("\n"),
        inner: { start: text.indexOf("we"), end: text.indexOf("\n") },
        balanced: false,
      },
    ]);
  });

  it("reports scare quotes and quoted terms as quotes too", () => {
    const text = 'It could end the “hot” stage of the war, which he called a "mess."';
    expect(innersOf(text, en(text))).toEqual(["hot", "mess."]);
  });
});

describe("helpers", () => {
  const text = '"We are ready," he said. "We will wait." They left.';
  const seg = en(text);

  it("finds the sentence at an offset", () => {
    expect(sentenceAt(seg, text.indexOf("ready"))).toBe(seg.sentences[0]);
    expect(sentenceAt(seg, text.indexOf("They"))).toBe(seg.sentences[2]);
    expect(sentenceAt(seg, text.indexOf(' "We will'))).toBeNull();
    expect(sentenceAt(seg, text.length)).toBeNull();
  });

  it("finds the quotes overlapping or within a span", () => {
    const second = seg.sentences[1] as Span;
    expect(quotesIn(seg, second).map((q) => slice(text, q))).toEqual(['"We will wait."']);
    expect(quotesIn(seg, { start: 0, end: text.length }, "within")).toHaveLength(2);
    expect(quotesIn(seg, { start: 3, end: 30 }, "within")).toEqual([]);
    expect(quotesIn(seg, { start: 3, end: 3 })).toEqual([seg.quotes[0]]);
  });

  it("finds a sentence's tokens overlapping a span", () => {
    const first = seg.sentences[0];
    const inner = seg.quotes[0]?.inner as Span;
    expect(first && tokensIn(first, inner).map((t) => t.value)).toEqual([
      "We",
      "are",
      "ready",
      ",",
    ]);
    expect(first && tokensIn(first, { start: 200, end: 210 })).toEqual([]);
  });
});

describe("the bundled samples", () => {
  const dir = new URL("../../../corpora/sample/", import.meta.url);
  const samples = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), "utf8") }));
  const segmented = samples.map(({ name, text }) => ({
    name,
    text,
    seg: segment(text, { language: "en", excluded: [] }),
  }));
  const marks = /^["'“”‘’«»„‚]/;

  it("has all five samples", () => {
    expect(samples).toHaveLength(5);
  });

  it.each(segmented)("$name: quotes start and end with marks, sorted by start", ({ text, seg }) => {
    expect(seg.quotes.length).toBeGreaterThan(0);
    let previous = -1;
    for (const q of seg.quotes) {
      expect(q.start).toBeGreaterThanOrEqual(previous);
      previous = q.start;
      const quoted = slice(text, q);
      expect(quoted).toMatch(marks);
      if (q.balanced) expect(quoted.slice(-1)).toMatch(marks);
      else expect(seg.paragraphs.some((p) => p.end === q.end)).toBe(true);
      expect(q.inner.start).toBeGreaterThan(q.start);
      expect(q.inner.end).toBeLessThan(q.end + (q.balanced ? 0 : 1));
    }
  });

  it.each(segmented)("$name: sentences stay inside their paragraph", ({ seg }) => {
    let previous = -1;
    for (const s of seg.sentences) {
      const p = seg.paragraphs[s.paragraph];
      expect(p).toBeDefined();
      expect(s.start).toBeGreaterThanOrEqual(p?.start ?? Number.NaN);
      expect(s.end).toBeLessThanOrEqual(p?.end ?? Number.NaN);
      expect(s.start).toBeGreaterThanOrEqual(previous);
      previous = s.end;
    }
  });

  it.each(segmented)("$name: token offsets slice to token values", ({ text, seg }) => {
    for (const s of seg.sentences) {
      expect(s.tokens[0]?.start).toBe(s.start);
      expect(s.tokens.at(-1)?.end).toBe(s.end);
      for (const t of s.tokens) {
        expect(slice(text, t)).toBe(t.value);
        expect(t.value.trim()).toBe(t.value);
      }
    }
  });

  const find = (name: string) => segmented.find((s) => s.name.startsWith(name));

  it("splits the glued 'NATO.The world' and quotes across it (003)", () => {
    const s = find("003");
    if (!s) throw new Error("sample 003 missing");
    const sentences = sentencesOf(s.text, s.seg);
    expect(sentences).toContain("“Trump, in turn, himself wants to curtail the role of NATO.");
    expect(sentences).toContain(
      "The world is changing,everything is possible,” the publication noted.",
    );
    expect(quotesOf(s.text, s.seg)).toContain(
      "“Trump, in turn, himself wants to curtail the role of NATO.The world is changing,everything is possible,”",
    );
    expect(headlinesOf(s.text, s.seg)).toContain("On Putin’s Priorities in the Negotiations");
  });

  it("finds mixed curly-open, straight-close quotes and the glued subhead (000)", () => {
    const s = find("000");
    if (!s) throw new Error("sample 000 missing");
    expect(quotesOf(s.text, s.seg)).toContain(
      '“He is very worried about how the world will look after the war."',
    );
    expect(innersOf(s.text, s.seg)).toContain("hot");
    const glued = s.seg.sentences.find((x) => x.headline);
    expect(glued?.headline && slice(s.text, glued.headline)).toBe(
      "Trump and Putin ready to discuss war in Ukraine",
    );
  });

  it("marks the subheads of 002 and the title lines of 004", () => {
    const s2 = find("002");
    const s4 = find("004");
    if (!s2 || !s4) throw new Error("samples missing");
    expect(headlinesOf(s2.text, s2.seg)).toEqual([
      "What Kiev to these requirements",
      "Trump talked about a quick fix",
    ]);
    expect(headlinesOf(s4.text, s4.seg)).toContain(
      "Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports",
    );
    expect(innersOf(s4.text, s4.seg)).toContain("boots on the ground");
  });
});
