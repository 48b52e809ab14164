/**
 * Topic induction: each statement is matched to an issue frame and its slots (which state, which
 * organization, which counterpart), giving a readable topic shared by every statement on the same
 * proposition; statements no frame covers are grouped by shared content words. Also decides the
 * stance of each statement toward its topic's proposition.
 */
import type { ActorKind, Stance, Topic } from "@stancemap/schema";
import { type CompiledFrame, compiledFrames, type FrameSlots } from "./frames.js";
import { shortHash, slug } from "./ids.js";

export interface TopicEntity {
  key: string;
  name: string;
  kind: ActorKind;
  /** Offset of the mention within the evidence text (absent for document context). */
  at?: number;
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
}

export interface TopicAssignment {
  topicId: string;
  stance: Stance;
}

const NEGATORS =
  /(?<![\p{L}])(?:not|never|no|n't|without|against|neither|nor|refus\w*|oppos\w*|не|ни|нет|против|ne|pas|jamais|contre)(?![\p{L}])/giu;
const CONDITIONAL =
  /(?<![\p{L}])(?:if|unless|provided(?: that)?|as long as|on condition|only when|only if|если|при условии|si|à condition)(?![\p{L}])/iu;

interface FrameMatch {
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

/** Every frame a text evokes, by priority. */
function matchFrames(text: string, hasOrg: boolean): FrameMatch[] {
  const lower = text.toLowerCase();
  const found: FrameMatch[] = [];
  for (const frame of compiledFrames()) {
    const pro: number[] = [];
    const con: number[] = [];
    let index = Number.POSITIVE_INFINITY;
    let conIndex = Number.POSITIVE_INFINITY;
    for (const [re, into, sign] of [
      [frame.proRe, pro, 1],
      [frame.conRe, con, -1],
    ] as const) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(lower); m; m = re.exec(lower)) {
        into.push(negated(lower, m.index) ? -sign : sign);
        // The frame's own words anchor its slots ("consequences ... invasion of Ukraine": Ukraine).
        if (sign === 1) index = Math.min(index, m.index);
        else if (pro.length === 0) conIndex = Math.min(conIndex, m.index);
      }
    }
    // Words against a proposition ("exclusion", "delay") evoke a frame alone only where the frame
    // says so and the organization it needs is named.
    if (pro.length === 0 && !(frame.conAloneWithOrg && hasOrg && con.length > 0)) continue;
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
 * Fills a frame's slots from the entities nearest the frame's words ("Russia's stance against Ukraine
 * joining NATO": Ukraine, not Russia), else from the document's main ones. The holder's own side fills
 * no slot of talks and relations, which are always with someone else.
 */
function fillSlots(f: TopicFeatures, frame: CompiledFrame | null, at: number): FrameSlots {
  const ownAllowed = frame?.otherSideOnly !== true;
  const own = (e: TopicEntity) =>
    !ownAllowed && (e.key === f.holderRoot || e.key === f.holder || e.root?.key === f.holderRoot);
  const nearest = (kinds: ActorKind[]) =>
    f.entities
      .filter((e) => kinds.includes(e.kind) && !own(e))
      .sort((a, b) => Math.abs((a.at ?? 0) - at) - Math.abs((b.at ?? 0) - at))[0];
  const fromContext = (kinds: ActorKind[]) =>
    f.context.find(
      (e) => kinds.includes(e.kind) && !(e.key === f.holderRoot || e.key === f.holder),
    );
  const counterpart = nearest(["person", "state", "government"]);
  // A state speaking of its own status without naming itself ("we will never accept sanctions") is the slot.
  const ownState =
    ownAllowed && f.holderRootEntity?.kind === "state" ? f.holderRootEntity : undefined;
  const stateSlot = nearest(["state"]) ?? ownState ?? fromContext(["state"]);
  return {
    state: stateSlot?.name ?? null,
    org: (nearest(["organization"]) ?? fromContext(["organization"]))?.name ?? null,
    counterpart: counterpart ? (counterpart.root?.name ?? counterpart.name) : null,
  };
}

const STOPWORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from into about as is are was were be been being has have had do does did " +
    "will would shall should can could may might must that this these those it its he she his her they them their we our you your i " +
    "not no never also very more most much many any some such than then there here what which who whom whose when where why how " +
    "all both each other only own same so too just over after before while during against between through up down out off again " +
    "further once said says say told tell according added adding one two three new would like want wants"
  ).split(" "),
);

function contentWords(text: string): string[] {
  return [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w))
        .map((w) => w.replace(/(?:ies)$/, "y").replace(/(?<=[^s])s$/, "")),
    ),
  ];
}

/**
 * Assigns every statement a topic and a stance. Statements matching the same frame with the same
 * slots share a topic; the rest are clustered by shared content words (Jaccard ≥ 0.34).
 */
export function induceTopics(items: readonly TopicFeatures[]): {
  topics: Topic[];
  assignments: TopicAssignment[];
} {
  const topics = new Map<string, Topic>();
  const assignments: TopicAssignment[] = [];
  const pending: { index: number; words: string[] }[] = [];

  const addTopic = (
    label: string,
    proposition: string,
    keywords: string[],
    parentLabel?: string,
  ): string => {
    const id = topicId(label);
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
      parentId: parentLabel ? topicId(parentLabel) : null,
    });
    return id;
  };

  items.forEach((f, index) => {
    const match = matchFrame(
      f.text,
      f.entities.some((e) => e.kind === "organization") || /\balliance\b/i.test(f.text),
    );
    if (match) {
      const { frame } = match;
      const slots = fillSlots(f, frame, match.index);
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
      assignments[index] = {
        topicId: id,
        stance: stanceOf(match.direction, f.cuePolarity, f.text),
      };
    } else {
      const names = new Set(
        f.entities
          .filter((e) => e.key === f.holder || e.key === f.holderRoot)
          .flatMap((e) => contentWords(e.name)),
      );
      pending.push({ index, words: contentWords(f.text).filter((w) => !names.has(w)) });
    }
  });

  // Unframed statements: greedy clustering through an inverted index of content words.
  const clusters: { words: Map<string, number>; members: number[] }[] = [];
  const byWord = new Map<string, number[]>();
  for (const item of pending) {
    const candidates = new Set(item.words.flatMap((w) => byWord.get(w) ?? []));
    let best = -1;
    let bestScore = 0.34;
    for (const c of candidates) {
      const cluster = clusters[c];
      if (!cluster) continue;
      const shared = item.words.filter((w) => cluster.words.has(w)).length;
      const score = shared / (item.words.length + cluster.words.size - shared || 1);
      if (score >= bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = clusters.length;
      clusters.push({ words: new Map(), members: [] });
    }
    const cluster = clusters[best] as (typeof clusters)[number];
    cluster.members.push(item.index);
    for (const w of item.words) {
      if (!cluster.words.has(w)) byWord.set(w, [...(byWord.get(w) ?? []), best]);
      cluster.words.set(w, (cluster.words.get(w) ?? 0) + 1);
    }
  }
  for (const cluster of clusters) {
    const top = [...cluster.words.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([w]) => w);
    const label = top.length > 0 ? capitalise(top.join(", ")) : "Other statements";
    const id = addTopic(label, `Statements about ${top.join(", ") || "other matters"}.`, top);
    for (const index of cluster.members) {
      const f = items[index] as TopicFeatures;
      assignments[index] = { topicId: id, stance: stanceOf(0, f.cuePolarity, f.text) };
    }
  }
  return { topics: [...topics.values()], assignments };
}

function topicId(label: string): string {
  const s = slug(label);
  return `top_${s.length >= 6 ? s.slice(0, 64) : shortHash(label)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
