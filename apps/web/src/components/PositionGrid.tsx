/** Positions side by side: one row per actor and topic, one column per source, the statements in the cells. */
import type { ComparisonTable, ComparisonTableRow, Statement } from "@stancemap/schema";
import { For, Show } from "solid-js";
import { normaliseWord, overlap } from "../lib/diff.js";
import { AgreementBadge } from "./AgreementBadge.jsx";
import { StatementCard } from "./StatementCard.jsx";

/** Two direct quotes this close are the same quote rendered differently, not two quotes. */
const SAME_QUOTE = 0.5;

const normalised = (text: string) =>
  text.split(/\s+/u).map(normaliseWord).filter(Boolean).join(" ");

/** The other source's rendering of the same direct quote, when one renders it differently. */
export function otherRendering(row: ComparisonTableRow, statement: Statement): string | undefined {
  if (statement.mode !== "direct_quote") return undefined;
  const mine = statement.evidence.exact;
  const cell = row.cells.find((c) => c.statements.includes(statement));
  let best: { text: string; score: number } | undefined;
  for (const other of row.cells) {
    if (
      other === cell ||
      (other.sourceId ?? other.documentId) === (cell?.sourceId ?? cell?.documentId)
    )
      continue;
    for (const candidate of other.statements) {
      if (candidate.mode !== "direct_quote") continue;
      const text = candidate.evidence.exact;
      if (normalised(text) === normalised(mine)) continue;
      const score = overlap(mine, text);
      if (score >= SAME_QUOTE && (!best || score > best.score)) best = { text, score };
    }
  }
  return best?.text;
}

export function PositionGrid(props: {
  table: ComparisonTable;
  /** Name the row's actor too (the comparison of several actors). */
  showActor?: boolean;
  caption: string;
}) {
  // One column per source; a document whose outlet is unknown gets a column of its own rather than
  // being lumped with other unknowns, so different articles never share a cell.
  const columnOf = (cell: ComparisonTableRow["cells"][number]) =>
    cell.sourceId ?? `doc:${cell.documentId}`;
  const columns = () => {
    const ids: string[] = props.table.sources.map((s) => s.id);
    for (const row of props.table.rows) {
      for (const cell of row.cells)
        if (!cell.sourceId && !ids.includes(columnOf(cell))) ids.push(columnOf(cell));
    }
    return ids;
  };
  const sourceName = (id: string) => {
    if (!id.startsWith("doc:")) return props.table.sources.find((s) => s.id === id)?.name ?? id;
    const cell = props.table.rows.flatMap((r) => r.cells).find((c) => columnOf(c) === id);
    return cell?.title ? `${cell.title} (unknown outlet)` : `Unknown outlet · ${id.slice(8, 14)}`;
  };
  const topicLabel = (id: string) => props.table.topics.find((t) => t.id === id)?.label ?? id;
  const actorName = (id: string) => props.table.actors.find((a) => a.id === id)?.name ?? id;
  return (
    <div class="grid-wrap">
      <table class="grid">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <For each={columns()}>{(id) => <th scope="col">{sourceName(id)}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.table.rows}>
            {(row) => (
              <tr data-topic={row.topicId}>
                <th scope="row">
                  <Show when={props.showActor}>
                    <span class="row-actor">{actorName(row.actorId)}</span>
                  </Show>
                  <span class="row-topic">{topicLabel(row.topicId)}</span>
                  <AgreementBadge agreement={row.agreement} />
                </th>
                <For each={columns()}>
                  {(sourceId) => {
                    const cells = () => row.cells.filter((c) => columnOf(c) === sourceId);
                    return (
                      <td data-source={sourceName(sourceId)}>
                        <Show
                          when={cells().length > 0}
                          fallback={<span class="none">not reported</span>}
                        >
                          <For each={cells()}>
                            {(cell) => (
                              <For each={cell.statements}>
                                {(statement) => (
                                  <StatementCard
                                    statement={statement}
                                    publishedAt={cell.publishedAt}
                                    compareWith={otherRendering(row, statement)}
                                  />
                                )}
                              </For>
                            )}
                          </For>
                        </Show>
                      </td>
                    );
                  }}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
