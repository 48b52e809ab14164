/** Scores a CorpusAnalysis against hand-annotated gold: statements, holders, cross-document alignment, boilerplate. */
import {
  ActorKind,
  type CorpusAnalysis,
  Evidence,
  ExcludedKind,
  rootActorId,
  Stance,
  type Statement,
  StatementMode,
} from "@stancemap/schema";
import { z } from "zod";

const Name = z.string().min(1);
const Offset = z.int().min(0);
const PositionId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const GoldActor = z.strictObject({
  name: Name,
  aliases: z.array(Name),
  kind: ActorKind,
  root: Name.meta({
    description: "The state or organization the actor speaks for (itself for a state).",
  }),
});
export type GoldActor = z.infer<typeof GoldActor>;

export const GoldPosition = z.strictObject({
  id: PositionId,
  root: Name,
  topic: Name,
  proposition: Name,
  stance: Stance,
  label: Name,
});
export type GoldPosition = z.infer<typeof GoldPosition>;

export const GoldBoilerplate = z.strictObject({
  kind: ExcludedKind,
  start: Offset,
  end: Offset,
  exact: Name,
});
export type GoldBoilerplate = z.infer<typeof GoldBoilerplate>;

export const GoldDocument = z.strictObject({
  file: Name.meta({ description: "File name, matched against the basename of Document.origin." }),
  outlet: Name.nullable(),
  boilerplate: z.array(GoldBoilerplate),
});
export type GoldDocument = z.infer<typeof GoldDocument>;

export const GoldStatement = z.strictObject({
  id: z.string().regex(/^g[a-z0-9_]+$/),
  document: Name,
  holder: Name,
  altHolders: z
    .array(Name)
    .meta({ description: "Other holders the scorer accepts (the relaying source, say)." }),
  root: Name,
  evidence: Evidence,
  mode: StatementMode,
  cue: Name.nullable(),
  stance: Stance,
  stanceWords: z.array(Name),
  chain: z.array(Name).min(1),
  position: PositionId,
  note: Name.optional(),
});
export type GoldStatement = z.infer<typeof GoldStatement>;

/** The gold file: actors, positions, documents with boilerplate, and statements, cross-checked. */
export const Gold = z
  .strictObject({
    version: z.literal(1),
    corpus: Name,
    description: z.string().optional(),
    actors: z.array(GoldActor),
    positions: z.array(GoldPosition),
    documents: z.array(GoldDocument),
    statements: z.array(GoldStatement),
  })
  .superRefine((gold, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    const unique = <T>(items: T[], key: (item: T) => string, name: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(key(item))) issue([name, i], `duplicate ${key(item)}`);
        seen.add(key(item));
      });
    };
    unique(gold.actors, (a) => a.name, "actors");
    unique(gold.positions, (p) => p.id, "positions");
    unique(gold.documents, (d) => d.file, "documents");
    unique(gold.statements, (s) => s.id, "statements");
    const actors = new Map(gold.actors.map((a) => [a.name, a]));
    const positions = new Map(gold.positions.map((p) => [p.id, p]));
    const files = new Set(gold.documents.map((d) => d.file));
    gold.documents.forEach((doc, i) => {
      doc.boilerplate.forEach((b, j) => {
        if (b.end - b.start !== b.exact.length) {
          issue(["documents", i, "boilerplate", j], "exact length differs from end - start");
        }
      });
    });
    gold.statements.forEach((s, i) => {
      if (!files.has(s.document))
        issue(["statements", i, "document"], `unknown document ${s.document}`);
      const holder = actors.get(s.holder);
      if (!holder) issue(["statements", i, "holder"], `unknown actor ${s.holder}`);
      else if (holder.root !== s.root)
        issue(["statements", i, "root"], `holder's root is ${holder.root}, not ${s.root}`);
      s.altHolders.forEach((name, j) => {
        if (!actors.has(name)) issue(["statements", i, "altHolders", j], `unknown actor ${name}`);
      });
      const position = positions.get(s.position);
      if (!position) issue(["statements", i, "position"], `unknown position ${s.position}`);
      else if (position.root !== s.root)
        issue(
          ["statements", i, "position"],
          `position ${s.position} belongs to ${position.root}, not ${s.root}`,
        );
      if (s.evidence.end - s.evidence.start !== s.evidence.exact.length) {
        issue(["statements", i, "evidence"], "exact length differs from end - start");
      }
    });
  });
export type Gold = z.infer<typeof Gold>;

/**
 * Checks the gold against the document texts (file name → text): every span slices to its exact
 * text with its prefix and suffix around it. Returns one message per problem.
 */
export function checkGoldAgainstTexts(gold: Gold, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const doc of gold.documents) {
    const text = texts.get(doc.file);
    if (text === undefined) problems.push(`${doc.file}: no text`);
    else {
      for (const b of doc.boilerplate) {
        if (text.slice(b.start, b.end) !== b.exact)
          problems.push(
            `${doc.file}: boilerplate ${b.kind} at ${b.start} does not slice to its exact`,
          );
      }
    }
  }
  for (const s of gold.statements) {
    const text = texts.get(s.document);
    if (text === undefined) continue;
    const { start, end, exact, prefix, suffix } = s.evidence;
    if (text.slice(start, end) !== exact)
      problems.push(`${s.id}: text.slice(${start}, ${end}) is not its exact`);
    else if (!text.slice(0, start).endsWith(prefix) || !text.slice(end).startsWith(suffix)) {
      problems.push(`${s.id}: prefix or suffix does not surround the span`);
    }
  }
  return problems;
}

export interface ScoreOptions {
  /** Two spans match when their overlap is at least this share of the shorter one (default 0.5). */
  minOverlap?: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentScore extends PrecisionRecall {
  document: string;
  gold: number;
  predicted: number;
  matched: number;
  holderAccuracy: number;
  boilerplateHits: number;
}

export interface MatchedPair {
  document: string;
  goldId: string;
  statementId: string;
  overlap: number;
  holderCorrect: boolean;
}

export interface MissedStatement {
  document: string;
  goldId: string;
  holder: string;
  position: string;
  exact: string;
}

export interface PredictedStatementRef {
  document: string;
  statementId: string;
  holder: string;
  exact: string;
}

export interface WrongHolder {
  document: string;
  goldId: string;
  statementId: string;
  goldHolder: string;
  predictedHolder: string;
  exact: string;
}

export interface BoilerplateHit extends PredictedStatementRef {
  kind: ExcludedKind;
}

export interface ScoreReport extends PrecisionRecall {
  holderAccuracy: number;
  alignment: PrecisionRecall & { goldPairs: number; predictedPairs: number; agreeingPairs: number };
  boilerplateHits: number;
  counts: { gold: number; predicted: number; matched: number };
  perDocument: DocumentScore[];
  details: {
    matched: MatchedPair[];
    missed: MissedStatement[];
    spurious: PredictedStatementRef[];
    wrongHolder: WrongHolder[];
    boilerplate: BoilerplateHit[];
    /** Gold documents with no predicted document of the same file name: all their statements are missed. */
    missingDocuments: string[];
    /** Predicted documents the gold does not cover; their statements are not scored. */
    unscoredDocuments: string[];
    /** Gold spans whose exact text was not found in the predicted document's text. */
    unanchored: string[];
  };
}

interface Span {
  start: number;
  end: number;
}

/** Lowercase, without diacritics, possessive 's, parentheses, punctuation or a leading "the". */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/['’`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

const lastToken = (normalised: string) => normalised.split(" ").at(-1) ?? "";

/** The file name at the end of a path or URL (query and fragment dropped). */
export function basename(origin: string): string {
  const path = origin.replace(/[?#].*$/, "");
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds a gold span in a predicted document's text. The offsets are trusted when they still slice
 * to the exact text; otherwise (the ingester normalised the text) the exact text is searched for
 * and the occurrence with the longest matching context, then the nearest one, wins.
 */
export function anchorSpan(
  span: { start: number; end: number; exact: string; prefix?: string; suffix?: string },
  text: string,
): Span | null {
  if (text.slice(span.start, span.end) === span.exact) return { start: span.start, end: span.end };
  let best: { at: number; context: number; distance: number } | null = null;
  for (let at = text.indexOf(span.exact); at >= 0; at = text.indexOf(span.exact, at + 1)) {
    const context =
      commonSuffix(
        text.slice(Math.max(0, at - (span.prefix?.length ?? 0)), at),
        span.prefix ?? "",
      ) + commonPrefix(text.slice(at + span.exact.length), span.suffix ?? "");
    const distance = Math.abs(at - span.start);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) {
      best = { at, context, distance };
    }
  }
  return best ? { start: best.at, end: best.at + span.exact.length } : null;
}

const overlapOf = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function prf(agreeing: number, predicted: number, gold: number): PrecisionRecall {
  // Nothing predicted and nothing to find is a perfect score; otherwise an empty side scores 0.
  const bothEmpty = predicted === 0 && gold === 0;
  const precision = predicted === 0 ? (bothEmpty ? 1 : 0) : agreeing / predicted;
  const recall = gold === 0 ? (bothEmpty ? 1 : 0) : agreeing / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const accuracy = (correct: number, matched: number, empty: boolean) =>
  matched === 0 ? (empty ? 1 : 0) : correct / matched;

/**
 * Scores `predicted` against `gold`.
 *
 * - Documents pair up by file name (basename of `origin` vs the gold `file`); predicted documents
 *   the gold lacks are left out and listed, gold documents never predicted count as all missed.
 * - A predicted and a gold statement of the same document match when their evidence spans overlap
 *   by at least `minOverlap` of the shorter span. Pairs are taken greedily, one-to-one: highest
 *   overlap share first, then a correct holder, then the tighter fit (overlap / longer span).
 * - precision = matched predicted / predicted; recall = matched gold / gold.
 * - holderAccuracy: among matched pairs, the predicted holder's name or an alias equals (after
 *   {@link normaliseName}) the gold holder's or an accepted alternative's name or alias, or, for
 *   persons on both sides, the surnames (last words) are equal.
 * - alignment: over pairs of matched gold statements in different documents; gold calls a pair
 *   aligned when both share a position id, the prediction when both share a topic and a root actor
 *   (top of memberOf).
 * - boilerplateHits: predicted statements whose evidence overlaps a gold boilerplate region.
 */
export function scoreAgainstGold(
  predicted: CorpusAnalysis,
  gold: Gold,
  options: ScoreOptions = {},
): ScoreReport {
  const minOverlap = options.minOverlap ?? 0.5;
  const actors = new Map(predicted.actors.map((a) => [a.id, a]));
  const goldActors = new Map(gold.actors.map((a) => [a.name, a]));
  const goldFiles = new Set(gold.documents.map((d) => d.file));
  const predictedDocs = new Map<string, CorpusAnalysis["documents"][number]>();
  const unscoredDocuments: string[] = [];
  for (const doc of predicted.documents) {
    const file = basename(doc.origin);
    if (goldFiles.has(file) && !predictedDocs.has(file)) predictedDocs.set(file, doc);
    else unscoredDocuments.push(doc.origin);
  }
  const statementsByDoc = new Map<string, Statement[]>();
  for (const s of predicted.statements) {
    const list = statementsByDoc.get(s.documentId) ?? [];
    list.push(s);
    statementsByDoc.set(s.documentId, list);
  }

  const holderNames = (s: Statement) => {
    const actor = actors.get(s.holderId);
    return actor ? [actor.name, ...actor.aliases] : [];
  };
  const holderLabel = (s: Statement) => actors.get(s.holderId)?.name ?? s.holderId;
  const isHolderCorrect = (g: GoldStatement, s: Statement) => {
    const actor = actors.get(s.holderId);
    if (!actor) return false;
    const accepted = [g.holder, ...g.altHolders].flatMap((name) => {
      const a = goldActors.get(name);
      return a ? [a] : [];
    });
    const goldNames = new Set(accepted.flatMap((a) => [a.name, ...a.aliases]).map(normaliseName));
    const predictedNames = holderNames(s).map(normaliseName);
    if (predictedNames.some((n) => goldNames.has(n))) return true;
    if (actor.kind !== "person") return false;
    const surnames = new Set(
      accepted
        .filter((a) => a.kind === "person")
        .flatMap((a) => [a.name, ...a.aliases].map((n) => lastToken(normaliseName(n)))),
    );
    return predictedNames.some((n) => n !== "" && surnames.has(lastToken(n)));
  };

  const report: ScoreReport["details"] = {
    matched: [],
    missed: [],
    spurious: [],
    wrongHolder: [],
    boilerplate: [],
    missingDocuments: [],
    unscoredDocuments,
    unanchored: [],
  };
  const perDocument: DocumentScore[] = [];
  const alignedPairs: { gold: GoldStatement; predicted: Statement }[] = [];
  let totalPredicted = 0;
  let totalHolderCorrect = 0;

  for (const goldDoc of gold.documents) {
    const goldStatements = gold.statements.filter((s) => s.document === goldDoc.file);
    const doc = predictedDocs.get(goldDoc.file);
    const missed = (g: GoldStatement) =>
      report.missed.push({
        document: goldDoc.file,
        goldId: g.id,
        holder: g.holder,
        position: g.position,
        exact: g.evidence.exact,
      });
    if (!doc) {
      report.missingDocuments.push(goldDoc.file);
      goldStatements.forEach(missed);
      perDocument.push({
        document: goldDoc.file,
        gold: goldStatements.length,
        predicted: 0,
        matched: 0,
        holderAccuracy: 0,
        boilerplateHits: 0,
        ...prf(0, 0, goldStatements.length),
      });
      continue;
    }
    const predictedHere = statementsByDoc.get(doc.id) ?? [];
    totalPredicted += predictedHere.length;
    const ref = (s: Statement): PredictedStatementRef => ({
      document: goldDoc.file,
      statementId: s.id,
      holder: holderLabel(s),
      exact: s.evidence.exact,
    });

    const anchored = goldStatements.map((g) => {
      const span = anchorSpan(g.evidence, doc.text);
      if (!span) report.unanchored.push(`${g.id}: ${g.evidence.exact}`);
      return span;
    });
    const regions = goldDoc.boilerplate.flatMap((b) => {
      const span = anchorSpan(b, doc.text);
      if (!span)
        report.unanchored.push(`${goldDoc.file} boilerplate ${b.kind}: ${b.exact.slice(0, 60)}`);
      return span ? [{ ...span, kind: b.kind }] : [];
    });

    let hits = 0;
    for (const s of predictedHere) {
      const region = regions.find((r) => overlapOf(r, s.evidence) > 0);
      if (region) {
        hits++;
        report.boilerplate.push({ ...ref(s), kind: region.kind });
      }
    }

    const candidates: {
      gi: number;
      pi: number;
      share: number;
      holder: boolean;
      fit: number;
      overlap: number;
    }[] = [];
    anchored.forEach((span, gi) => {
      if (!span) return;
      predictedHere.forEach((s, pi) => {
        const overlap = overlapOf(span, s.evidence);
        const shorter = Math.min(span.end - span.start, s.evidence.end - s.evidence.start);
        const longer = Math.max(span.end - span.start, s.evidence.end - s.evidence.start);
        if (overlap === 0 || shorter <= 0 || overlap / shorter < minOverlap) return;
        const g = goldStatements[gi] as GoldStatement;
        candidates.push({
          gi,
          pi,
          share: overlap / shorter,
          holder: isHolderCorrect(g, s),
          fit: overlap / longer,
          overlap,
        });
      });
    });
    candidates.sort(
      (a, b) =>
        b.share - a.share ||
        Number(b.holder) - Number(a.holder) ||
        b.fit - a.fit ||
        a.gi - b.gi ||
        a.pi - b.pi,
    );
    const goldTaken = new Set<number>();
    const predictedTaken = new Set<number>();
    let holderCorrect = 0;
    for (const c of candidates) {
      if (goldTaken.has(c.gi) || predictedTaken.has(c.pi)) continue;
      goldTaken.add(c.gi);
      predictedTaken.add(c.pi);
      const g = goldStatements[c.gi] as GoldStatement;
      const s = predictedHere[c.pi] as Statement;
      report.matched.push({
        document: goldDoc.file,
        goldId: g.id,
        statementId: s.id,
        overlap: c.share,
        holderCorrect: c.holder,
      });
      alignedPairs.push({ gold: g, predicted: s });
      if (c.holder) holderCorrect++;
      else {
        report.wrongHolder.push({
          document: goldDoc.file,
          goldId: g.id,
          statementId: s.id,
          goldHolder: g.holder,
          predictedHolder: holderLabel(s),
          exact: s.evidence.exact,
        });
      }
    }
    goldStatements.forEach((g, gi) => {
      if (!goldTaken.has(gi)) missed(g);
    });
    predictedHere.forEach((s, pi) => {
      if (!predictedTaken.has(pi)) report.spurious.push(ref(s));
    });
    totalHolderCorrect += holderCorrect;
    const matched = goldTaken.size;
    perDocument.push({
      document: goldDoc.file,
      gold: goldStatements.length,
      predicted: predictedHere.length,
      matched,
      holderAccuracy: accuracy(
        holderCorrect,
        matched,
        goldStatements.length === 0 && predictedHere.length === 0,
      ),
      boilerplateHits: hits,
      ...prf(matched, predictedHere.length, goldStatements.length),
    });
  }

  const roots = new Map<string, string | null>();
  const rootOf = (actorId: string) => {
    if (!roots.has(actorId)) roots.set(actorId, rootActorId(actorId, actors));
    return roots.get(actorId) ?? null;
  };
  let goldAligned = 0;
  let predictedAligned = 0;
  let agreeing = 0;
  for (let i = 0; i < alignedPairs.length; i++) {
    for (let j = i + 1; j < alignedPairs.length; j++) {
      const a = alignedPairs[i] as (typeof alignedPairs)[number];
      const b = alignedPairs[j] as (typeof alignedPairs)[number];
      if (a.gold.document === b.gold.document) continue;
      const inGold = a.gold.position === b.gold.position;
      const rootA = rootOf(a.predicted.holderId);
      const inPrediction =
        a.predicted.topicId === b.predicted.topicId &&
        rootA !== null &&
        rootA === rootOf(b.predicted.holderId);
      if (inGold) goldAligned++;
      if (inPrediction) predictedAligned++;
      if (inGold && inPrediction) agreeing++;
    }
  }

  const matched = report.matched.length;
  return {
    ...prf(matched, totalPredicted, gold.statements.length),
    holderAccuracy: accuracy(
      totalHolderCorrect,
      matched,
      gold.statements.length === 0 && totalPredicted === 0,
    ),
    alignment: {
      ...prf(agreeing, predictedAligned, goldAligned),
      goldPairs: goldAligned,
      predictedPairs: predictedAligned,
      agreeingPairs: agreeing,
    },
    boilerplateHits: report.boilerplate.length,
    counts: { gold: gold.statements.length, predicted: totalPredicted, matched },
    perDocument,
    details: report,
  };
}

/** One gold statement of a position, and the row (topic and root actor) its predicted match sits in. */
export interface PositionMember {
  document: string;
  goldId: string;
  exact: string;
  /** Null when the statement was not extracted: it can align with nothing. */
  predicted: { statementId: string; topic: string; root: string } | null;
}

/** How the prediction aligns one gold position held in two or more documents. */
export interface PositionAlignment {
  position: string;
  members: PositionMember[];
  /** Pairs of matched members in different documents (what alignment recall counts)... */
  goldPairs: number;
  /** ...and those the prediction puts in one row. */
  agreeingPairs: number;
}

/**
 * Alignment position by position, for finding why a position splits: for every gold position held
 * in two or more documents, its statements with the topic label and root actor of their predicted
 * match, worst-aligned first. `report` is {@link scoreAgainstGold}'s result for the same inputs.
 */
export function alignmentByPosition(
  predicted: CorpusAnalysis,
  gold: Gold,
  report: ScoreReport,
): PositionAlignment[] {
  const actors = new Map(predicted.actors.map((a) => [a.id, a]));
  const topics = new Map(predicted.topics.map((t) => [t.id, t]));
  const statements = new Map(predicted.statements.map((s) => [s.id, s]));
  const matchOf = new Map(report.details.matched.map((m) => [m.goldId, m.statementId]));
  const byPosition = new Map<string, GoldStatement[]>();
  for (const g of gold.statements) {
    const list = byPosition.get(g.position);
    if (list) list.push(g);
    else byPosition.set(g.position, [g]);
  }
  const out: PositionAlignment[] = [];
  for (const [position, list] of byPosition) {
    if (new Set(list.map((g) => g.document)).size < 2) continue;
    const members: PositionMember[] = list.map((g) => {
      const s = statements.get(matchOf.get(g.id) ?? "");
      const rootId = s ? rootActorId(s.holderId, actors) : null;
      return {
        document: g.document,
        goldId: g.id,
        exact: g.evidence.exact,
        predicted: s
          ? {
              statementId: s.id,
              topic: topics.get(s.topicId)?.label ?? s.topicId,
              root: (rootId && actors.get(rootId)?.name) ?? rootId ?? "(no root)",
            }
          : null,
      };
    });
    let goldPairs = 0;
    let agreeingPairs = 0;
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as PositionMember;
        const b = members[j] as PositionMember;
        if (a.document === b.document || !a.predicted || !b.predicted) continue;
        goldPairs++;
        const sa = statements.get(a.predicted.statementId) as Statement;
        const sb = statements.get(b.predicted.statementId) as Statement;
        const rootA = rootActorId(sa.holderId, actors);
        if (
          sa.topicId === sb.topicId &&
          rootA !== null &&
          rootA === rootActorId(sb.holderId, actors)
        )
          agreeingPairs++;
      }
    members.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
    out.push({ position, members, goldPairs, agreeingPairs });
  }
  return out.sort(
    (a, b) =>
      b.goldPairs - b.agreeingPairs - (a.goldPairs - a.agreeingPairs) ||
      (a.position < b.position ? -1 : 1),
  );
}
