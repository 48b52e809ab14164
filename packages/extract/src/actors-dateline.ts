/**
 * The dateline's state ("KYIV, March 3 (Reuters) -", "МОСКВА, 3 марта —"): where an unqualified
 * title or body with nothing closer to go by belongs.
 */
import { rootStateOf } from "./actors-anonymous.js";
import type { ActorScan } from "./actors-shared.js";
import { stateByName } from "./gazetteer/index.js";

/**
 * A place opening one of the first paragraphs, then an optional date and agency, then a dash. The
 * place is in capitals, or in mixed case only with an agency after it ("Washington (AFP) –").
 */
const DATELINE =
  /^\s*(?:(\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu})|(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?=(?:,[^\n()]{3,24}?)?\s*\())(?:,\s*[\p{L}\d .]{3,24}?)?\s*(?:\([^()\n]{2,40}\))?\s*[-–—]{1,2}\s+\S/u;
/** Paragraphs a dateline may open: the headline and a byline may come first. */
const DATELINE_REACH = 5;

const cache = new WeakMap<ActorScan, string | null>();

/** The state of the document's dateline place, when it is a state or its capital. */
export function documentDatelineState(scan: ActorScan): string | null {
  const known = cache.get(scan);
  if (known !== undefined) return known;
  let state: string | null = null;
  for (const p of scan.input.segmentation.paragraphs.slice(0, DATELINE_REACH)) {
    const m = DATELINE.exec(scan.text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (!m) continue;
    const place = (m[1] ?? m[2] ?? "").trim();
    state = stateByName(place)?.key ?? null;
    break;
  }
  cache.set(scan, state);
  return state;
}

/**
 * The dateline's state for a title or body at `at`, when neither its paragraph nor the one before
 * names anyone of any state: a paragraph naming states has its own context, which the dateline
 * must not override.
 */
export function datelineState(scan: ActorScan, at: number): string | null {
  const state = documentDatelineState(scan);
  if (!state) return null;
  const paragraphs = scan.input.segmentation.paragraphs;
  const k = paragraphs.findIndex((p) => p.start <= at && at < p.end);
  if (k < 0) return null;
  const from = (paragraphs[Math.max(0, k - 1)] ?? paragraphs[k])?.start ?? at;
  const to = paragraphs[k]?.end ?? at;
  for (const m of scan.table.near(from, to))
    if (m.start >= from && m.end <= to && rootStateOf(scan.actors, m.actorKey)) return null;
  return state;
}
