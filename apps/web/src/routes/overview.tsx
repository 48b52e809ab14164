/** Overview: the documents with outlet, date, language and reprint or translation links; actors with counts; topics. */
import { A } from "@solidjs/router";
import type { DocumentLink, DocumentSummary } from "@stancemap/schema";
import { createResource, For, Show } from "solid-js";
import { Loadable } from "../components/Loadable.jsx";
import { api } from "../lib/api.js";
import { useApp } from "../lib/state.jsx";

const LINK_LABEL: Record<DocumentLink["kind"], string> = {
  reprint: "reprint of",
  near_duplicate: "near duplicate of",
  translation: "translation of",
};

interface DocumentRow extends DocumentSummary {
  links: DocumentLink[];
}

/** The list omits links, so they come from each document; the API caches the answers. */
async function loadDocuments(): Promise<DocumentRow[]> {
  const documents = await api.documents();
  const details = await Promise.all(documents.map((d) => api.document(d.id)));
  return documents.map((d, i) => ({ ...d, links: details[i]?.document.links ?? [] }));
}

export function Overview() {
  const app = useApp();
  const [documents] = createResource(loadDocuments);
  const title = (id: string) => {
    const d = documents.latest?.find((doc) => doc.id === id);
    return d ? (d.title ?? d.origin) : id;
  };
  return (
    <section class="overview">
      <h1>Overview</h1>
      <h2>Sources</h2>
      <Loadable
        resource={documents}
        what="the documents"
        isEmpty={(list) => list.length === 0}
        empty="No documents yet: ingest some articles with `stancemap ingest`."
      >
        {(list) => (
          <div class="grid-wrap">
            <table class="list">
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">Date</th>
                  <th scope="col">Language</th>
                  <th scope="col">Statements</th>
                  <th scope="col">Relations</th>
                </tr>
              </thead>
              <tbody>
                <For each={list}>
                  {(doc) => (
                    <tr>
                      <td>
                        <A href={`/documents/${doc.id}`}>{doc.title ?? doc.origin}</A>
                      </td>
                      <td>{app.sourceName(doc.sourceId)}</td>
                      <td>{doc.publishedAt ?? "unknown"}</td>
                      <td>{doc.language ?? "unknown"}</td>
                      <td>{doc.statementCount}</td>
                      <td>
                        <Show when={doc.links.length > 0} fallback="—">
                          <ul class="plain">
                            <For each={doc.links}>
                              {(link) => (
                                <li>
                                  {LINK_LABEL[link.kind]}{" "}
                                  <A href={`/documents/${link.documentId}`}>
                                    {title(link.documentId)}
                                  </A>{" "}
                                  ({Math.round(link.similarity * 100)} %)
                                </li>
                              )}
                            </For>
                          </ul>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Loadable>
      <div class="columns">
        <div>
          <h2>Actors</h2>
          <Loadable
            resource={app.catalogue}
            what="the actors"
            isEmpty={(c) => c.actors.length === 0}
            empty="No actors yet."
          >
            {(c) => (
              <ul class="counts">
                <For each={[...c.actors].sort((a, b) => b.statementCount - a.statementCount)}>
                  {(actor) => (
                    <li>
                      <A href={`/actors/${actor.id}`}>{actor.name}</A>{" "}
                      <span class="count">{actor.statementCount}</span>
                    </li>
                  )}
                </For>
              </ul>
            )}
          </Loadable>
        </div>
        <div>
          <h2>Topics</h2>
          <Loadable
            resource={app.catalogue}
            what="the topics"
            isEmpty={(c) => c.topics.length === 0}
            empty="No topics yet."
          >
            {(c) => (
              <ul class="counts">
                <For each={c.topics}>
                  {(topic) => (
                    <li>
                      <A href={`/search?topic=${topic.id}`}>{topic.label}</A>{" "}
                      <span class="count">{topic.statementCount}</span>
                      <span class="proposition">{topic.proposition}</span>
                    </li>
                  )}
                </For>
              </ul>
            )}
          </Loadable>
        </div>
      </div>
    </section>
  );
}
