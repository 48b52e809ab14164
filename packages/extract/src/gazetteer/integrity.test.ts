import { LanguageCode, Source } from "@stancemap/schema";
import { describe, expect, it } from "vitest";
import { DECLARED_AMBIGUOUS } from "./build.js";
import { allEntries, allOffices, gazetteerInternals, gazetteerStats } from "./index.js";
import { normalizePhrase } from "./normalize.js";
import { BODY_HEADS } from "./offices.js";
import { GROUPING_MEMBERS } from "./organizations.js";
import { STATES } from "./states.js";

const g = gazetteerInternals();
const entries = allEntries();
const byKey = new Map(entries.map((e) => [e.key, e]));
const offices = new Map(allOffices().map((o) => [o.key, o]));

describe("gazetteer data integrity", () => {
  it("has unique, id-friendly keys", () => {
    const seen = new Set<string>();
    const dup: string[] = [];
    for (const e of entries) {
      if (seen.has(e.key)) dup.push(e.key);
      seen.add(e.key);
      expect(e.key, e.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(dup).toEqual([]);
    for (const o of offices.keys())
      expect(byKey.has(o), `office key ${o} shadows an entry`).toBe(false);
  });

  it("points every memberOf, role and ministry at an existing entry or office", () => {
    const broken: string[] = [];
    for (const e of entries) {
      for (const k of e.memberOf) if (!byKey.has(k)) broken.push(`${e.key} memberOf ${k}`);
      for (const r of e.roles) {
        if (!byKey.has(r.org)) broken.push(`${e.key} role org ${r.org}`);
        if (offices.get(r.office)?.type !== "title")
          broken.push(`${e.key} role office ${r.office}`);
        if (r.start && r.end && r.start > r.end)
          broken.push(`${e.key} role ${r.office} ends before it starts`);
      }
      for (const o of e.leaderOffices ?? [])
        if (!offices.has(o)) broken.push(`${e.key} leader office ${o}`);
      if (e.ministry) {
        if (offices.get(e.ministry.office)?.type !== "body")
          broken.push(`${e.key} ministry ${e.ministry.office}`);
        if (byKey.get(e.ministry.state)?.category !== "state")
          broken.push(`${e.key} ministry state ${e.ministry.state}`);
      }
    }
    for (const o of offices.values())
      if (o.implies && !byKey.has(o.implies)) broken.push(`office ${o.key} implies ${o.implies}`);
    expect(broken).toEqual([]);
  });

  it("never lets memberOf loop", () => {
    const loops: string[] = [];
    for (const e of entries) {
      const path = new Set<string>();
      let cur = e.memberOf[0];
      while (cur !== undefined) {
        if (cur === e.key || path.has(cur)) {
          loops.push(e.key);
          break;
        }
        path.add(cur);
        cur = byKey.get(cur)?.memberOf[0];
      }
    }
    expect(loops).toEqual([]);
  });

  it("shares no name between two entries of one kind unless declared ambiguous", () => {
    const clashes: string[] = [];
    for (const [norm, list] of g.surfaces) {
      const kinds = new Map<string, string[]>();
      for (const { entry } of list) {
        const k = kinds.get(entry.kind) ?? [];
        k.push(entry.key);
        kinds.set(entry.kind, k);
      }
      for (const [kind, ks] of kinds) {
        if (ks.length > 1 && !g.declaredAmbiguous.has(norm))
          clashes.push(`${norm} (${kind}): ${ks.join(", ")}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("declares only names that really are shared", () => {
    for (const name of DECLARED_AMBIGUOUS) {
      const list = g.surfaces.get(normalizePhrase(name)) ?? [];
      const kinds = list.map((x) => x.entry.kind);
      expect(new Set(kinds).size < kinds.length, name).toBe(true);
    }
  });

  it("covers every UN member plus Taiwan, Kosovo, Palestine and the Vatican, with ISO codes and Russian and French names", () => {
    const states = entries.filter((e) => e.category === "state");
    expect(states).toHaveLength(197);
    const isos = states.map((s) => s.country);
    expect(new Set(isos).size).toBe(197);
    for (const s of STATES) {
      expect(s.iso2, s.key).toMatch(/^[A-Z]{2}$/);
      expect(s.ru?.length ?? 0, `${s.key} has a Russian name`).toBeGreaterThan(0);
      expect(s.fr?.length ?? 0, `${s.key} has a French name`).toBeGreaterThan(0);
    }
    for (const k of [
      "taiwan",
      "kosovo",
      "palestine",
      "vatican",
      "russia",
      "ukraine",
      "united-states",
    ])
      expect(byKey.get(k)?.category, k).toBe("state");
  });

  it("uses well-formed Wikidata ids, each once", () => {
    const ids = entries.flatMap((e) => (e.wikidataId ? [e.wikidataId] : []));
    for (const id of ids) expect(id).toMatch(/^Q[1-9]\d*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives outlets a source shape the schema accepts", () => {
    const outlets = entries.filter((e) => e.category === "outlet");
    for (const o of outlets) {
      expect(o.kind).toBe("media_outlet");
      expect(o.source, o.key).toBeDefined();
      const source = o.source as NonNullable<typeof o.source>;
      expect(Source.shape.domain.safeParse(source.domain).success, `${o.key} domain`).toBe(true);
      expect(Source.shape.kind.safeParse(source.kind).success, `${o.key} kind`).toBe(true);
      expect(
        source.language === null || LanguageCode.safeParse(source.language).success,
        `${o.key} language`,
      ).toBe(true);
      expect(Source.shape.country.safeParse(o.country ?? null).success, `${o.key} country`).toBe(
        true,
      );
    }
  });

  it("maps each web domain to one entry", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const d of e.domains) {
        const prev = owner.get(d);
        if (prev && prev !== e.key) clashes.push(`${d}: ${prev}, ${e.key}`);
        owner.set(d, e.key);
      }
    }
    // The Times and The Sunday Times share one site
    expect(clashes).toEqual(["thetimes.com: the-times, sunday-times"]);
  });

  it("has the breadth the extractor needs", () => {
    const stats = gazetteerStats();
    expect(stats.person).toBeGreaterThanOrEqual(300);
    expect(stats.outlet).toBeGreaterThanOrEqual(150);
    expect(stats.organization).toBeGreaterThanOrEqual(50);
    expect(stats.body).toBeGreaterThanOrEqual(40);
    expect(stats.titles).toBeGreaterThanOrEqual(40);
  });
  it("heads bodies with title offices and lists groupings' members as states", () => {
    const broken: string[] = [];
    for (const [body, title] of BODY_HEADS) {
      if (offices.get(body)?.type !== "body") broken.push(`head of ${body}: not a body`);
      if (offices.get(title)?.type !== "title")
        broken.push(`head of ${body}: ${title} not a title`);
    }
    for (const [grouping, members] of GROUPING_MEMBERS) {
      if (!byKey.has(grouping)) broken.push(`grouping ${grouping}`);
      for (const k of members)
        if (byKey.get(k)?.category !== "state") broken.push(`${grouping} member ${k}`);
    }
    expect(broken).toEqual([]);
  });
});
