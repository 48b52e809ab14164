/**
 * Actors: finds who is mentioned in a document — known actors from the gazetteer, titled people
 * ("Kremlin spokesperson Dmitry Peskov"), unknown people named beside a reporting verb, anonymous
 * sources ("a former senior Kremlin official", "two European officials") — and resolves pronouns
 * and descriptions ("he", "the Russian president", "the official", "the publication") to them.
 * The gazetteer scan and the order of the steps live here; each kind of rule has its own actors-*.ts module.
 */
import { resolveAdministrations, resolveAnaphora } from "./actors-anaphora.js";
import { anonymousSources } from "./actors-anonymous.js";
import {
  bodyByDemonym,
  demonymBody,
  demonymMedia,
  mediaByDemonym,
  partyCaucuses,
} from "./actors-bodies.js";
import { issuedDocuments } from "./actors-documents.js";
import { stateBodies } from "./actors-generic-bodies.js";
import { dropNested, MentionTable } from "./actors-mentions.js";
import { unknownNames } from "./actors-names.js";
import { collectiveLeaders, firmOfficers, titledOffices } from "./actors-offices.js";
import { possessedByName, possessedMembers } from "./actors-possessed.js";
import type { ActorScan, ActorStageInput, ActorStageOutput } from "./actors-shared.js";
import { revisitSpokespeople } from "./actors-spokespeople.js";
import {
  type GazetteerHit,
  gazetteerActor,
  lookupOutlet,
  type PreparedSpan,
  prepareSpan,
  scanGazetteer,
} from "./gazetteer-adapter.js";
import type { LocalActor, Span } from "./types.js";

export type { ActorStageInput, ActorStageOutput } from "./actors-shared.js";

/** "in", "в", "à": what joins an embassy to the state or capital it is in. */
const HOST_JOIN = /^\s+(?:in|at|в|во|à|au|en)\s+(?:the\s+)?$/u;

/**
 * "the Russian embassy in Oslo", "Посольство России в Норвегии", "l'ambassade de France au Mali":
 * an embassy named with the state it is in is that embassy, one actor of its own under the sending
 * state's embassies, whose name says where it is.
 */
function embassyHosts(scan: ActorScan): void {
  const { text, table, actors, add } = scan;
  for (const m of [...table.list]) {
    const embassy = actors.get(m.actorKey);
    if (!embassy || !/-embassy$/u.test(embassy.key)) continue;
    const host = table.findNear(
      m.end,
      m.end + 6,
      (x) => x.start > m.end && HOST_JOIN.test(text.slice(m.end, x.start)),
    );
    const state = host ? actors.get(host.actorKey) : undefined;
    if (!host || state?.kind !== "state" || embassy.memberOf.includes(state.key)) continue;
    const written = text.slice(m.start, host.end);
    const actor = add({
      key: `${embassy.key}:in:${state.key}`,
      name: `${embassy.name} in ${state.name}`,
      kind: "organization",
      aliases: new Set([written]),
      memberOf: [embassy.key],
      roles: [],
      wikidataId: null,
    });
    actor.aliases.add(written);
    table.remove(host);
    table.reshape(m, m.start, host.end);
    m.actorKey = actor.key;
  }
}

export function findActors(input: ActorStageInput): ActorStageOutput {
  const { text } = input;
  const actors = new Map<string, LocalActor>();
  // Every change to the mentions goes through `table`, which keeps its index in step; reads use the list.
  const table = new MentionTable();
  const mentions = table.list;
  const inExcluded = (pos: number) => input.excluded.some((r) => pos >= r.start && pos < r.end);
  const taken = (start: number, end: number) => table.overlaps(start, end);
  const add = (actor: LocalActor) => {
    const existing = actors.get(actor.key);
    if (!existing) {
      actors.set(actor.key, actor);
      return actor;
    }
    for (const a of actor.aliases) existing.aliases.add(a);
    for (const r of actor.roles)
      if (!existing.roles.some((x) => x.title === r.title && x.organization === r.organization))
        existing.roles.push(r);
    for (const p of actor.memberOf) if (!existing.memberOf.includes(p)) existing.memberOf.push(p);
    return existing;
  };
  /** Adds an actor and the ones it belongs to, so memberOf chains are complete in every document. */
  const addWithParents = (actor: LocalActor) => {
    const added = add(actor);
    for (const parent of actor.memberOf)
      if (!actors.has(parent)) {
        const p = gazetteerActor(parent);
        if (p) addWithParents(p);
      }
    return added;
  };

  // Each paragraph is tokenised once for both gazetteer scans (names, then anonymous sources).
  const prepared = new Map<number, PreparedSpan>();
  const preparedAt = (k: number, p: Span) => {
    let span = prepared.get(k);
    if (!span) {
      span = prepareSpan(text, p.start, p.end);
      prepared.set(k, span);
    }
    return span;
  };

  // 1. Gazetteer: known actors, offices ("Russian Foreign Minister"), metonyms ("the Kremlin").
  const hits: GazetteerHit[] = [];
  input.segmentation.paragraphs.forEach((p, k) => {
    if (input.excluded.some((r) => r.start <= p.start && r.end >= p.end)) return;
    hits.push(...scanGazetteer(text, p.start, p.end, input.publishedAt, preparedAt(k, p)));
  });
  hits.sort((a, b) => a.start - b.start);
  const offices: GazetteerHit[] = [];
  const bodies: [GazetteerHit, NonNullable<ReturnType<typeof bodyByDemonym>>][] = [];
  const medias: [GazetteerHit, NonNullable<ReturnType<typeof mediaByDemonym>>][] = [];
  for (const hit of hits) {
    if (inExcluded(hit.start)) continue;
    if (hit.office) {
      offices.push(hit);
      continue;
    }
    if (!hit.actor) continue;
    // "carried by Israeli networks": the adjective says whose media, not that the state speaks.
    const media = mediaByDemonym(text, hit, input.language);
    if (media) {
      medias.push([hit, media]);
      continue;
    }
    // "the European Court of …": the adjective names a body of its own, not the region's union.
    const body = bodyByDemonym(text, hit, input.language);
    if (body) {
      bodies.push([hit, body]);
      continue;
    }
    const actor = addWithParents(hit.actor);
    actor.aliases.add(text.slice(hit.start, hit.end));
    table.push({ start: hit.start, end: hit.end, actorKey: actor.key, via: hit.via ?? "name" });
  }

  const scan: ActorScan = {
    input,
    text,
    table,
    actors,
    add,
    addWithParents,
    inExcluded,
    taken,
    preparedAt,
  };
  embassyHosts(scan);
  for (const [hit, body] of bodies) demonymBody(scan, hit, body);
  for (const [hit, media] of medias) demonymMedia(scan, hit, media);
  collectiveLeaders(scan);
  partyCaucuses(scan);

  // 2. Offices: "Foreign Minister Sergey Lavrov" names a person with a role; "the Russian president",
  // "the president-elect" describe one; "European leaders" name a group.
  const spokespeople = titledOffices(scan, offices);

  // 3. Anonymous sources: "a former senior Kremlin official", "two European officials", "the official".
  // "the administration" is resolved first: it gives a paragraph's unnamed officials their side.
  resolveAdministrations(input, table, actors);
  anonymousSources(scan);

  // 4. Unknown people: a capitalised name next to a reporting verb, after an honorific, or in an appositive.
  unknownNames(scan);
  // "Trump's lawyers", "the president's aides": unnamed members of a named possessor's side.
  possessedByName(scan);
  // "Acme, the company …, denied it, director general Jane Roe said": officers of firms found since.
  firmOfficers(scan);
  // "Norvia Energy, the operator, said … A company spokeswoman added": a firm named since.
  revisitSpokespeople(scan, spokespeople);
  // "the country's defense ministry", "the foreign ministry" in a paragraph about one state, once
  // the people who give a paragraph its state are all known.
  stateBodies(scan);

  // 5. The document's own outlet and credited agencies.
  const outletKey = input.outlet ? add(lookupOutlet(input.outlet)).key : null;
  const credits = input.credits.map((c) => ({
    key: addWithParents(lookupOutlet(c.name)).key,
    span: c.span,
  }));
  for (const c of credits)
    if (!taken(c.span.start, c.span.end)) table.push({ ...c.span, actorKey: c.key, via: "name" });

  table.sort((a, b) => a.start - b.start);
  issuedDocuments(input, table, actors);

  // 6. Anaphora: pronouns, outlet descriptions, "the official".
  resolveAnaphora(input, table, actors, (key, start, from) =>
    possessedMembers(scan, key, start, from),
  );
  table.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions: dropNested(mentions), actors, outletKey, credits };
}
