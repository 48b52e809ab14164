/**
 * Topic induction: each statement is matched to an issue frame and its slots (which state, which
 * organization, which counterpart), giving a readable topic shared by every statement on the same
 * proposition; statements no frame covers are grouped by shared content words. Also decides the
 * stance of each statement toward its topic's proposition.
 */
import type { ActorKind, Stance, Topic } from "@stancemap/schema";
import { cuesForLanguage, ENGLISH_CUES } from "./cues.js";
import { type CompiledFrame, compiledFrames, type FrameSlots, gateHits } from "./frames.js";
import { shortHash, slug } from "./ids.js";
import { cognateKey, isStopword, type ParaphraseKey, paraphraseKeys } from "./paraphrase.js";
import { firstStartingAtOrAfter } from "./spans.js";

export interface TopicEntity {
  key: string;
  name: string;
  kind: ActorKind;
  /** Offset of the mention within the evidence text (absent for document context). */
  at?: number;
  /** Length of that mention as written ("the U.S." for the United States). */
  length?: number;
  /** The root actor (top of memberOf), for counterparts: talks with Putin are talks with Russia. */
  root?: { key: string; name: string };
}

/** The compact features of one statement that topic induction needs (no tokens, no document text). */
export interface TopicFeatures {
  /** The evidence text. */
  text: string;
  language: string | null;
  holder: string;
  /** Root actor key of the holder: never the other party of its own talks. */
  holderRoot: string;
  /** The holder's root actor, when known: the state a statement about "its" status is about. */
  holderRootEntity?: TopicEntity;
  /** Actors mentioned in the evidence, in text order, already resolved (the alliance → NATO). */
  entities: TopicEntity[];
  /** The document's most-mentioned states and organizations, for slots the clause leaves implicit. */
  context: TopicEntity[];
  /** -1 when the cue rejects its object (rejected, dismissed, criticised), +1 when it backs it, else 0. */
  cuePolarity: -1 | 0 | 1;
  /** Where the evidence stands: a document key and offsets, so a fragment can lean on its neighbours. */
  position?: { document: string; start: number; end: number };
}

export interface TopicAssignment {
  topicId: string;
  stance: Stance;
}

const NEGATORS =
  /(?<![\p{L}])(?:not|never|no|n't|without|against|neither|nor|refus\w*|oppos\w*|не|ни|нет|против|ne|pas|jamais|contre)(?![\p{L}])/giu;
const CONDITIONAL =
  /(?<![\p{L}])(?:if|unless|provided(?: that)?|as long as|on condition|only when|only if|если|при условии|si|à condition)(?![\p{L}])/iu;

export interface FrameMatch {
  frame: CompiledFrame;
  direction: -1 | 0 | 1;
  /** Where the first frame word stands in the text. */
  index: number;
}

/** The best frame for a text and the direction it takes on the frame's proposition. */
/** Frames this specific decide the issue wherever they occur in a clause. */
const DECISIVE_PRIORITY = 85;

/**
 * The frame of a clause: a decisive, specific frame (membership, a tariff exemption, a nuclear deal)
 * wherever it occurs; otherwise the frame whose words come first, since a clause's head issue leads
 * ("a meeting with Putin to discuss ending the war" is about the meeting).
 */
export function matchFrame(text: string, hasOrg: boolean): FrameMatch | null {
  const all = matchFrames(text, hasOrg);
  const decisive = all.filter((m) => m.frame.priority >= DECISIVE_PRIORITY);
  if (decisive.length > 0) return decisive[0] ?? null;
  return all.sort((a, b) => a.index - b.index || b.frame.priority - a.frame.priority)[0] ?? null;
}

/** Every frame a text evokes, by priority; `gated: false` runs every frame's full patterns (for tests). */
export function matchFrames(text: string, hasOrg: boolean, gated = true): FrameMatch[] {
  const lower = text.toLowerCase();
  const found: FrameMatch[] = [];
  const open = gated ? gateHits(lower) : null;
  for (const frame of compiledFrames()) {
    if (frame.needsOrg && !hasOrg) continue;
    if (open && open[frame.order] === 0) continue;
    const conEvokes = frame.conAlone === true || (frame.conAloneWithOrg === true && hasOrg);
    const pro: number[] = [];
    const con: number[] = [];
    let index = Number.POSITIVE_INFINITY;
    let conIndex = Number.POSITIVE_INFINITY;
    for (const [re, into, sign] of [
      [frame.proRe, pro, 1],
      [frame.conRe, con, -1],
    ] as const) {
      // Words against a proposition only matter once its own words (or an evoking con word) are there.
      if (!re || (sign === -1 && pro.length === 0 && !conEvokes)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(lower); m; m = re.exec(lower)) {
        // "did not rule out sanctions" keeps them open: the two negatives cancel, and no side is taken.
        into.push(keptOpen(lower, m.index) ? 0 : negated(lower, m.index) ? -sign : sign);
        // The frame's own words anchor its slots ("consequences ... invasion of Ukraine": Ukraine).
        if (sign === 1) index = Math.min(index, m.index);
        else if (pro.length === 0) conIndex = Math.min(conIndex, m.index);
      }
    }
    // Words against a proposition ("exclusion", "delay") evoke a frame alone only where the frame
    // says so and the organization it needs is named.
    if (pro.length === 0 && !(con.length > 0 && conEvokes)) continue;
    // A word against the proposition governs the rest ("preventing Ukraine from joining"); otherwise
    // the frame words' own polarity, after negation, decides.
    let direction: -1 | 0 | 1;
    if (con.some((x) => x < 0)) direction = -1;
    else {
      const sum = pro.reduce((a, b) => a + b, 0) + con.reduce((a, b) => a + b, 0);
      direction = sum > 0 ? 1 : sum < 0 ? -1 : 0;
    }
    found.push({ frame, direction, index: Number.isFinite(index) ? index : conIndex });
  }
  return found;
}

/**
 * Gives a clause that names a frame's object only by a definite description ("pull out of the
 * agreement", "Israel has long opposed the pact") the frame its document names outright most often
 * ("the nuclear deal"), unless the clause has a frame of its own at least as specific. The words
 * against the frame still set its direction ("scrap the deal"); otherwise the cue decides. Returns,
 * for each clause so resolved, the statement naming that frame outright nearest before it (else
 * after it) in the document: "the deal" is the deal named there, so its slots come from there and
 * not from whoever else the clause names ("scrap the deal if Britain and France do not agree").
 */
function resolveAnaphors(
  items: readonly TopicFeatures[],
  matches: (FrameMatch | null)[],
): Map<number, number> {
  const named = new Map<string, Map<CompiledFrame, number[]>>();
  items.forEach((f, index) => {
    const frame = matches[index]?.frame;
    const document = f.position?.document;
    if (!frame?.anaphorRe || document === undefined) return;
    const byFrame = named.get(document) ?? new Map<CompiledFrame, number[]>();
    const list = byFrame.get(frame);
    if (list) list.push(index);
    else byFrame.set(frame, [index]);
    named.set(document, byFrame);
  });
  const donors = new Map<number, number>();
  if (named.size === 0) return donors;
  items.forEach((f, index) => {
    const byFrame = f.position ? named.get(f.position.document) : undefined;
    if (!byFrame) return;
    let best: CompiledFrame | null = null;
    for (const [frame, list] of byFrame)
      if (!best || list.length > (byFrame.get(best) as number[]).length) best = frame;
    const own = matches[index];
    if (!best?.anaphorRe || (own && own.frame.priority >= best.priority)) return;
    const lower = f.text.toLowerCase();
    const found = best.anaphorRe.exec(lower);
    if (!found) return;
    let direction: -1 | 0 = 0;
    if (best.conRe) {
      best.conRe.lastIndex = 0;
      for (let m = best.conRe.exec(lower); m; m = best.conRe.exec(lower))
        if (!negated(lower, m.index)) direction = -1;
    }
    matches[index] = { frame: best, direction, index: found.index };
    const at = f.position?.start ?? 0;
    const outright = byFrame.get(best) as number[];
    let donor: number | undefined;
    let after: number | undefined;
    for (const j of outright) {
      const start = items[j]?.position?.start ?? 0;
      if (start <= at) {
        if (donor === undefined || start > (items[donor]?.position?.start ?? 0)) donor = j;
      } else if (after === undefined || start < (items[after]?.position?.start ?? 0)) after = j;
    }
    const pick = donor ?? after;
    if (pick !== undefined) donors.set(index, pick);
  });
  return donors;
}

/** A negated verb of exclusion just before a match: "did not rule out", "refused to exclude", «не исключил». */
const KEPT_OPEN =
  /(?<![\p{L}])(?:not|never|n't|refus\w*|declin\w*|не|ne|n')\s*(?:\p{L}+\s+){0,2}?(?:rule[sd]?\s+out|ruling\s+out|exclud\w*|исключ\p{L}*|exclu\p{L}*)\s+(?:pas\s+)?(?:\p{L}+\s+){0,3}$/iu;

/** An open question before the frame's words: "has yet to decide whether to join", «ещё не
 * решила, вступать ли», "n'a pas encore décidé s'il faut adhérer", "is weighing whether to impose". */
const UNDECIDED =
  /(?<![\p{L}])(?:(?:yet|not|n't|never)\s+(?:yet\s+)?(?:to\s+)?(?:decided?|determined?|made up (?:its|his|her|their) mind)|undecided|(?:weighing|considering|debating|deciding|pondering|mulling|asked|wonder\w*)\s+whether|whether\s+or\s+not|не\s+(?:решил\p{L}*|определил\p{L}*)|n['’]a\s+pas\s+(?:encore\s+)?(?:décidé|tranché)|hésit\p{L}*|s['’]interroge\p{L}*)(?:[\s,]+\p{L}+(?:['’]\p{L}+)?){0,4}[\s,]+$/iu;

function keptOpen(lower: string, index: number): boolean {
  const before = lower.slice(Math.max(0, index - 60), index);
  return KEPT_OPEN.test(before) || UNDECIDED.test(before);
}

/** A negator among the four words before a match flips it ("never joins", "not to scale back"). */
function negated(lower: string, index: number): boolean {
  const before = lower.slice(Math.max(0, index - 40), index);
  const words = before.split(/\s+/).slice(-5).join(" ");
  NEGATORS.lastIndex = 0;
  return NEGATORS.test(words);
}

function stanceOf(direction: -1 | 0 | 1, cuePolarity: -1 | 0 | 1, text: string): Stance {
  if (direction === 0)
    return cuePolarity > 0 ? "supports" : cuePolarity < 0 ? "opposes" : "unclear";
  // Rejecting something that is itself against the proposition ("rejected proposals to delay") is no clear stance.
  if (cuePolarity < 0 && direction < 0) return "unclear";
  const value = cuePolarity < 0 ? -direction : direction;
  if (value > 0 && CONDITIONAL.test(text)) return "conditional";
  return value > 0 ? "supports" : "opposes";
}

/**
 * Where a slot's value came from: a mention attached to the frame's word is evidence; one elsewhere
 * in the clause is likely; the holder's own side, the document's main actors and the group are guesses.
 */
type SlotSource = "attached" | "clause" | "self" | "context" | "group" | "list";
type SlotName = keyof FrameSlots;
const SLOT_NAMES: readonly SlotName[] = ["state", "org", "counterpart"];

interface FilledSlots {
  slots: FrameSlots;
  from: Record<SlotName, SlotSource | null>;
  /** The clause names someone else right at the frame's word ("an exemption for the EU"): no guess overrules it. */
  explicit: boolean;
}

/** Kinds of actor a slot can hold: an outlet or an anonymous source is never what an issue is about. */
const SLOT_KINDS = new Set<ActorKind>(["state", "organization", "government", "person"]);

/** How far (in characters) a mention may stand from the frame's word and still be what it is about. */
const ATTACHED_BEFORE = 16;
const ATTACHED_AFTER = 32;

/**
 * Fills a frame's slots from the entities nearest the frame's words ("Russia's stance against Ukraine
 * joining NATO": Ukraine, not Russia), else from the document's main ones. The holder's own side fills
 * no slot of talks and relations, which are always with someone else; elsewhere it fills the state
 * slot only when attached to the frame's word ("Iran's nuclear programme") or alone in the clause,
 * since a clause naming its speaker ("Ruritania insists on keeping control over Freedonia's territory") is
 * usually about someone else.
 */
function fillSlots(
  f: TopicFeatures,
  frame: CompiledFrame | null,
  at: number,
  imposers: ReadonlySet<string> = NO_KEYS,
): FilledSlots {
  const ownAllowed = frame?.otherSideOnly !== true;
  const isOwn = (e: TopicEntity) =>
    e.key === f.holderRoot || e.key === f.holder || e.root?.key === f.holderRoot;
  const distance = (e: TopicEntity) => Math.abs((e.at ?? 0) - at);
  const attached = (e: TopicEntity) => {
    const pos = e.at ?? 0;
    return pos <= at ? at - pos <= ATTACHED_BEFORE : pos - at <= ATTACHED_AFTER;
  };
  const nearest = (kinds: ActorKind[], ownRank: (e: TopicEntity) => number) =>
    f.entities
      .filter((e) => kinds.includes(e.kind) && (ownAllowed || !isOwn(e)))
      .sort((a, b) => ownRank(a) - ownRank(b) || distance(a) - distance(b))[0];
  const fromContext = (kinds: ActorKind[]) =>
    f.context.find((e) => kinds.includes(e.kind) && !isOwn(e));
  const from: Record<SlotName, SlotSource | null> = { state: null, org: null, counterpart: null };

  const counterpart = nearest(["person", "state", "government"], () => 0);
  if (counterpart) from.counterpart = attached(counterpart) ? "attached" : "clause";

  const imposes = frame?.imposes ?? null;
  let state: TopicEntity | undefined = nearest(
    ["state"],
    (e) =>
      (frame?.slotAfter && (e.at ?? 0) < at ? 2 : 0) +
      (attached(e) ? 0 : 1) +
      (e.at !== undefined && imposes?.(f.text, e.at) ? 8 : 0),
  );
  if (state?.at !== undefined && imposes?.(f.text, state.at)) state = undefined;
  // Who the corpus says imposes the measure is not who is spared it ("if it loses its exemption it
  // will retaliate against U.S. goods").
  if (state && frame?.selfWhenUnnamed && imposers.has(state.key)) state = undefined;
  // A measure's target is someone else unless the clause says so: attached ("tariffs on Canadian
  // steel", said by Canada) or as what the speaker bears ("Russia will never accept sanctions"). An
  // administration naming its own country beside its tariffs is their imposer.
  const othersMeasure = !!frame?.measure && !frame.selfWhenUnnamed && !BORNE.test(f.text);
  if (state && othersMeasure && isOwn(state) && !attached(state)) state = undefined;
  // A measure aimed at a list of states ("exemptions for Canada, Mexico and the EU") is about the
  // measure itself: naming the nearest one would split one position by each outlet's word order.
  const listed = frame?.measure && state ? coordinatedStates(f, state) : false;
  if (listed) state = undefined;
  // The speaker's own name away from the frame's word is a weak value: others' statements may overrule it.
  if (state) from.state = attached(state) ? "attached" : isOwn(state) ? "self" : "clause";
  else if (listed) from.state = "list";
  else {
    const ownKinds: ActorKind[] = frame?.selfWhenUnnamed ? ["state", "organization"] : ["state"];
    const root = f.holderRootEntity;
    // Who grants a reprieve ("extended the exemptions", "delayed the tariffs") is not who gets it.
    const grants = !!frame?.selfWhenUnnamed && grantsReprieve(f.text);
    // Nor is the one the corpus says imposes the measure ("U.S. tariffs") spared from it.
    const own =
      ownAllowed &&
      !othersMeasure &&
      !grants &&
      root &&
      ownKinds.includes(root.kind) &&
      !(frame?.selfWhenUnnamed && imposers.has(root.key))
        ? root
        : undefined;
    // A measure's target, or who is spared it, is never guessed from the document: a story about
    // tariffs names many countries (the one imposing them most), and each outlet would name a
    // different one.
    state = own ?? (frame?.measure || grants ? undefined : fromContext(["state"]));
    if (state) from.state = state === own ? "self" : "context";
  }

  let org = nearest(["organization"], () => 0);
  if (org) from.org = attached(org) ? "attached" : "clause";
  else if (!frame?.orgNamed || ALLIANCE_WORD.test(f.text)) {
    org = fromContext(["organization"]);
    if (org) from.org = "context";
  }
  return {
    slots: {
      state: state?.name ?? null,
      org: org?.name ?? null,
      counterpart: counterpart ? (counterpart.root?.name ?? counterpart.name) : null,
    },
    from,
    explicit: f.entities.some((e) => SLOT_KINDS.has(e.kind) && !isOwn(e) && attached(e)),
  };
}

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * The actor (by root) the corpus names most often as imposing a measure ("U.S. tariffs", "Trump's
 * steel tariffs", "sanctions imposed by Washington"), when one stands out: named so at least twice
 * and more often than any other. In a trade war both sides impose tariffs, and "EU tariff
 * decision" reads like the EU's own, so a single mention proves nothing.
 */
function principalImposer(
  items: readonly TopicFeatures[],
  matches: readonly (FrameMatch | null)[],
): ReadonlySet<string> {
  const counts = new Map<string, number>();
  items.forEach((f, index) => {
    const frame = matches[index]?.frame;
    if (!frame?.imposes) return;
    for (const e of f.entities) {
      if (e.at === undefined || !frame.imposes(f.text, e.at)) continue;
      const key = e.root?.key ?? e.key;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2 || (second && second[1] === top[1])) return NO_KEYS;
  return new Set([top[0]]);
}

/** Whether `state` stands in a list of two or more states or blocs: "Canada, Mexico and the EU". */
function coordinatedStates(f: TopicFeatures, state: TopicEntity): boolean {
  const listed = f.entities
    .filter((e) => (e.kind === "state" || e.kind === "organization") && e.at !== undefined)
    .sort((a, b) => (a.at as number) - (b.at as number));
  const i = listed.indexOf(state);
  if (i < 0) return false;
  const joined = (a: TopicEntity | undefined, b: TopicEntity | undefined) => {
    if (!a || !b || a.key === b.key) return false;
    const end = (a.at as number) + (a.length ?? a.name.length);
    const between = f.text.slice(end, b.at as number);
    return /^\s*(?:,|,?\s*(?:and|or|и|et|ou))\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(between);
  };
  return joined(listed[i - 1], state) || joined(state, listed[i + 1]);
}

/** Verbs of granting a reprieve, in the active voice: "extended the exemptions", "delayed the tariffs". */
const GRANTS =
  /(?<![\p{L}])(?:grant(?:s|ed|ing)?|extend(?:s|ed|ing)?|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|offer(?:s|ed|ing)?|provid(?:e|es|ed|ing)|gave|give[sn]?|push(?:es|ed|ing)? back|put(?:s|ting)? off|отложил\p{L}*|отсрочил\p{L}*|продлил\p{L}*|предоставил\p{L}*|a (?:accordé|prolongé|reporté)|ont (?:accordé|prolongé|reporté))(?![\p{L}])/iu;
/** A form of "be" or "get" just before a verb makes it passive: "was granted", "got an extension". */
const PASSIVE_BEFORE =
  /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu;

function grantsReprieve(text: string): boolean {
  const m = GRANTS.exec(text);
  return m !== null && !PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
}

/**
 * Verbs of bearing a measure rather than imposing it: a state that accepts, faces or wants lifted
 * the sanctions speaks of sanctions on itself.
 */
const BORNE =
  /(?<![\p{L}])(?:accept\w*|fac(?:e|es|ed|ing)|suffer\w*|endur\w*|withstand\w*|hit by|hurt by|targeted|under (?:\w+ )?(?:sanctions|tariffs)|lift\w*|eas(?:e|es|ed|ing)|remov\w*|against (?:us|it|them)|прим[её]т|смирит\w*|выдерж\w*|снят\w*|отмен\w*|против нас|subi\w*|levée|lever)(?![\p{L}])/iu;

/** Words standing for an organization the clause does not name ("the alliance", "the bloc"). */
const ALLIANCE_WORD =
  /(?<![\p{L}])(?:alliance|bloc|альянс[\p{L}]*|блок[\p{L}]*|alliance atlantique)(?![\p{L}])/iu;

/**
 * A slot the clause leaves open or fills only by a guess takes the value the same root actor's other
 * statements on the same frame name outright, when most of them agree: "the meeting could take
 * place soon" is the same talks its holder elsewhere names with whom.
 */
function reconcileSlots(
  framed: { frame: CompiledFrame; holderRoot: string; filled: FilledSlots }[],
  imposer: ReadonlySet<string> = NO_KEYS,
): void {
  // A refined frame votes with its parent: a land swap is about the same territory as its control.
  // Not an exemption: its slot is who is spared, the parent's who is hit ("our tariffs on the U.S.").
  const groups = new Map<string, typeof framed>();
  for (const item of framed) {
    const frameKey = item.frame.selfWhenUnnamed
      ? item.frame.key
      : (item.frame.parent ?? item.frame.key);
    const key = `${frameKey}\u0000${item.holderRoot}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const slot of SLOT_NAMES) {
      const tally = new Map<string, number>();
      let named = 0;
      for (const { filled } of group) {
        const value = filled.slots[slot];
        if (filled.from[slot] !== "attached" || !value) continue;
        tally.set(value, (tally.get(value) ?? 0) + 1);
        named++;
      }
      const [top, count] = [...tally.entries()].sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      )[0] ?? ["", 0];
      if (count * 2 <= named) continue;
      for (const { frame, filled, holderRoot } of group) {
        const source = filled.from[slot];
        if (
          filled.explicit ||
          source === "attached" ||
          source === "list" ||
          (slot === "org" && frame.orgNamed) ||
          // Whom a measure hits is what the clause says or nobody: one state imposes tariffs on many.
          (slot === "state" && frame.measure && !frame.selfWhenUnnamed) ||
          // Who imposes a measure spares many, one at a time: "no exemptions" spares none of them.
          (slot === "state" && frame.selfWhenUnnamed && imposer.has(holderRoot))
        )
          continue;
        filled.slots[slot] = top;
        filled.from[slot] = "group";
      }
    }
  }
}

/**
 * What clustering compares for one statement: its paraphrase keys (concepts and stems, without the
 * words of its holder's own name), each with the word as written for labels, and the other actors
 * it names, which hold across languages.
 */
interface StatementKeys {
  words: ParaphraseKey[];
  actors: string[];
}

function statementKeys(f: TopicFeatures, cache?: Map<string, ParaphraseKey[]>): StatementKeys {
  const own = f.entities.filter((e) => e.key === f.holder || e.key === f.holderRoot);
  const names = f.entities.flatMap((e) => (e.at === undefined ? [] : [e.at]));
  // Reprints repeat a clause word for word, and its names stand at the same offsets.
  const id = `${f.language}\u0000${names.join(",")}\u0000${f.text}`;
  let words = cache?.get(id);
  if (!words) {
    words = paraphraseKeys(f.text, f.language, names);
    cache?.set(id, words);
  }
  return {
    words,
    actors: [
      ...new Set(
        f.entities
          .filter((e) => !own.includes(e) && e.root?.key !== f.holderRoot)
          .map((e) => `@${e.root?.key ?? e.key}`),
      ),
    ],
  };
}

/** Each key's weight in the overlap of two statements. */
function keyWeights(keys: StatementKeys): Map<string, number> {
  const weights = new Map<string, number>();
  for (const k of keys.words) weights.set(k.key, k.key.startsWith("~") ? 1 : STEM_WEIGHT);
  for (const a of keys.actors) weights.set(a, ACTOR_WEIGHT);
  return weights;
}

/** Clustering joins a statement to a group sharing this share of their weighted keys (Jaccard). */
const CLUSTER_THRESHOLD = 0.34;
/** An actor named counts less than a word: it says who, not what. */
const ACTOR_WEIGHT = 0.5;
/** A stem counts less than a lexicon concept, which holds across rewordings and languages. */
const STEM_WEIGHT = 0.6;

/** A statement this short carries no issue words of its own ("That's a disaster", "the ministry wants it too"). */
const FRAGMENT_KEYS = 4;
/** Words pointing back to something said just before. */
const ANAPHOR =
  /(?<![\p{L}])(?:it|this|that|these|those|he|she|they|him|them|это|этого|он|она|они|его|её|il|elle|ils|elles|cela|ceci)(?![\p{L}])/iu;
/** How far (characters between evidence spans) a fragment's neighbour may stand: the holder's own
 * words a few sentences away; someone else's only in the sentence next door. */
const SAME_HOLDER_GAP = 150;
const OTHER_HOLDER_GAP = 60;

/**
 * For each fragment no frame covers, the framed statement of the same document it leans on: after a
 * pronoun, the statement just before it ("the ministry wants it too"); otherwise the nearest
 * words of the same holder (a quote's next sentence, a headline's body), or a statement of the actor
 * the fragment names ("the palace welcomed the envoy's offer"). Only statements framed by their own
 * words lend, so no issue travels further than one neighbour.
 */
function fragmentDonors(
  items: readonly TopicFeatures[],
  matches: readonly (FrameMatch | null)[],
  keys: readonly (StatementKeys | null)[],
): Map<number, FrameMatch> {
  const donors = new Map<number, FrameMatch>();
  const byDocument = new Map<string, number[]>();
  items.forEach((f, index) => {
    if (!f.position) return;
    const list = byDocument.get(f.position.document);
    if (list) list.push(index);
    else byDocument.set(f.position.document, [index]);
  });
  const reach = Math.max(SAME_HOLDER_GAP, OTHER_HOLDER_GAP);
  for (const indexes of byDocument.values()) {
    // Neighbours by start, so a fragment looks only at statements within reach of it, not at the
    // whole document (a long document holds thousands).
    const byStart = [...indexes].sort(
      (a, b) => (items[a]?.position?.start ?? 0) - (items[b]?.position?.start ?? 0) || a - b,
    );
    const spans = byStart.map((i) => items[i]?.position ?? { start: 0, end: 0 });
    let longest = 0;
    for (const i of indexes) {
      const p = items[i]?.position;
      if (p) longest = Math.max(longest, p.end - p.start);
    }
    for (const index of indexes) {
      const f = items[index] as TopicFeatures;
      const at = f.position;
      if (!at || matches[index] || (keys[index]?.words.length ?? 0) > FRAGMENT_KEYS) continue;
      const anaphor = ANAPHOR.test(f.text);
      const named = new Set(f.entities.flatMap((e) => [e.key, e.root?.key ?? e.key]));
      let own: [number, number] | null = null;
      let previous: [number, number] | null = null;
      let other: [number, number] | null = null;
      // Every statement that can end within reach before it or start within reach after it, in
      // the document's own order (ties go to the earlier statement, as they always have).
      const from = firstStartingAtOrAfter(spans, at.start - reach - longest);
      const to = firstStartingAtOrAfter(spans, at.end + reach + 1);
      const nearby = byStart.slice(from, to).sort((a, b) => a - b);
      for (const candidate of nearby) {
        const g = items[candidate] as TopicFeatures;
        const there = g.position;
        if (candidate === index || !there || !matches[candidate]) continue;
        const before = there.end <= at.start;
        const gap = before ? at.start - there.end : Math.max(0, there.start - at.end);
        const closer = (best: [number, number] | null) => !best || gap < best[1];
        if (g.holder === f.holder) {
          if (gap <= SAME_HOLDER_GAP && closer(own)) own = [candidate, gap];
        } else if (gap <= OTHER_HOLDER_GAP) {
          if (anaphor && before && closer(previous)) previous = [candidate, gap];
          if (named.has(g.holder) && closer(other)) other = [candidate, gap];
        }
      }
      const pick = anaphor ? (previous ?? own ?? other) : (own ?? other);
      const match = pick ? matches[pick[0]] : null;
      if (match) donors.set(index, match);
    }
  }
  return donors;
}

/**
 * Assigns every statement a topic and a stance. Statements matching the same frame with the same
 * slots share a topic; the rest are clustered by shared content words (Jaccard ≥ 0.34). Rewordings
 * across documents then join one topic, and a row holding several claims per document is split
 * into its claims under the broader topic.
 */
export function induceTopics(items: readonly TopicFeatures[]): {
  topics: Topic[];
  assignments: TopicAssignment[];
} {
  const topics = new Map<string, Topic>();
  const assignments: TopicAssignment[] = [];
  const pending: { index: number; keys: StatementKeys }[] = [];

  // Labels recur across a corpus, and an id costs a Unicode normalisation.
  const ids = new Map<string, string>();
  const idOf = (label: string): string => {
    let id = ids.get(label);
    if (id === undefined) {
      id = topicId(label);
      ids.set(label, id);
    }
    return id;
  };
  const addTopic = (
    label: string,
    proposition: string,
    keywords: string[],
    parentLabel?: string,
  ): string => {
    const id = idOf(label);
    const existing = topics.get(id);
    if (existing) {
      for (const k of keywords)
        if (!existing.keywords.includes(k) && existing.keywords.length < 12)
          existing.keywords.push(k);
      return id;
    }
    topics.set(id, {
      id,
      label,
      proposition,
      keywords: keywords.slice(0, 12),
      parentId: parentLabel ? idOf(parentLabel) : null,
    });
    return id;
  };

  const framed: {
    index: number;
    frame: CompiledFrame;
    direction: -1 | 0 | 1;
    holderRoot: string;
    filled: FilledSlots;
  }[] = [];
  // Reprints and wire copies repeat a clause word for word: each distinct clause is framed once
  // (a match is only read from here on, so statements may share it).
  const seen = new Map<string, { alliance: boolean; match: (FrameMatch | null | undefined)[] }>();
  const matches = items.map((f) => {
    let clause = seen.get(f.text);
    if (!clause) {
      clause = { alliance: ALLIANCE_WORD.test(f.text), match: [undefined, undefined] };
      seen.set(f.text, clause);
    }
    const hasOrg = clause.alliance || f.entities.some((e) => e.kind === "organization");
    let match = clause.match[hasOrg ? 1 : 0];
    if (match === undefined) {
      match = matchFrame(f.text, hasOrg);
      clause.match[hasOrg ? 1 : 0] = match;
    }
    return match;
  });
  // Matches as each clause's own words give them, before anaphors borrow a frame.
  const ownMatches = [...matches];
  const anaphorDonors = resolveAnaphors(items, matches);
  const imposer = principalImposer(items, matches);
  const keyCache = new Map<string, ParaphraseKey[]>();
  const keys = items.map((f) => statementKeys(f, keyCache));
  // Each statement's frame family (a refined frame counts as its parent's), null when unframed.
  const families: (string | null)[] = items.map(() => null);
  const donors = fragmentDonors(items, matches, keys);
  items.forEach((f, index) => {
    const match = matches[index];
    const donor = donors.get(index);
    const named = anaphorDonors.get(index);
    const namedMatch = named === undefined ? null : ownMatches[named];
    if (match) {
      framed.push({
        index,
        frame: match.frame,
        direction: match.direction,
        holderRoot: f.holderRoot,
        filled:
          named !== undefined && namedMatch
            ? fillSlots(items[named] as TopicFeatures, namedMatch.frame, namedMatch.index)
            : fillSlots(f, match.frame, match.index, imposer),
      });
    } else if (donor) {
      // The fragment takes its neighbour's issue, not its direction: "That's a disaster" backs nothing.
      framed.push({
        index,
        frame: donor.frame,
        direction: 0,
        holderRoot: f.holderRoot,
        filled: fillSlots(f, donor.frame, 0, imposer),
      });
    } else pending.push({ index, keys: keys[index] as StatementKeys });
  });
  reconcileSlots(framed, imposer);
  for (const { index, frame, direction, filled } of framed) {
    const f = items[index] as TopicFeatures;
    const { slots } = filled;
    const label = frame.label(slots);
    const keywords = [
      frame.key.replace(/_/g, " "),
      ...[slots.state, slots.org, slots.counterpart]
        .filter((x): x is string => !!x)
        .map((x) => x.toLowerCase()),
    ];
    let parentLabel: string | undefined;
    if (frame.parent) {
      const parent = compiledFrames().find((p) => p.key === frame.parent);
      if (parent) {
        parentLabel = parent.label(slots);
        addTopic(parentLabel, parent.proposition(slots), [parent.key.replace(/_/g, " ")]);
      }
    }
    const id = addTopic(label, frame.proposition(slots), keywords, parentLabel);
    families[index] = frame.parent ?? frame.key;
    assignments[index] = { topicId: id, stance: stanceOf(direction, f.cuePolarity, f.text) };
  }

  // Unframed statements: greedy clustering through an inverted index of keys.
  const clusters: {
    keys: Map<string, number>;
    weight: number;
    surfaces: Map<string, string>;
    members: number[];
  }[] = [];
  const byKey = new Map<string, number[]>();
  // Shared weight per cluster, summed along the inverted index in one pass: a dense array indexed by
  // cluster, and the list of clusters it touched, so a clause costs its postings and no map.
  let shared = new Float64Array(64);
  const touched: number[] = [];
  for (const item of pending) {
    const weights = keyWeights(item.keys);
    let itemWeight = 0;
    for (const w of weights.values()) itemWeight += w;
    if (shared.length < clusters.length) {
      const grown = new Float64Array(clusters.length * 2);
      grown.set(shared);
      shared = grown;
    }
    touched.length = 0;
    for (const [k, w] of weights) {
      const postings = byKey.get(k);
      if (!postings) continue;
      for (const c of postings) {
        if (shared[c] === 0) touched.push(c);
        shared[c] = (shared[c] as number) + w;
      }
    }
    // The best score wins, the later cluster on a tie, whatever order the clusters were met in.
    let best = -1;
    let bestScore = CLUSTER_THRESHOLD;
    for (const c of touched) {
      const common = shared[c] as number;
      shared[c] = 0;
      const cluster = clusters[c];
      if (!cluster) continue;
      const score = common / (itemWeight + cluster.weight - common || 1);
      if (score > bestScore || (score === bestScore && c > best)) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = clusters.length;
      clusters.push({ keys: new Map(), weight: 0, surfaces: new Map(), members: [] });
    }
    const cluster = clusters[best] as (typeof clusters)[number];
    cluster.members.push(item.index);
    for (const [k, w] of weights) {
      if (!cluster.keys.has(k)) {
        const postings = byKey.get(k);
        if (postings) postings.push(best);
        else byKey.set(k, [best]);
        cluster.weight += w;
      }
      cluster.keys.set(k, (cluster.keys.get(k) ?? 0) + 1);
    }
    for (const k of item.keys.words)
      if (!cluster.surfaces.has(k.key)) cluster.surfaces.set(k.key, k.surface);
  }
  const pendingKeys = new Map(pending.map((p) => [p.index, p.keys.words]));
  for (const cluster of clusters) {
    const top = [...cluster.surfaces.entries()]
      .map(([k, surface]) => [surface, cluster.keys.get(k) ?? 0] as const)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([w]) => w);
    const label =
      phraseLabel(cluster, items, pendingKeys) ??
      (top.length > 0 ? capitalise(top.join(", ")) : "Other statements");
    const id = addTopic(label, `Statements about ${top.join(", ") || "other matters"}.`, top);
    for (const index of cluster.members) {
      const f = items[index] as TopicFeatures;
      assignments[index] = { topicId: id, stance: stanceOf(0, f.cuePolarity, f.text) };
    }
  }
  const rewordings = mergeRewordings(items, keys, families, assignments);
  splitDenseRows(
    items,
    keys,
    rewordings,
    assignments,
    (label, parent) => addTopic(label, parent.proposition, parent.keywords, parent.label),
    topics,
  );
  return { topics: [...topics.values()], assignments };
}

/** Two statements of one root actor in different documents sharing this share of their weighted keys are one position reworded. */
const REWORDING = 0.3;
/** Statements in two languages are one position reworded when this share (Dice) of the keys every
 * language has (concepts, dates and figures, other actors named, cognates) is common to both, and at
 * least two of them. Cognates give every long word a key, most of which a translation does not share. */
const CROSS_LANGUAGE = 0.35;
const CROSS_MIN_SHARED = 2;
/** Keys in more statements than this say nothing about which two belong together ("said", "tariffs"). */
const COMMON_KEY = 400;

/**
 * Aligns rewordings across documents: statements of the same root actor in different documents
 * whose keys overlap (weighted Jaccard ≥ {@link REWORDING}) are one position however each was
 * framed, since a rewrite often names the countries in another order ("an exemption for Canada,
 * Mexico and the EU") or trades the frame's words for plain ones. Linked statements (transitively)
 * join the topic most of their framed members have: statements no frame covered, and those framed
 * by the same frame with other slots. A statement framed by another frame keeps it: its own words
 * name its issue, and a chain of loose links must not carry it away. A moved statement keeps its
 * stance only when the proposition is still the one it was taken against.
 */
function mergeRewordings(
  items: readonly TopicFeatures[],
  keys: readonly StatementKeys[],
  families: readonly (string | null)[],
  assignments: TopicAssignment[],
): number[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const weightsOf = keys.map((k) => keyWeights({ words: k.words, actors: [] }));
  const totals = weightsOf.map((w) => {
    let sum = 0;
    for (const x of w.values()) sum += x;
    return sum;
  });
  // Postings per root actor and key, so a statement meets only its own side's statements.
  const postings = new Map<string, number[]>();
  // The weight each earlier statement shares with this one, and those met, in the order first met:
  // typed arrays rather than a Map, which cost most of the corpus stage on a large corpus.
  const shared = new Float64Array(items.length);
  const metFor = new Int32Array(items.length).fill(-1);
  const met: number[] = [];
  items.forEach((f, i) => {
    // Only statements known to stand in different documents are rewordings of each other.
    const document = f.position?.document;
    if (document === undefined) return;
    met.length = 0;
    const weights = weightsOf[i] as Map<string, number>;
    // A fragment's few words ("that's a disaster") say nothing of which position it is.
    if ((keys[i]?.words.length ?? 0) <= FRAGMENT_KEYS) return;
    for (const [k, w] of weights) {
      const list = postings.get(`${f.holderRoot}\u0000${k}`);
      if (!list || list.length > COMMON_KEY) continue;
      for (const j of list) {
        if (metFor[j] !== i) {
          metFor[j] = i;
          shared[j] = 0;
          met.push(j);
        }
        shared[j] = (shared[j] as number) + w;
      }
    }
    for (const j of met) {
      const common = shared[j] as number;
      if (items[j]?.position?.document === document) continue;
      const a = families[i] ?? null;
      const b = families[j] ?? null;
      if (a !== null && b !== null && a !== b) continue;
      const union = (totals[i] as number) + (totals[j] as number) - common;
      if (union > 0 && common / union >= REWORDING) parent[find(i)] = find(j);
    }
    for (const k of weights.keys()) {
      const key = `${f.holderRoot}\u0000${k}`;
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  // Across languages stems never meet: a translation keeps its concepts, its figures and the
  // actors it names ("from March 15 the fleet will inspect ships bound for Ukraine" / «с 15 марта
  // флот начнёт досматривать суда, идущие в Украину»), and its loanwords ("corridor", «коридор»).
  const universal = keys.map((k) => [
    ...new Set([
      ...k.words.flatMap((w) => {
        if (w.key.startsWith("~") || w.key.startsWith("#")) return [w.key];
        const cognate = cognateKey(w.surface);
        return cognate ? [cognate] : [];
      }),
      ...k.actors,
    ]),
  ]);
  const crossPostings = new Map<string, number[]>();
  const crossShared = new Int32Array(items.length);
  const crossMetFor = new Int32Array(items.length).fill(-1);
  items.forEach((f, i) => {
    const document = f.position?.document;
    const own = universal[i] as string[];
    if (document === undefined || !f.language || own.length < CROSS_MIN_SHARED) return;
    met.length = 0;
    for (const k of own) {
      const list = crossPostings.get(`${f.holderRoot}\u0000${k}`);
      if (!list || list.length > COMMON_KEY) continue;
      for (const j of list) {
        if (crossMetFor[j] !== i) {
          crossMetFor[j] = i;
          crossShared[j] = 0;
          met.push(j);
        }
        crossShared[j] = (crossShared[j] as number) + 1;
      }
    }
    for (const j of met) {
      const g = items[j] as TopicFeatures;
      if (g.language === f.language || g.position?.document === document) continue;
      const common = crossShared[j] as number;
      const a = families[i] ?? null;
      const b = families[j] ?? null;
      if (a !== null && b !== null && a !== b) continue;
      const dice = (2 * common) / (own.length + (universal[j] as string[]).length);
      if (common >= CROSS_MIN_SHARED && dice >= CROSS_LANGUAGE) parent[find(i)] = find(j);
    }
    for (const k of own) {
      const key = `${f.holderRoot}\u0000${k}`;
      const list = crossPostings.get(key);
      if (list) list.push(i);
      else crossPostings.set(key, [i]);
    }
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // The family most framed members share, then its commonest topic; with none framed, the
    // commonest topic of all. Ties go to the earlier statement.
    const familyCount = new Map<string, number>();
    for (const i of members) {
      const family = families[i];
      if (family) familyCount.set(family, (familyCount.get(family) ?? 0) + 1);
    }
    let family: string | null = null;
    for (const [f, count] of familyCount)
      if (family === null || count > (familyCount.get(family) as number)) family = f;
    const tally = new Map<string, number>();
    for (const i of members) {
      if (family !== null && families[i] !== family) continue;
      const topic = (assignments[i] as TopicAssignment).topicId;
      tally.set(topic, (tally.get(topic) ?? 0) + 1);
    }
    if (tally.size < 2 && family === null) continue;
    let best: string | null = null;
    for (const [topic, count] of tally)
      if (best === null || count > (tally.get(best) as number)) best = topic;
    if (best === null) continue;
    for (const i of members) {
      const assignment = assignments[i] as TopicAssignment;
      if (assignment.topicId === best) continue;
      if (families[i] !== null && families[i] !== family) continue;
      const f = items[i] as TopicFeatures;
      // Same frame, other slots: the direction still holds. Words no frame covered: the cue decides.
      const stance =
        families[i] === family ? assignment.stance : stanceOf(0, f.cuePolarity, f.text);
      assignments[i] = { topicId: best, stance };
    }
  }
  return items.map((_, i) => find(i));
}

/** A row (one root actor, one topic) holding this many statements per document it appears in
 * holds several claims: an actor says one thing about an issue once or twice per article. */
const DENSE_ROW = 3;

/**
 * Splits rows too coarse to compare: when one root actor's row holds about three or more statements
 * per article ("The Iran nuclear deal": that Iran lied, that the deal is flawed, that Trump will do
 * the right thing), each set of rewordings found across documents becomes a topic of its own
 * under the row's topic (parentId), labelled by its own words and measured against the same
 * proposition, so the stances stand. Statements reworded nowhere else stay in the broader row.
 */
function splitDenseRows(
  items: readonly TopicFeatures[],
  keys: readonly StatementKeys[],
  rewordings: readonly number[],
  assignments: TopicAssignment[],
  addChild: (label: string, parent: Topic) => string,
  topics: ReadonlyMap<string, Topic>,
): void {
  const rows = new Map<string, { members: number[]; documents: Set<string> }>();
  items.forEach((f, i) => {
    const document = f.position?.document;
    if (document === undefined) return;
    const row = `${f.holderRoot}\u0000${(assignments[i] as TopicAssignment).topicId}`;
    const entry = rows.get(row);
    if (entry) {
      entry.members.push(i);
      entry.documents.add(document);
    } else rows.set(row, { members: [i], documents: new Set([document]) });
  });
  for (const { members, documents } of rows.values()) {
    if (documents.size < 2 || members.length < DENSE_ROW * documents.size) continue;
    const parent = topics.get((assignments[members[0] as number] as TopicAssignment).topicId);
    if (!parent) continue;
    const broader = new Set(
      paraphraseKeys(`${parent.label} ${parent.keywords.join(" ")}`, "en").map((k) => k.key),
    );
    const sets = new Map<number, number[]>();
    for (const i of members) {
      const set = sets.get(rewordings[i] as number);
      if (set) set.push(i);
      else sets.set(rewordings[i] as number, [i]);
    }
    for (const set of sets.values()) {
      const spread = new Set(set.map((i) => items[i]?.position?.document));
      if (spread.size < 2) continue;
      // Labelled by what the set adds to the broader topic ("Iran had lied", not "nuclear deal"):
      // the broader topic's words count a quarter.
      const counts = new Map<string, number>();
      for (const i of set)
        for (const k of new Set((keys[i] as StatementKeys).words.map((w) => w.key)))
          counts.set(k, (counts.get(k) ?? 0) + (broader.has(k) ? 0.25 : 1));
      const keysOf = new Map(set.map((i) => [i, (keys[i] as StatementKeys).words]));
      const label = phraseLabel({ keys: counts, members: set }, items, keysOf);
      if (!label || label === parent.label) continue;
      const id = addChild(label, parent);
      for (const i of set) assignments[i] = { ...(assignments[i] as TopicAssignment), topicId: id };
    }
  }
}

/** A phrase label spans at most this many words. */
const LABEL_WORDS = 9;
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * A readable label for a cluster no frame named: the shortest stretch of one member's own words
 * that holds the most of the cluster's commonest keys ("continue to work with Washington to
 * prevent dumping" rather than "Continue, country, dumping"). The member is the one sharing most
 * with the rest, English first (frame labels are English). Null when no stretch of two or more
 * words fits.
 */
function phraseLabel(
  cluster: { keys: Map<string, number>; members: number[] },
  items: readonly TopicFeatures[],
  keysOf: ReadonlyMap<number, readonly ParaphraseKey[]>,
): string | null {
  const counted = [...cluster.keys.entries()]
    .filter(([k]) => !k.startsWith("@"))
    .sort((a, b) => b[1] - a[1]);
  if (counted.length === 0) return null;
  // The four commonest keys and every key as common as the fourth: a cluster of one has no
  // commonest, and an alphabetical cut would pick its words at random.
  const floor = (counted[Math.min(3, counted.length - 1)] as [string, number])[1];
  const wanted = new Set(counted.filter(([, n]) => n >= floor).map(([k]) => k));
  let best: { index: number; score: number; english: boolean; length: number } | null = null;
  for (const index of cluster.members) {
    const f = items[index] as TopicFeatures;
    const words = keysOf.get(index) ?? [];
    let score = 0;
    for (const k of words) score += cluster.keys.get(k.key) ?? 0;
    const english = f.language === "en";
    const better =
      !best ||
      (english && !best.english) ||
      (english === best.english &&
        (score > best.score || (score === best.score && f.text.length < best.length)));
    if (better) best = { index, score, english, length: f.text.length };
  }
  if (!best) return null;
  const text = (items[best.index] as TopicFeatures).text;
  const language = (items[best.index] as TopicFeatures).language;
  // The words, to count a stretch's words and to finish its last phrase.
  const wordList: { start: number; end: number; word: string }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text))
    wordList.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  // A label stays within one stretch between strong punctuation and quotation marks: "Tonight I'm
  // here to tell you one thing: Iran lied" is labelled by what follows the colon, "…," one former
  // official said, "that we have to…" by one side of the interruption.
  const wordsIn = (start: number, end: number) =>
    wordList.filter((w) => w.start >= start && w.start < end).length;
  const segments = labelSegments(text);
  const segmentOf = (offset: number) => {
    let i = 0;
    while (i + 1 < segments.length && (segments[i + 1] as number) <= offset) i++;
    return i;
  };
  const allHits = (keysOf.get(best.index) ?? [])
    .filter((k) => wanted.has(k.key))
    .sort((a, b) => a.start - b.start);
  const perSegment = new Map<number, ParaphraseKey[]>();
  for (const k of allHits) {
    const i = segmentOf(k.start);
    const list = perSegment.get(i);
    if (list) list.push(k);
    else perSegment.set(i, [k]);
  }
  // The stretch with most of the cluster's keys; after a colon it announces the point, so it wins
  // whenever it holds any.
  let chosen: ParaphraseKey[] = [];
  let chosenAfterColon = false;
  let chosenAttribution = true;
  for (const [i, list] of perSegment) {
    const from = segments[i] as number;
    const afterColon = i > 0 && text[from - 1] === ":";
    // A short stretch with a reporting verb is the attribution cutting into a quotation.
    const stretch = text.slice(from, segments[i + 1] ?? text.length);
    const attribution = REPORTING.test(stretch) && wordsIn(from, from + stretch.length) <= 8;
    if (
      (chosenAttribution && !attribution) ||
      (attribution === chosenAttribution &&
        ((afterColon && !chosenAfterColon) ||
          (afterColon === chosenAfterColon && list.length > chosen.length)))
    ) {
      chosen = list;
      chosenAfterColon = afterColon;
      chosenAttribution = attribution;
    }
  }
  const hits = chosen;
  const segment = hits[0] ? segmentOf(hits[0].start) : 0;
  const limit = segments[segment + 1] ?? text.length;
  let span: { start: number; end: number; hits: number; words: number } | null = null;
  for (let i = 0; i < hits.length; i++) {
    for (let j = i; j < hits.length; j++) {
      const start = (hits[i] as ParaphraseKey).start;
      const end = (hits[j] as ParaphraseKey).end;
      const words = wordsIn(start, end);
      if (words > LABEL_WORDS) break;
      const count = j - i + 1;
      if (!span || count > span.hits || (count === span.hits && words < span.words))
        span = { start, end, hits: count, words };
    }
  }
  if (!span) return null;
  // Whole words only: a key's surface may stop inside one ("wasn" of "wasn't").
  let first = wordList.findIndex((w) => w.end > span.start);
  let last = wordList.findLastIndex((w) => w.start < span.end);
  if (first < 0 || last < first) return null;
  // What was said starts after its complementiser: "told the daily Rheinische Post that the
  // inspections were a bargaining chip" is labelled from "the inspections".
  // Only after a verb of saying, or an English "that" opening a clause with its own subject (the
  // verb often stands outside the evidence: "[told reporters] that the inspections were…"); "an
  // arrangement that keeps grain moving" keeps its noun.
  for (let k = last - 2; k >= first; k--) {
    const word = wordList[k] as (typeof wordList)[number];
    if (!COMPLEMENTISER.test(word.word)) continue;
    const next = (wordList[k + 1] as (typeof wordList)[number]).word;
    if (
      saysBefore(text.slice(segments[segment] as number, word.start)) ||
      (/^that$/i.test(word.word) && (SUBJECT_START.test(next) || /^\p{Lu}/u.test(next)))
    )
      first = k + 1;
    break;
  }
  // A few words open the stretch before the first key: names, which are not keys, often stand
  // there ("la mer Noire ne doit pas…" is not labelled "Noire ne doit pas…").
  const opening = wordList.findIndex((w) => w.start >= (segments[segment] as number));
  if (
    opening >= 0 &&
    opening < first &&
    first - opening <= OPENING_WORDS &&
    !wordList.slice(opening, first).some((w) => COMPLEMENTISER.test(w.word)) &&
    !/[,"“”«»]/.test(text.slice((wordList[opening] as (typeof wordList)[number]).start, span.start))
  )
    first = opening;
  // Finish the phrase the stretch ends in: "a final" → "a final agreement", up to a function word,
  // punctuation or the end of its stretch, a word or two past the usual length.
  while (last + 1 < wordList.length && last - first + 1 < LABEL_WORDS + FINISHING_WORDS) {
    const next = wordList[last + 1] as (typeof wordList)[number];
    const previous = wordList[last] as (typeof wordList)[number];
    if (next.end > limit || !/^\s+$/.test(text.slice(previous.end, next.start))) break;
    if (isStopword(next.word, language) || /^\d/.test(next.word)) break;
    last++;
  }
  // No label starts or ends on a function word, a date or a title ("late Friday that quotas …",
  // "… first informed Mr").
  // A number may open a label ("30-day delay", "34.6 million tons"), not close it.
  const edge = (w: { word: string }) => isStopword(w.word, language) || TIME_WORD.test(w.word);
  const tail = (w: { word: string }) => edge(w) || /^\d+$/.test(w.word) || TITLE_WORD.test(w.word);
  // A word cut off by a comma from the rest is the end of something before it ("from March 15, ships
  // of the fleet…", "les Nations unies, et par personne d'autre").
  const cutOff = (i: number) =>
    i < last && /^\s*,/.test(text.slice((wordList[i] as (typeof wordList)[number]).end));
  const trim = () => {
    while (first <= last && (edge(wordList[first] as (typeof wordList)[number]) || cutOff(first)))
      first++;
    while (last >= first && tail(wordList[last] as (typeof wordList)[number])) last--;
  };
  trim();
  // One word is no label: a short stretch says it whole ("one thing: Iran lied" → "Iran lied"),
  // failing that the opening words of the whole statement.
  if (last - first + 1 < 2) {
    const from = segments[segment] as number;
    first = wordList.findIndex((w) => w.start >= from);
    last = wordList.findLastIndex((w) => w.end <= limit);
    trim();
    if (first < 0 || last - first + 1 < 2 || last - first + 1 > LABEL_WORDS) {
      first = 0;
      last = Math.min(wordList.length, LABEL_WORDS) - 1;
      const end = (segments[1] ?? text.length) as number;
      while (last > 0 && (wordList[last] as (typeof wordList)[number]).end > end) last--;
      trim();
      if (last - first + 1 < 2) return null;
    }
  }
  const phrase = text
    .slice(
      (wordList[first] as (typeof wordList)[number]).start,
      (wordList[last] as (typeof wordList)[number]).end,
    )
    .replace(/\s+/g, " ")
    .replace(/["“”«»„]/g, "");
  return capitalise(phrase);
}

/** Words opening what was said: "that", «что», "que". */
const COMPLEMENTISER = /^(?:that|что|que|qu['’].*)$/iu;
/** Verbs of saying before a complementiser ("told the daily that…", «заявил, что…», "a affirmé que…"):
 * the speech cues of the attribution lexicon, every language's forms in one pattern, built once. */
let saying: RegExp | null = null;
function saysBefore(text: string): boolean {
  if (!saying) {
    const forms = [...ENGLISH_CUES, ...cuesForLanguage("ru"), ...cuesForLanguage("fr")]
      .filter((c) => c.class === "speech")
      .flatMap((c) => c.forms)
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    saying = new RegExp(`(?<![\\p{L}])(?:${[...new Set(forms)].join("|")})(?![\\p{L}])`, "iu");
  }
  return saying.test(text);
}

/** Words that open a clause's subject: after them "that" introduces what was said. */
const SUBJECT_START =
  /^(?:the|a|an|its|his|her|their|our|this|these|those|it|he|she|they|we|i|you|there|no|any|some|all)$/i;
/** How many words before its first key a label may reach back to its stretch's start. */
const OPENING_WORDS = 4;
/** How many words past {@link LABEL_WORDS} a label may run to finish its last phrase. */
const FINISHING_WORDS = 2;

/** Words of time a label never starts or ends with: they date a statement, they are not its issue. */
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|late|early|earlier|later|last|next|week|weekend|month|year|morning|evening|night|january|february|march|april|june|july|august|september|october|november|december|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|вчера|сегодня|завтра|накануне|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|demain|soir|matin)$/iu;
/** Reporting verbs: a short stretch holding one is an attribution, not what was said. */
const REPORTING =
  /(?<![\p{L}])(?:said|says|told|added|asked|noted|stressed|insisted|according to|заявил\p{L}*|сказал\p{L}*|сообщил\p{L}*|отметил\p{L}*|подчеркнул\p{L}*|a déclaré|a dit|a-t-il|a-t-elle|selon)(?![\p{L}])/iu;
/** Titles that announce a name, never a label's last word. */
const TITLE_WORD = /^(?:mr|mrs|ms|dr|sir|г-н|г-жа|m|mme)$/iu;

/**
 * Offsets where a label's stretches begin: the text's start and every point after strong
 * punctuation (; : — – ( ) and sentence ends) and around an interrupted quotation (`…," he said, "…`);
 * quotation marks inside a clause ("the move was “positive”") split nothing.
 */
function labelSegments(text: string): number[] {
  const starts = [0];
  const BOUNDARY = /[;:()\u2014\u2013]|[.!?](?=\s)|\s[-–]\s|[,.!?]["”»’']|,\s*["“«„‘']/gu;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const at = m.index + m[0].length;
    if (at > (starts[starts.length - 1] as number)) starts.push(at);
  }
  return starts;
}

function topicId(label: string): string {
  const s = slug(label);
  return `top_${s.length >= 6 ? s.slice(0, 64) : shortHash(label)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
