/** Documents that speak for their issuer: "the draft statement", "a joint communiqué" as a mention of who issued it. */
import type { MentionTable } from "./actors-mentions.js";
import type { ActorStageInput } from "./actors-shared.js";
import type { LocalActor, Mention } from "./types.js";

/** A document an actor issues: "the draft statement", "a joint communiqué", "la déclaration". */
const ISSUED_DOCUMENT =
  /(?<![\p{L}])(?:the|a|an|its|their|this|that|le|la|l['’]|un|une|ce|cette)\s+(?:(?:draft|joint|final|official|closing|written|projet\s+de|brouillon\s+de)\s+)?(?:statement|communiqu[ée]|declaration|déclaration)(?![\p{L}])/giu;
/**
 * The nouns ISSUED_DOCUMENT ends in, with its flags: most texts name no statement at all, and this
 * scan is far cheaper than trying the look-behind at every character to find that out.
 */
const ISSUED_NOUN = /statement|communiqu[ée]|d[ée]claration/iu;
const ISSUER_KINDS = new Set<string>(["organization", "state", "government", "group", "person"]);

/**
 * "…,” the draft statement said": a statement speaks for whoever issued it. The issuer is the actor
 * named with it ("the G7 statement", "a statement by the Kremlin"), else the issuer of the same
 * document named earlier ("a draft statement … the draft statement"), else the subject opening
 * the sentence that first names it ("The Group of Seven has warned …, according to a draft
 * statement"). The phrase becomes a mention of that actor; with none found it stays unattributed.
 */
export function issuedDocuments(
  input: ActorStageInput,
  table: MentionTable,
  actors: ReadonlyMap<string, LocalActor>,
): void {
  const { text } = input;
  const mentions = table.list;
  const taken = (start: number, end: number) => table.overlaps(start, end);
  if (!ISSUED_NOUN.test(text)) return;
  const issuerOk = (key: string) => ISSUER_KINDS.has(actors.get(key)?.kind ?? "");
  let previous: string | null = null;
  const found: Mention[] = [];
  ISSUED_DOCUMENT.lastIndex = 0;
  for (let m = ISSUED_DOCUMENT.exec(text); m; m = ISSUED_DOCUMENT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    if (input.excluded.some((r) => start >= r.start && start < r.end)) continue;
    const sentence = input.segmentation.sentences.find((x) => x.start <= start && start < x.end);
    if (!sentence) continue;
    // Named with it: "<Actor> statement" / "<Actor>'s statement" just before, "by|from <Actor>" after.
    const before = mentions.find(
      (x) =>
        x.end <= start && /^(?:['’]s)?\s*$/u.test(text.slice(x.end, start)) && x.end > start - 40,
    );
    const after = mentions.find(
      (x) =>
        x.start >= end &&
        /^\s+(?:issued\s+)?(?:by|from|of)\s+(?:the\s+)?$/iu.test(text.slice(end, x.start)),
    );
    let issuer = [before, after].find((x) => x && issuerOk(x.actorKey))?.actorKey ?? null;
    if (!issuer && /^(?:the|its|their|this|that|le|la|l['’]|ce|cette)/iu.test(m[0]))
      issuer = previous;
    if (!issuer) {
      const opener = mentions.find((x) => x.start >= sentence.start && x.start < start);
      if (
        opener &&
        issuerOk(opener.actorKey) &&
        /^\s*(?:the\s+|le\s+|la\s+|les\s+)?$/iu.test(text.slice(sentence.start, opener.start))
      )
        issuer = opener.actorKey;
    }
    if (!issuer) continue;
    previous = issuer;
    found.push({ start, end, actorKey: issuer, via: "description" });
  }
  if (found.length === 0) return;
  table.push(...found);
  table.sort((a, b) => a.start - b.start);
}
