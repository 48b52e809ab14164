// biome-ignore lint/style/noRestrictedImports: tests read the bundled sample corpus; src never does.
import { readdirSync, readFileSync } from "node:fs";
import type { ExcludedRange } from "@stancemap/schema";
import { describe, expect, it } from "vitest";
import { findBoilerplate, mergeRanges } from "./clean.js";

const marked = (text: string, ranges: ExcludedRange[]) =>
  ranges.map((r) => [r.kind, text.slice(r.start, r.end)]);
/** Whether `needle` (which must occur in `text`) lies wholly inside one excluded range. */
const excluded = (text: string, ranges: ExcludedRange[], needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return ranges.some((r) => r.start <= start && start + needle.length <= r.end);
};
const touched = (text: string, ranges: ExcludedRange[], needle: string) => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return ranges.some((r) => r.start < start + needle.length && start < r.end);
};

function expectWellFormed(ranges: ExcludedRange[]) {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as ExcludedRange;
    expect(r.end).toBeGreaterThan(r.start);
    if (i > 0) expect(r.start).toBeGreaterThanOrEqual((ranges[i - 1] as ExcludedRange).end);
  }
}

const P1 = "The ministers agreed on Tuesday to extend the talks by another month, officials said.";
const P2 =
  "“We are not there yet,” the trade minister told reporters after the meeting in Brussels.";
const P3 = "Both sides said they would meet again in March to discuss the remaining issues.";

describe("findBoilerplate: single rules", () => {
  it("marks the metadata header", () => {
    const text = `title: Talks\ndate: 2025-01-15\n\n${P1}`;
    expect(marked(text, findBoilerplate(text, { header: { start: 0, end: 31 } }))).toEqual([
      ["metadata_header", "title: Talks\ndate: 2025-01-15"],
    ]);
  });

  it("marks template tags, merging neighbours separated by whitespace only", () => {
    const text = `${P1} {{^adFree}} {{/adFree}}\n\n{% include ad.html %} ${P2} [[caption]]`;
    expect(marked(text, findBoilerplate(text))).toEqual([
      ["template", "{{^adFree}} {{/adFree}}\n\n{% include ad.html %}"],
      ["template", "[[caption]]"],
    ]);
  });

  it.each([
    "Read more",
    "Show More",
    "Continue reading",
    "Load more",
    "READ MORE: Ministers agree to extend talks",
    "Читайте также: Министры договорились",
  ])("marks the read-more line %s", (line) => {
    const text = `${P1}\n\n${line}\n\n${P2}\n\n${P3}`;
    expect(marked(text, findBoilerplate(text))).toEqual([["read_more", line]]);
  });

  it("marks read-time, navigation and ad lines", () => {
    const text = `Home > World > Europe\n\n3 min read\n\n${P1}\n\nAdvertisement\n\n${P2}\n\nShare this article\n\n${P3}`;
    expect(marked(text, findBoilerplate(text))).toEqual([
      ["navigation", "Home > World > Europe"],
      ["other", "3 min read"],
      ["other", "Advertisement"],
      ["navigation", "Share this article"],
    ]);
  });

  it("marks newsletter and comment prompts, as lines and as sentences", () => {
    const text =
      `${P1}\n\nSign up for our morning newsletter to get the news in your inbox.\n\n${P2}\n\n` +
      `${P3} What do you think? We’d love to hear your thoughts in the comments below.\n\nLeave a Reply`;
    expect(marked(text, findBoilerplate(text))).toEqual([
      ["newsletter_prompt", "Sign up for our morning newsletter to get the news in your inbox."],
      ["comment_prompt", "We’d love to hear your thoughts in the comments below.\n\nLeave a Reply"],
    ]);
  });

  it("marks captions ending in a photo credit, credit lines and image placeholders", () => {
    const caption =
      "The minister arrives for the meeting in Brussels on Jan. 15, 2025. (Jane Doe/Example Images)";
    const text = `${P1}\n\n${caption}\n\nPhoto: Jane Doe / Example Agency\n\nArticle image\nAvatar\n\n${P2}`;
    expect(marked(text, findBoilerplate(text))).toEqual([
      ["caption", caption],
      ["credit", "Photo: Jane Doe / Example Agency"],
      ["caption", "Article image\nAvatar"],
    ]);
  });

  it("does not take a paragraph ending in a plain agency credit, or a quote, for a caption", () => {
    const text = `${P1} (Reuters)\n\n“We will go on,” he said at the meeting. (Photo unavailable)\n\n${P3}`;
    expect(findBoilerplate(text)).toEqual([]);
  });

  it("marks wire footers and copyright lines", () => {
    const text = `${P1}\n\n${P2}\n\nReporting by Jane Doe; Editing by John Roe\n\nThe Associated Press contributed to this report.\n\n© 2025 Example News. All rights reserved.`;
    expect(marked(text, findBoilerplate(text))).toEqual([
      [
        "credit",
        "Reporting by Jane Doe; Editing by John Roe\n\nThe Associated Press contributed to this report.",
      ],
      ["other", "© 2025 Example News. All rights reserved."],
    ]);
  });

  it("marks embedded tweet furniture but not the tweet's words", () => {
    const text =
      `${P1}\n\nThe talks will go on next week, and we are ready. pic.twitter.com/AbC123xyz\n` +
      `— Jane Doe (@janedoe) January 5, 2025\n\nEmbed from Getty Images\n\n${P2}`;
    expect(marked(text, findBoilerplate(text))).toEqual([
      [
        "embed",
        "pic.twitter.com/AbC123xyz\n— Jane Doe (@janedoe) January 5, 2025\n\nEmbed from Getty Images",
      ],
    ]);
  });

  it("marks a repeated headline or lead paragraph, second copy only", () => {
    const text = `Ministers agree to extend talks\n\nMinisters agree to extend talks\n\n${P1}\n\n${P2}\n\n${P1}`;
    const ranges = findBoilerplate(text);
    expect(marked(text, ranges)).toEqual([
      ["duplicate_lead", "Ministers agree to extend talks"],
      ["duplicate_lead", P1],
    ]);
    expect(ranges[0]?.start).toBe(text.indexOf("Ministers", 5));
  });

  it("does not mark short repeated lines", () => {
    const text = `Q: Why?\n\n${P1}\n\nQ: Why?\n\n${P2}`;
    expect(findBoilerplate(text)).toEqual([]);
  });
});

describe("findBoilerplate: blocks", () => {
  it("marks a related feed after the article, from its marker to the end", () => {
    const text =
      `${P1}\n\n${P2}\n\n${P3}\n\n${P1.replace("Tuesday", "Monday")}\n\n${P3.replace("March", "April")}\n\n` +
      "More from Example News\n\nOil prices fall as talks stall\n\nThe price of oil fell on Friday after the talks stalled.\n\nShow More";
    const ranges = findBoilerplate(text);
    expect(marked(text, ranges)).toEqual([
      [
        "related_feed",
        "More from Example News\n\nOil prices fall as talks stall\n\nThe price of oil fell on Friday after the talks stalled.\n\nShow More",
      ],
    ]);
  });

  it("marks only the marker and its headlines when the article goes on after a mid-article 'Related'", () => {
    const text = `${P1}\n\n${P2}\n\nRelated\nOil prices fall as talks stall\nWhat the deal means for farmers\n\n${P3}\n\n${P1}x\n\n${P2}y`;
    expect(marked(text, findBoilerplate(text))).toEqual([
      ["related_feed", "Related\nOil prices fall as talks stall\nWhat the deal means for farmers"],
    ]);
  });

  it("marks a teaser: a headline and an excerpt cut off mid-sentence", () => {
    const teaser =
      "Will the deal hold? We asked three trade experts\nJust days after the talks, the future of the tariff deal is dominated by one question: whether the ministers will manage to keep";
    const text = `${P1}\n\n${P2}\n\n${teaser}\n\n${P3}`;
    expect(marked(text, findBoilerplate(text))).toEqual([["related_feed", teaser]]);
  });

  it("marks an author box: name, job title and the bio paragraph", () => {
    const box =
      "Jane Doe\n\nSenior Correspondent\n\nJane Doe is a senior correspondent at Example News. She previously covered trade in Asia.";
    const text = `${P1}\n\n${P2}\n\n${P3}\n\n${box}`;
    expect(marked(text, findBoilerplate(text))).toEqual([["author_bio", box]]);
  });

  it("marks a bio paragraph at the end without a byline block, and a byline at the top", () => {
    const bio = "John Roe is a reporter for Example News based in Brussels, where he covers trade.";
    const text = `By John Roe and Jane Doe\n\n${P1}\n\n${P2}\n\n${P3}\n\n${bio}`;
    expect(marked(text, findBoilerplate(text))).toEqual([
      ["author_bio", "By John Roe and Jane Doe"],
      ["author_bio", bio],
    ]);
  });

  it("does not take an article sentence about someone's job for a bio when it is mid-article", () => {
    const text = `${P1}\n\nJohn Roe is a professor of economics at the University of Example.\n\n${P2}\n\n${P3}\n\n${P1}z\n\n${P2}z`;
    expect(findBoilerplate(text)).toEqual([]);
  });

  it.each([
    "Sign up rates for the programme rose by 20 percent in the first month, officials said.",
    "Related talks between the two sides ended in March without a deal, the ministry said.",
    "The convoy was moving at about 60 miles an hour on the coast road (97 km/h)",
    "The minister met his counterpart on Monday — Reuters reported on the meeting.",
    "Users who subscribe to the service get email updates on prices, the company said.",
    "Mark Doe is a former minister at the foreign ministry and a critic of the deal.",
  ])("leaves the article line %s alone", (line) => {
    const text = `Ministers agree to extend talks\n\n${P1}\n\n${P2}\n\n${P3}\n\n${line}`;
    expect(findBoilerplate(text)).toEqual([]);
  });

  it("marks a teaser for another story between the headline and the dateline", () => {
    const teaser =
      "Two neighbouring states agree that a currency war would hurt the region, a finance minister said after talks.";
    const deck = "The levies have strained ties with fishing partners across the northern sea.";
    const text = `Ruritania delays fishing levies until spring\n\n${teaser}\n\n${deck}\n\nVALDORIA — ${P1}\n\n${P2}`;
    const ranges = findBoilerplate(text);
    expect(excluded(text, ranges, teaser)).toBe(true);
    // A deck restates the headline ("levies"): it stays, as does the dateline lead.
    expect(touched(text, ranges, deck)).toBe(false);
    expect(touched(text, ranges, P1)).toBe(false);
    // Without a dateline after it, the same paragraph is the article's own lead.
    const plain = `Ruritania delays fishing levies until spring\n\n${teaser}\n\n${P1}`;
    expect(touched(plain, findBoilerplate(plain), teaser)).toBe(false);
  });

  it("leaves plain articles alone", () => {
    const text = `Ministers agree to extend talks\n\n${P1}\n\n${P2}\n\n${P3}`;
    expect(findBoilerplate(text)).toEqual([]);
  });
});

describe("mergeRanges", () => {
  it("sorts, drops contained ranges, cuts partial overlaps and joins whitespace-separated ranges of one kind", () => {
    const text = "aaaa bbbb cccc dddd";
    const merged = mergeRanges(text, [
      { kind: "caption", start: 10, end: 14 },
      { kind: "related_feed", start: 0, end: 9 },
      { kind: "read_more", start: 5, end: 9 },
      { kind: "caption", start: 15, end: 19 },
      { kind: "credit", start: 7, end: 12 },
    ]);
    expect(merged).toEqual([
      { kind: "related_feed", start: 0, end: 9 },
      { kind: "credit", start: 9, end: 12 },
      { kind: "caption", start: 12, end: 19 },
    ]);
  });
});

describe("findBoilerplate: bundled samples", () => {
  const dir = new URL("../../../corpora/sample/", import.meta.url);
  const read = (name: string) => readFileSync(new URL(name, dir), "utf8");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();

  it.each(files)("%s: ranges are sorted and disjoint, and no quotation is marked", (file) => {
    const text = read(file);
    const ranges = findBoilerplate(text);
    expectWellFormed(ranges);
    for (const quote of text.matchAll(/“[^”\n]*”|"[^"\n]*"/g)) {
      expect(touched(text, ranges, quote[0]), quote[0]).toBe(false);
    }
  });

  it("000: the template tags, nothing else", () => {
    const text = read("000_4a2dc3396a826ffb.txt");
    expect(marked(text, findBoilerplate(text))).toEqual([["template", "{{^adFree}} {{/adFree}}"]]);
  });

  it("001 and 002: plain articles, nothing marked", () => {
    expect(findBoilerplate(read("001_187931b087a8ad3f.txt"))).toEqual([]);
    expect(findBoilerplate(read("002_e59f5d17fc10ea35.txt"))).toEqual([]);
  });

  it("003: the repeated headline, the reader prompt and 'Leave a Replay'", () => {
    const text = read("003_dbda7665e3f63745.txt");
    const ranges = findBoilerplate(text);
    const title = "Putin to Discuss Ukraine’s NATO Exclusion and Military De-escalation with Trump";
    expect(excluded(text, ranges, title)).toBe(false);
    expect(excluded(text, ranges, title, text.indexOf(title) + 1)).toBe(true);
    expect(excluded(text, ranges, "We’d love to hear your thoughts in the comments below.")).toBe(
      true,
    );
    expect(excluded(text, ranges, "Leave a Replay")).toBe(true);
    // The interview itself stays, including the question to readers that precedes the prompt.
    expect(touched(text, ranges, "Dr. Ivanova: That’s a interesting question")).toBe(false);
    expect(touched(text, ranges, "Do you beleive a reduction in NATO’s influence")).toBe(false);
  });

  it("004: headline copy, read time, caption, teaser, author box and the feed to the end", () => {
    const text = read("004_cad690776ade5d88.txt");
    const ranges = findBoilerplate(text);
    const kinds = (needle: string) =>
      ranges.filter((r) => touched(text, [r], needle)).map((r) => r.kind);
    const headline =
      "Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports";
    expect(excluded(text, ranges, headline)).toBe(false);
    expect(kinds(`2 min read\n${headline}`)).toEqual(["other", "duplicate_lead"]);
    expect(kinds("(Contributor/Getty Images)")).toEqual(["caption"]);
    expect(
      excluded(text, ranges, "Russian President Vladimir Putin smiles during his meeting"),
    ).toBe(true);
    expect(kinds("Will Europe put ‘boots on the ground’")).toEqual(["related_feed"]);
    expect(kinds("Article image")).toEqual(["caption"]);
    expect(kinds("Kateryna Hodunova is a News Editor")).toEqual(["author_bio"]);
    expect(excluded(text, ranges, "Kateryna Hodunova\n\nNews Editor")).toBe(true);
    const feed = ranges.at(-1);
    expect(feed?.kind).toBe("related_feed");
    expect(text.slice(feed?.start, feed?.end)).toMatch(
      /^Read more\nNews Feed\n\n[\s\S]*Show More$/,
    );
    // Every article paragraph, from the first after the caption to the last, stays.
    const first = text.indexOf("Russia will demand that Ukraine cut its ties");
    const last =
      text.indexOf("has already been rejected by Russia.") +
      "has already been rejected by Russia.".length;
    expect(ranges.some((r) => r.start < last && first < r.end)).toBe(false);
  });
});
