/**
 * Possessive groups: "his advisers", "the president's aides", "Trump's lawyers", "its negotiators"
 * are unnamed members of the possessor's side — neither the possessor himself nor strangers.
 */
import type { ActorScan } from "./actors-shared.js";
import { slug } from "./ids.js";
import type { Mention } from "./types.js";

/** Members a possessor has, each with the head their unnamed source is filed under. */
const MEMBER_HEADS: Record<string, string> = {
  adviser: "adviser",
  advisor: "adviser",
  aide: "adviser",
  lawyer: "lawyer",
  attorney: "lawyer",
  negotiator: "negotiator",
  envoy: "envoy",
  official: "official",
  diplomat: "diplomat",
  representative: "representative",
  deputy: "deputy",
  lieutenant: "deputy",
  staffer: "staff",
  staff: "staff",
  team: "staff",
  confidant: "confidant",
  associate: "confidant",
  ally: "ally",
  allies: "ally",
  loyalist: "ally",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  spokesperson: "spokesperson",
};

/** The member noun after a possessive, with a modifier or two: "'s top trade advisers", " closest aides". */
const MEMBER_AFTER =
  /^\s+((?:(?:top|senior|closest|close|chief|legal|trade|economic|political|foreign-policy|security|national-security|military|own|other|former|longtime|key|personal|campaign|white\s+house)\s+){0,2})(advis[eo]rs?|aides?|lawyers?|attorneys?|negotiators?|envoys?|officials|diplomats?|representatives|deputies|deputy|lieutenants?|staffers|staff|team|confidants?|associates|allies|ally|loyalists|spokes(?:man|woman|person))(?![\p{L}-])/iu;

/** Kinds of actor whose members these are; an outlet's "lawyers" speak for the outlet itself. */
const POSSESSOR_KINDS = new Set(["person", "organization", "government", "state", "group"]);

/**
 * The unnamed members named by a possessive ending at `from` (right after "'s" or the pronoun), if
 * any: their actor is added and their mention, from `start`, takes the place of any mention inside
 * it (the possessor's, the bare noun's). Whether there were any.
 */
export function possessedMembers(
  scan: Pick<ActorScan, "input" | "text" | "table" | "actors" | "add">,
  possessorKey: string,
  start: number,
  from: number,
): boolean {
  const { input, text, table, actors, add } = scan;
  const possessor = actors.get(possessorKey);
  if (!possessor || !POSSESSOR_KINDS.has(possessor.kind)) return false;
  const m = MEMBER_AFTER.exec(text.slice(from, from + 60));
  if (!m) return false;
  const noun = (m[2] as string).toLowerCase();
  const singular =
    noun === "allies" ? "ally" : noun === "deputies" ? "deputy" : noun.replace(/s$/u, "");
  const head = MEMBER_HEADS[singular];
  if (!head) return false;
  // A state's allies are other states ("Washington's allies"), a person's are his own people.
  if (head === "ally" && possessor.kind !== "person") return false;
  const end = from + m[0].length;
  // "The president's spokesman, Jan Novák, said": the member is named, a person of his own.
  if (/^,?\s+[\p{Lu}][\p{Ll}’'-]+\s+[\p{Lu}]/u.test(text.slice(end, end + 40))) return false;
  const nouns = [...table.near(from, end)].filter((x) => x.start >= from && x.end <= end);
  // A title some rule already gave a body ("Israel's negotiators" as Israel's) keeps it; an
  // unnamed source's side gives way to the possessor, who is more precise.
  if (
    nouns.some((x) => {
      const a = actors.get(x.actorKey);
      return !a || a.kind === "person" || (a.kind !== "anonymous_source" && a.memberOf.length > 0);
    })
  )
    return false;
  const written = text.slice(start, end).replace(/\s+/g, " ");
  const described = `${possessor.name}'s ${text.slice(from, end).trim().replace(/\s+/g, " ")}`;
  const member = add({
    key: `anon:${input.documentKey}:${slug(possessor.key)}:${head}`,
    name: described,
    kind: "anonymous_source",
    aliases: new Set([written, described]),
    memberOf: [possessor.key],
    roles: [],
    wikidataId: null,
  });
  const mention: Mention = { start, end, actorKey: member.key, via: "possessive" };
  const inside = [...table.near(start, end)].filter((x) => x.start >= start && x.end <= end);
  for (const x of inside) table.remove(x);
  // In order of start, as the anaphora pass that may call this reads the table.
  table.insertSorted(mention);
  return true;
}

/** "Trump's lawyers", "the president's aides": members after a named or described possessor. */
export function possessedByName(scan: ActorScan): void {
  const { text, table } = scan;
  for (const m of [...table.list]) {
    if (m.end <= m.start) continue;
    // The "'s" may close the mention itself ("President Trump's") or follow it.
    const marker = /['’]s$/u.test(text.slice(m.start, m.end))
      ? ""
      : (/^['’]s?(?=\s)/u.exec(text.slice(m.end, m.end + 3))?.[0] ?? null);
    if (marker === null) continue;
    const from = m.end + marker.length;
    // "the president's aides": the article belongs to the phrase.
    const article = /(?:^|[^\p{L}])([Tt]he\s+)$/u.exec(
      text.slice(Math.max(0, m.start - 5), m.start),
    );
    const start = m.start - (article?.[1]?.length ?? 0);
    possessedMembers(scan, m.actorKey, start, from);
  }
}
