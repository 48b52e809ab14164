/** Actor: every topic the actor has a position on, one row per topic and one column per source; editors can fix the actor. */
import { A, useNavigate, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { ActorTools } from "../components/ActorTools.jsx";
import { Loadable } from "../components/Loadable.jsx";
import { PositionGrid } from "../components/PositionGrid.jsx";
import { api } from "../lib/api.js";

export function ActorView() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const [detail, { refetch }] = createResource(() => params.id, api.actor);
  const [table, { refetch: refetchTable }] = createResource(
    () => params.id,
    (id) => api.compare([id]),
  );
  return (
    <section>
      <Loadable resource={detail} what="the actor">
        {(d) => (
          <>
            <h1>{d.actor.name}</h1>
            <p class="meta">
              {d.actor.kind.replace("_", " ")}
              <For each={d.actor.roles}>{(role) => <>, {role.title}</>}</For>
              <Show when={d.actor.aliases.length > 0}>
                {" "}
                · also called {d.actor.aliases.join(", ")}
              </Show>
            </p>
            <Show when={d.members.length > 0}>
              <p class="meta">
                Members:{" "}
                <For each={d.members}>
                  {(member, i) => (
                    <>
                      {i() > 0 && ", "}
                      <A href={`/actors/${member.id}`}>{member.name}</A>
                    </>
                  )}
                </For>
              </p>
            </Show>
            <p>
              <A href={`/compare?actors=${d.actor.id}`}>Compare with other actors</A>
            </p>
          </>
        )}
      </Loadable>
      {/* Outside the Loadable, so a reload after a rename keeps the tools and their message. */}
      <Show when={detail.latest}>
        {(d) => (
          <ActorTools
            detail={d()}
            onRenamed={() => {
              void refetch();
              void refetchTable();
            }}
            onMerged={(into) => navigate(`/actors/${into}`)}
          />
        )}
      </Show>
      <h2>Positions by topic</h2>
      <Loadable
        resource={table}
        what="the positions"
        isEmpty={(t) => t.rows.length === 0}
        empty="No positions recorded for this actor."
      >
        {(t) => (
          <PositionGrid
            table={t}
            caption={`${detail.latest?.actor.name ?? "The actor"}'s positions: one row per topic, one column per source`}
          />
        )}
      </Loadable>
    </section>
  );
}
