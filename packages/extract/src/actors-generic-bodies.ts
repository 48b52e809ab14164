/**
 * Unqualified bodies: "the country's defense ministry", "its foreign ministry", "Минобороны" in a
 * paragraph about one state are that state's ministry, not the generic "Defence Ministry" of no state.
 */
import { contextSide, rootStateOf } from "./actors-anonymous.js";
import { datelineState } from "./actors-dateline.js";
import type { ActorScan } from "./actors-shared.js";
import { officeByKey } from "./gazetteer/index.js";
import { bodyOfState } from "./gazetteer-adapter.js";

/** What ties a body to a state named before it: "the country's", "its", "son", "sa", "ses". */
const OWNER_BEFORE =
  /(?:(?<![\p{L}])(?:the\s+(?:country|nation|state)['’]s|its|their|son|sa|ses|leur|leurs)\s+)$/iu;
/** What ties it to a state after it, in Russian and French: "МИД страны", "le ministère du pays". */
const OWNER_AFTER = /^\s+(?:страны|du\s+pays)(?![\p{L}])/iu;

/**
 * Gives each generic body the gazetteer found without a state the state its context names: the
 * state named last before it in the paragraph when a possessive ties it there ("the country's"),
 * else the one state the paragraph and the one before it are about. With several, it stays generic.
 */
export function stateBodies(scan: ActorScan): void {
  const { input, text, table, actors, addWithParents } = scan;
  for (const m of [...table.list]) {
    const office = officeByKey(m.actorKey);
    if (office?.type !== "body" || m.end <= m.start) continue;
    const before = OWNER_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    const after = OWNER_AFTER.exec(text.slice(m.end, m.end + 16));
    let state: string | null = null;
    if (before || after) {
      const paragraph = input.segmentation.paragraphs.find(
        (p) => p.start <= m.start && m.start < p.end,
      );
      const from = paragraph?.start ?? Math.max(0, m.start - 400);
      let best = -1;
      for (const x of table.near(from, m.start)) {
        if (x === m || x.start < from || x.end > m.start || x.start <= best) continue;
        const st = rootStateOf(actors, x.actorKey);
        if (st) {
          best = x.start;
          state = st;
        }
      }
    }
    state ??= contextSide(scan, m.start) ?? datelineState(scan, m.start);
    if (!state) continue;
    const body = bodyOfState(m.actorKey, state);
    if (!body) continue;
    const actor = addWithParents(body);
    actor.aliases.add(text.slice(m.start, m.end));
    m.actorKey = actor.key;
    // "the country's defense ministry" is one description: the owner's words belong to it.
    if (before) table.reshape(m, m.start - before[0].length, m.end);
    if (after) table.reshape(m, m.start, m.end + after[0].length);
  }
}
