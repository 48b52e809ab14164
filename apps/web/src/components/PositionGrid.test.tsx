import { MemoryRouter, Route } from "@solidjs/router";
import { render } from "@solidjs/testing-library";
import type { ComparisonTable, Statement } from "@stancemap/schema";
import type { JSX } from "solid-js";
import { describe, expect, it } from "vitest";
import { PositionGrid } from "./PositionGrid.jsx";

function statement(id: string, documentId: string, exact: string, extra: Partial<Statement> = {}) {
  return {
    id,
    documentId,
    holderId: "act_minister",
    topicId: "top_talks",
    evidence: { start: 0, end: exact.length, exact, prefix: "", suffix: "" },
    mode: "direct_quote",
    cue: "said",
    stance: "supports",
    summary: "supports talks",
    hedges: [],
    chain: [
      { actorId: "act_minister", label: "The minister", relation: "said", evidence: null },
      { actorId: null, label: "an aide", relation: "told", evidence: null },
      { actorId: null, label: "Daily Example", relation: "reported", evidence: null },
    ],
    saidAt: null,
    confidence: 0.9,
    reviewStatus: "unreviewed",
    ...extra,
  } satisfies Statement;
}

const source = (id: string, name: string) => ({
  id,
  name,
  domain: null,
  country: null,
  language: "en",
  kind: "newspaper" as const,
  actorId: null,
});

const TABLE: ComparisonTable = {
  sources: [source("src_daily", "Daily Example"), source("src_weekly", "Weekly Example")],
  actors: [],
  topics: [
    {
      id: "top_talks",
      label: "Peace talks",
      proposition: "Talks should start",
      keywords: [],
      parentId: null,
    },
  ],
  rows: [
    {
      actorId: "act_minister",
      topicId: "top_talks",
      agreement: "wording_differs",
      cells: [
        {
          sourceId: "src_daily",
          documentId: "doc_daily1",
          title: null,
          url: null,
          publishedAt: "2025-02-03",
          statements: [statement("stm_daily1", "doc_daily1", "We are ready to talk now")],
        },
        {
          sourceId: "src_weekly",
          documentId: "doc_weekly1",
          title: null,
          url: null,
          publishedAt: "2025-02-05",
          statements: [
            statement("stm_weekly1", "doc_weekly1", "We are willing to talk now", {
              mode: "indirect_speech",
            }),
          ],
        },
      ],
    },
  ],
};

/** The cards link to articles, and links need a router around them. */
async function renderGrid(ui: () => JSX.Element) {
  const result = render(() => (
    <MemoryRouter>
      <Route path="/" component={ui} />
    </MemoryRouter>
  ));
  await result.findByRole("table");
  return result;
}

describe("PositionGrid", () => {
  it("renders one row per topic with one cell per source and the agreement badge", async () => {
    const { container } = await renderGrid(() => (
      <PositionGrid table={TABLE} caption="Positions" />
    ));
    const headers = [...container.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(headers).toEqual(["Topic", "Daily Example", "Weekly Example"]);
    const row = container.querySelector("tbody tr");
    expect(row?.querySelectorAll("td").length).toBe(2);
    expect(row?.querySelector("th")?.textContent).toContain("Peace talks");
    expect(row?.querySelector(".badge")?.textContent).toBe("wording differs");
  });

  it("puts quotation marks only around direct quotes and shows chain, cue and date", async () => {
    const { container } = await renderGrid(() => (
      <PositionGrid table={TABLE} caption="Positions" />
    ));
    const [daily, weekly] = [...container.querySelectorAll("td")];
    expect(daily?.querySelector(".words")?.textContent).toBe("“We are ready to talk now”");
    expect(weekly?.querySelector(".words")?.textContent).toBe("We are willing to talk now");
    expect(daily?.querySelector(".chain")?.textContent).toBe(
      "The minister ← an aide ← Daily Example",
    );
    expect(daily?.textContent).toContain("2025-02-03");
    expect(daily?.querySelector("a.to-span")?.getAttribute("href")).toBe(
      "/documents/doc_daily1?stm=stm_daily1",
    );
  });

  it("highlights the differing words when two sources quote the same words differently", async () => {
    const quoted = structuredClone(TABLE);
    const weekly = quoted.rows[0]?.cells[1]?.statements[0];
    if (weekly) weekly.mode = "direct_quote";
    const { container } = await renderGrid(() => (
      <PositionGrid table={quoted} caption="Positions" />
    ));
    const marks = [...container.querySelectorAll("mark.diff")].map((m) => m.textContent?.trim());
    expect(marks).toEqual(["ready", "willing"]);
  });
});
