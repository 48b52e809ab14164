/**
 * Anaphora and coreference: pronouns (of the gender the text gives their antecedent), "it" opening
 * a clause, possessives before members ("his advisers", "its negotiators"), and descriptions ("the
 * agency", "the administration", "the official", "the ministers", "the participants") resolved to
 * an actor named before.
 */
import { type Gender, otherGender, textGenders } from "./actors-gender.js";
import { MentionTable } from "./actors-mentions.js";
import type { ActorStageInput } from "./actors-shared.js";
import { entryByKey, reportingCue } from "./gazetteer/index.js";
import { GROUPING_MEMBERS } from "./gazetteer/organizations.js";
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from "./spans.js";
import { execLed, type LedPattern, ledFrom } from "./text-lines.js";
import type { LocalActor, Mention, Span } from "./types.js";

// The patterns below open with a look-behind, so they are scanned through what they start with.
const PRONOUN_RE = ledFrom(
  /(?<![\p{L}])(he|him|his|she|her|they|them|their)(?![\p{L}])/giu,
  "(?:he|him|his|she|her|they|them|their)",
);

/** "its" before the members it has: "its negotiators", "its top officials". */
const ITS_RE = ledFrom(/(?<![\p{L}])(?:its|Its)(?=\s)/gu, "(?:its|Its)");
/** A Russian or French subject pronoun of a person: "она", "он", "elle". */
const FOREIGN_PRONOUN_RE = ledFrom(
  /(?<![\p{L}])(?:он|она|Он|Она|elle|Elle)(?![\p{L}])/gu,
  "(?:он|она|Он|Она|elle|Elle)",
);

/** "two European officials", "sources" are several; "one of the officials" is one. */
function plural(actor: LocalActor): boolean {
  return !/^one of\b/i.test(actor.name) && /(?:s|people)$/i.test(actor.name);
}
const OUTLET_DESCRIPTION_RE = ledFrom(
  /(?<![\p{L}])the\s+(?:(?:British|American|US|U\.S\.|Russian|French|German|business|financial|daily|weekly)\s+)?(publication|newspaper|paper|agency|news agency|media outlet|outlet|broadcaster|daily|wire service|magazine)(?![\p{L}])/giu,
  "the\\s",
);
/**
 * The nouns OUTLET_DESCRIPTION_RE and ANAPHORIC_ANON_RE end in, with their flags: their leads are
 * "the", met in every paragraph, so a paragraph without one of these nouns is not scanned at all.
 */
const OUTLET_NOUN = /publication|paper|agency|outlet|broadcaster|daily|wire service|magazine/iu;
const ANAPHORIC_ANON_NOUN = /official|source|insider|diplomat|aide/u;
const ANAPHORIC_ANON_RE = ledFrom(
  /(?<![\p{L}])(?:the|this|that|one of the|according to the)\s+(?:(?:[\p{Lu}][\p{L}-]*|former|senior|cited|unnamed|anonymous)\s+){0,2}(official|source|sources|officials|insider|diplomat|aide)(?![\p{L}])/gu,
  "(?:the|this|that|one of the|according to the)\\s",
);

/** A definite description of an organization by what it is: "the agency", "the bloc". */
const ORG_DESCRIPTION_RE = ledFrom(
  /(?<![\p{L}])(?:the|The)\s+(bloc|alliance|agency|organi[sz]ation|commission|council|court|fund|watchdog)(?![\p{L}])/gu,
  "(?:the|The)\\s",
);
const ORG_DESCRIPTION_NOUN =
  /bloc|alliance|agency|organi[sz]ation|commission|council|court|fund|watchdog/iu;
/** Whether "the <noun>" can describe the organization: a word of its name, or what it is. */
function describedBy(actor: LocalActor, noun: string): boolean {
  const entry = entryByKey(actor.key);
  const names = [actor.name, ...actor.aliases, ...(entry?.aliases ?? [])].join(" | ");
  if (noun === "bloc")
    return (
      GROUPING_MEMBERS.has(actor.key) || /\b(?:Union|Group|Community|Association)\b/u.test(names)
    );
  if (noun === "alliance") return /\bAlliance\b|Treaty Organi[sz]ation/u.test(names);
  if (noun === "watchdog") return /\b(?:Agency|Commission|Authority)\b/u.test(names);
  const word = noun.replace(/organi[sz]ation/, "organi[sz]ation");
  return new RegExp(`\\b${word}\\b`, "iu").test(names);
}
/** "the administration" standing alone: not "the administration of aid". */
const ADMINISTRATION_RE = ledFrom(
  /(?<![\p{L}])(?:the|The)\s+administration(?![\p{L}])(?!\s+of\b)/gu,
  "(?:the|The)\\s",
);
/** "it" before a verb of saying, wanting or doing; not "it is", "it would be" (mostly about things). */
const IT_SUBJECT_RE = ledFrom(
  /(?<![\p{L}])(?:it|It)(?=\s+(?:also\s+|still\s+|now\s+)?(?:has|had|will|would|could|can|should|must|may|might|does|did|said|says|wants|wanted|sees|saw|believes|believed|considers|insists|insisted|warned|warns|argued|argues|claimed|claims|demanded|demands|promised|vowed|plans|planned|intends|threatened|threatens|announced|accused|urged|urges|rejected|rejects|denied|denies|called|calls|expects|hopes|fears|opposes|opposed|supports|supported|welcomed|welcomes|condemned|condemns)\b)(?!\s+(?:has|had|will|would|could|can|should|must|may|might)\s+(?:not\s+)?be(?:en)?\b)/gu,
  "(?:it|It)",
);
/** What may open a clause before its subject: a subordinate clause ended by a comma, a conjunction, an article. */
const CLAUSE_SUBJECT_LEAD =
  /^\s*(?:[^,;:"“”]*,\s*)?(?:(?:but|and|so|yet|if|when|while|although|though|because|now|meanwhile|still|however|instead|since|as)\s+)?(?:the\s+)?$/iu;

/** "Участники встречи", "the participants in the meeting": whoever the meeting was of. */
const PARTICIPANTS_RE = ledFrom(
  /(?<![\p{L}])(?:участник(?:и|ов|ам|ами)\s+(?:встречи|саммита|переговоров|совещания|заседания|конференции)|(?:the\s+)?participants\s+(?:in|at|of)\s+the\s+(?:meeting|summit|talks|conference)|(?:les\s+)?participants\s+(?:à|au|aux)\s+(?:la\s+)?(?:réunion|sommet|rencontre|conférence|pourparlers))(?![\p{L}])/giu,
  "(?:участник|the\\s|participants|les\\s)",
);
const PARTICIPANTS_NOUN = /участник|participants/iu;

const BARE_GROUP_RE = ledFrom(
  /(?<![\p{L}])(?:(?:the\s+)?(?:ministers|leaders)|министры|лидеры|ministres|dirigeants)(?![\p{L}])/giu,
  "(?:the\\s|ministers|leaders|министры|лидеры|ministres|dirigeants)",
);

/** "For Jan Weber, the case is clear": whose view a sentence gives is its subject for a pronoun after. */
const VIEWPOINT_LEAD = /^[\s"“«]*(?:For|According\s+to|Pour|Selon|D['’]après)\s+$/u;

/**
 * Titles a text uses alone for someone it named with them ("The minister said", "le sénateur",
 * "посол добавил"): the bare noun, and what the earlier mention or the person's role says.
 */
const BARE_TITLES: { noun: RegExp; given: RegExp }[] = [
  { noun: /^(?:minister|ministre|министр\p{L}*)$/u, given: /minist|министр/iu },
  {
    noun: /^(?:senator|sénat(?:eur|rice)|сенатор\p{L}*)$/u,
    given: /senat|sénat|сенатор|совет\p{L}*\s+федерации/iu,
  },
  {
    noun: /^(?:ambassador|ambassad(?:eur|rice)|посол|посла|послу|послом)$/u,
    given: /ambassad|посол|посл[аоу]/iu,
  },
  {
    noun: /^(?:envoy|émissaire|envoyée?|посланник\p{L}*|спецпосланник\p{L}*)$/u,
    given: /envoy|émissaire|envoyé|посланник|спецпредставител/iu,
  },
  {
    noun: /^(?:governor|gouverneure?|губернатор\p{L}*)$/u,
    given: /governor|gouverneur|губернатор/iu,
  },
  { noun: /^(?:mayor|maire|мэр\p{L}*)$/u, given: /mayor|maire|мэр/iu },
  {
    noun: /^(?:lawmaker|legislator|congressman|congresswoman|députée?|депутат\p{L}*)$/u,
    // A member of a parliament's committee is one: "Deputy chair of the Duma's defence committee".
    given:
      /lawmaker|legislator|congress|representative|député|депутат|parliament|parlement|assemblée\s+nationale|duma|госдум|парламент|сенат|senate|sénat|storting|bundestag|knesset/iu,
  },
  { noun: /^(?:general|général|генерал\p{L}*)$/u, given: /general|général|генерал/iu },
  { noun: /^(?:admiral|amiral|адмирал\p{L}*)$/u, given: /admiral|amiral|адмирал/iu },
  {
    noun: /^(?:commissioner|commissaire|еврокомиссар\p{L}*|комиссар\p{L}*)$/u,
    given: /commissioner|commissaire|комиссар/iu,
  },
  { noun: /^(?:chancellor|chancelière?|канцлер\p{L}*)$/u, given: /chancell|chanceli|канцлер/iu },
];
/**
 * A bare title as a clause's subject: "the minister" (not "the minister of …", not before a name),
 * "le/la ministre", Russian "министр" opening a sentence or after a verb ("— сказал сенатор"). The
 * match is the noun; it is scanned through the nouns' stems, not tried at every letter.
 */
const BARE_TITLE_STEMS =
  "(?:[Mm]inist|[Mm]ayor|[Mm]aire|[Ss]enat|[Ss]énat|[Aa]mbassad|[Aa]miral|[Aa]dmiral|[Ee]nvoy|[Éé]missaire|[Gg]overnor|[Gg]ouverneu|[Gg]eneral|[Gg]énéral|[Ll]awmaker|[Ll]egislator|[Cc]ongress|[Cc]ommissi|[Cc]hancel|[Dd]éputé|[Мм]инистр|[Сс]енатор|[Пп]осл|[Сс]пецпосланник|[Гг]убернатор|[Мм]эр|[Дд]епутат|[Гг]енерал|[Аа]дмирал|[Кк]омиссар|[Ее]врокомиссар|[Кк]анцлер)";
const BARE_TITLE_RE = ledFrom(
  /(?<=(?:(?<![\p{L}])(?:the|The|le|Le|la|La)\s+|(?<![\p{L}])[lL]['’]\s*|(?:^|[.!?]\s+|[,—–-]\s*(?:[\p{Ll}]+\s+){1,2})))([\p{L}-]+)(?![\p{L}])(?!\s+(?:of|for|to|de|du|des|d['’]|à|[\p{Lu}]))/gu,
  BARE_TITLE_STEMS,
);
const BARE_TITLE_NOUN =
  /minist|министр|senat|sénat|сенатор|ambassad|посол|посла|послу|envoy|émissaire|envoyé|посланник|governor|gouverneur|губернатор|mayor|maire|мэр|lawmaker|legislator|congress|député|депутат|general|général|генерал|admiral|amiral|адмирал|commissi|комиссар|chancel|канцлер/iu;

/** A mention after a preposition is no clause's subject: "In her meeting with Tom Reyes, Jane Ollard said". */
const PREPOSITION_BEFORE =
  /\b(?:by|with|to|for|against|from|of|about|toward|towards|between|among|without|under|than)\s+(?:the\s+)?$/iu;

/**
 * "the administration": the government named last (within a few sentences' reach), best one the
 * text itself called an administration. Resolved before anonymous sources, whose side a paragraph
 * about "the administration" gives.
 */
export function resolveAdministrations(
  input: ActorStageInput,
  table: MentionTable,
  actors: ReadonlyMap<string, LocalActor>,
): void {
  const { text } = input;
  const sentences = input.segmentation.sentences;
  const found: Mention[] = [];
  for (const p of input.segmentation.paragraphs) {
    const ptext = text.slice(p.start, p.end);
    if (!/administration/iu.test(ptext)) continue;
    for (
      let m = execLed(ADMINISTRATION_RE, ptext, 0);
      m;
      m = execLed(ADMINISTRATION_RE, ptext, m.index + m[0].length)
    ) {
      const at = p.start + m.index;
      const end = at + m[0].length;
      if (table.overlaps(at, end)) continue;
      if (input.excluded.some((r) => at >= r.start && at < r.end)) continue;
      const si = lastStartingAtOrBefore(sentences, at);
      const from = sentences[Math.max(0, si - 30)]?.start ?? 0;
      const governments = [...table.near(from, at)]
        .filter(
          (c) =>
            c.start >= from &&
            c.end <= at &&
            c.end > c.start &&
            c.via !== "pronoun" &&
            actors.get(c.actorKey)?.kind === "government",
        )
        .sort((a, b) => b.start - a.start);
      const pick =
        governments.find((c) =>
          [...(actors.get(c.actorKey)?.aliases ?? [])].some((a) => /administration/iu.test(a)),
        ) ?? governments[0];
      if (pick) found.push({ start: at, end, actorKey: pick.actorKey, via: "description" });
    }
  }
  // Pushed after the scan, so one "the administration" does not stand for the next.
  table.push(...found);
}

/**
 * Adds a mention for every pronoun and description that resolves to an actor named before it.
 * `possessed` turns a possessive pronoun and the members after it ("his advisers") into one mention
 * of those members, placed in the table, once the pronoun's antecedent is known; false when no
 * members follow.
 */
export function resolveAnaphora(
  input: ActorStageInput,
  table: MentionTable,
  actors: Map<string, LocalActor>,
  possessed: (possessorKey: string, start: number, from: number) => boolean = () => false,
): void {
  const { text } = input;
  const mentions = table.list;
  const taken = (start: number, end: number) => table.overlaps(start, end);
  const quotes = input.segmentation.quotes;
  const inQuote = (pos: number) => quotes.some((q) => pos > q.start && pos < q.end);
  const sentences = input.segmentation.sentences;
  // Sentences come in order without overlap, so the one holding a position is found by bisection;
  // should they ever not, the first that holds it is still the answer.
  const ordered = sentences.every(
    (s, k) => s.end >= s.start && (k === 0 || s.start >= (sentences[k - 1] as Span).end),
  );
  const sentenceIndex = (pos: number) => {
    if (!ordered) return sentences.findIndex((s) => pos >= s.start && pos < s.end);
    const k = lastStartingAtOrBefore(sentences, pos);
    const s = sentences[k];
    return s && pos < s.end ? k : -1;
  };
  // "one of the officials" is one person of a plural source: "he" can refer to it.
  // An unnamed source merged per side is several or one as each mention words it.
  const severalAt = (m: Mention, a: LocalActor) =>
    m.end > m.start
      ? plural({ ...a, name: text.slice(m.start, m.end).replace(/^(?:a|an|the)\s+/iu, "") })
      : plural(a);
  const isPerson = (m: Mention) => {
    const a = actors.get(m.actorKey);
    return (
      a?.kind === "person" ||
      (a?.kind === "anonymous_source" &&
        (!severalAt(m, a) || /^one\s+of\b/iu.test(text.slice(m.start, m.end))))
    );
  };
  const isGroup = (m: Mention) => {
    const a = actors.get(m.actorKey);
    return a?.kind === "group" || (a?.kind === "anonymous_source" && severalAt(m, a));
  };
  // Mentions this pass finds, indexed for overlap; `addedByStart` holds them in order of start (ties
  // in the order found) so candidatesBefore reads only the stretch of text it looks back over.
  const addedTable = new MentionTable();
  const added = addedTable.list;
  const addedByStart: Mention[] = [];

  const scan = (
    re: LedPattern,
    resolve: (at: number, match: RegExpExecArray) => Mention | null,
    needs?: RegExp,
  ) => {
    for (const p of input.segmentation.paragraphs) {
      const ptext = text.slice(p.start, p.end);
      if (needs && !needs.test(ptext)) continue;
      for (let m = execLed(re, ptext, 0); m; m = execLed(re, ptext, m.index + m[0].length)) {
        const start = p.start + m.index;
        const end = start + m[0].length;
        if (taken(start, end) || addedTable.overlaps(start, end)) continue;
        if (input.excluded.some((r) => start >= r.start && start < r.end)) continue;
        const antecedent = resolve(start, m);
        if (antecedent) {
          const found: Mention = { start, end, actorKey: antecedent.actorKey, via: antecedent.via };
          addedTable.push(found);
          addedByStart.splice(lastStartingAtOrBefore(addedByStart, start) + 1, 0, found);
        }
      }
    }
  };
  const candidatesBefore = (pos: number, maxSentences: number) => {
    const si = sentenceIndex(pos);
    const from = sentences[Math.max(0, si - maxSentences)]?.start ?? 0;
    // Both lists are in order of start, and a mention ending by `pos` starts by it; the stable sort
    // then orders ties as in `[...mentions, ...added]`.
    const between = (list: Mention[]) =>
      list.slice(firstStartingAtOrAfter(list, from), lastStartingAtOrBefore(list, pos) + 1);
    return [...between(mentions), ...between(addedByStart)]
      .filter((m) => m.end <= pos && m.start >= from)
      .sort((a, b) => b.start - a.start);
  };

  // Pronouns: inside a quotation, the person the quotation itself names; outside, the subject of the
  // clause so far or of the latest sentence naming someone: its first person outside quotations.
  const explicit = (m: Mention) => m.via !== "pronoun" && m.end > m.start;
  // `mentions` is sorted by start here, so a sentence's mentions are one run of it; an explicit
  // mention ends after it starts, so none from the sentence's end on can lie within it.
  const subjectOf = (si: number, until: number, accept: (m: Mention) => boolean) => {
    const s = sentences[si];
    if (!s) return undefined;
    for (let k = firstStartingAtOrAfter(mentions, s.start); k < mentions.length; k++) {
      const m = mentions[k] as Mention;
      if (m.start >= s.end) break;
      if (
        m.end <= Math.min(s.end, until) &&
        explicit(m) &&
        !inQuote(m.start) &&
        accept(m) &&
        (!PREPOSITION_BEFORE.test(text.slice(Math.max(s.start, m.start - 12), m.start)) ||
          VIEWPOINT_LEAD.test(text.slice(s.start, m.start)))
      )
        return m;
    }
    return undefined;
  };
  const coordinatedPeople = (first: Mention | undefined, until: number) => {
    if (!first || actors.get(first.actorKey)?.kind !== "person") return undefined;
    // `mentions` is in order of start: `first` is in the run of those starting where it does.
    let k = firstStartingAtOrAfter(mentions, first.start);
    while (k < mentions.length && mentions[k] !== first) k++;
    const second = mentions[k + 1];
    if (!second || second.end > until || !explicit(second)) return undefined;
    if (actors.get(second.actorKey)?.kind !== "person" || second.actorKey === first.actorKey)
      return undefined;
    return /^\s+and\s+(?:[^\s,.;:]+\s+){0,2}$/u.test(text.slice(first.end, second.start))
      ? first
      : undefined;
  };
  // What the text says of people's gender; a pronoun met with one person only adds to it.
  const genders = textGenders(text, input.language, mentions, actors);
  const fits = (g: Gender | null) => (m: Mention) =>
    g === null || genders.get(m.actorKey) !== otherGender(g);
  const antecedentOf = (at: number, word: string): string | null => {
    const plural = /^(?:they|them|their)$/i.test(word);
    const g: Gender | null = plural ? null : /^(?:she|her)$/i.test(word) ? "f" : "m";
    const resolveWith = (fit: (m: Mention) => boolean): string | null => {
      const accept = (m: Mention) => (plural ? isGroup(m) : isPerson(m)) && fit(m);
      if (!plural && inQuote(at)) {
        const quoted = candidatesBefore(at, 2).find(
          (c) =>
            explicit(c) && inQuote(c.start) && actors.get(c.actorKey)?.kind === "person" && fit(c),
        );
        if (quoted) return quoted.actorKey;
      }
      const si = sentenceIndex(at);
      for (let k = si; k >= Math.max(0, si - 2); k--) {
        const until = k === si ? at : Number.POSITIVE_INFINITY;
        let pick = subjectOf(k, until, accept);
        // "They" after "A and B welcomed …": the pair, under the first of them.
        const pair = plural ? coordinatedPeople(subjectOf(k, until, isPerson), until) : undefined;
        if (pair && (!pick || pair.start < pick.start)) pick = pair;
        if (pick) return pick.actorKey;
      }
      return null;
    };
    // A person of the pronoun's gender first; with none, the subject as before.
    const key = resolveWith(fits(g)) ?? resolveWith(() => true);
    // "Jane Roe arrived. She said …": a pronoun opening a sentence after one person only is hers.
    // Not one inside a clause ("Trump said she would come"): it may be someone never named.
    const opening = /^[\s"“«‘']*$/u.test(text.slice(sentences[sentenceIndex(at)]?.start ?? at, at));
    if (key && g && opening && !inQuote(at) && !genders.has(key) && onlyPersonBefore(at) === key)
      genders.set(key, g);
    return key;
  };
  // The one person named in the pronoun's sentence and the two before it, if only one is.
  const onlyPersonBefore = (at: number): string | null => {
    const people = new Set(
      candidatesBefore(at, 2)
        .filter((c) => explicit(c) && actors.get(c.actorKey)?.kind === "person")
        .map((c) => c.actorKey),
    );
    return people.size === 1 ? ([...people][0] as string) : null;
  };
  scan(PRONOUN_RE, (at, match) => {
    const key = antecedentOf(at, match[0]);
    if (!key) return null;
    // "his advisers": the members, of whoever "his" is.
    if (/^(?:his|her|their)$/i.test(match[0]) && possessed(key, at, at + match[0].length))
      return null;
    return { start: at, end: at, actorKey: key, via: "pronoun" };
  });

  // "its negotiators": the members of the organization, government or state that is the subject of
  // the clause so far or of the sentence before.
  scan(
    ITS_RE,
    (at, match) => {
      const si = sentenceIndex(at);
      const body = (m: Mention) => {
        const kind = actors.get(m.actorKey)?.kind;
        return kind === "organization" || kind === "government" || kind === "state";
      };
      for (let k = si; k >= Math.max(0, si - 1); k--) {
        const pick = subjectOf(k, k === si ? at : Number.POSITIVE_INFINITY, body);
        if (pick) {
          possessed(pick.actorKey, at, at + match[0].length);
          return null;
        }
      }
      return null;
    },
    /\bits\b/iu,
  );

  // Russian and French subject pronouns are the attribution stage's to resolve, by the speakers
  // before them; only where the text's genders may rule its pick out is a mention added here: "она"
  // with a man of known gender among the people before it goes to the woman.
  if (input.language === "ru" || input.language === "fr")
    scan(FOREIGN_PRONOUN_RE, (at, match) => {
      const word = match[0].toLowerCase();
      const g: Gender = word === "он" ? "m" : "f";
      // A pronoun of speech only: "она" also stands for a country, "он" for a treaty.
      const lang = input.language === "ru" ? "ru" : "fr";
      const next =
        /^\s+(?:(?:также|тоже|уже|вновь|ещё|еще|не|aussi|a|avait|ne|n['’]a)\s+)?([\p{L}-]+)/u.exec(
          text.slice(at + word.length, at + word.length + 40),
        );
      const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
      const cue = (w: string | undefined) => !!w && reportingCue(w.toLowerCase(), lang) !== null;
      if (!cue(next?.[1]) && !cue(before?.[1]) && !(next && cue(`a ${next[1]}`))) return null;
      const people = candidatesBefore(at, 3).filter(
        (c) => explicit(c) && !inQuote(c.start) && actors.get(c.actorKey)?.kind === "person",
      );
      if (!people.some((c) => genders.get(c.actorKey) === otherGender(g))) return null;
      const pick =
        people.find((c) => genders.get(c.actorKey) === g) ??
        people.find((c) => !genders.has(c.actorKey));
      return pick ? { start: at, end: at, actorKey: pick.actorKey, via: "pronoun" } : null;
    });

  // "the agency", "the bloc", "the alliance": the latest organization such a noun describes, unless
  // an outlet was named since ("the agency" after "Reuters" is the news agency).
  scan(
    ORG_DESCRIPTION_RE,
    (at, match) => {
      const noun = (match[1] as string).toLowerCase();
      const candidates = candidatesBefore(at, 8);
      const pick = candidates.find((c) => {
        const a = actors.get(c.actorKey);
        return a?.kind === "organization" && describedBy(a, noun);
      });
      const outlet =
        noun === "agency"
          ? candidates.find((c) => actors.get(c.actorKey)?.kind === "media_outlet")
          : undefined;
      if (!pick || (outlet && outlet.start > pick.start)) return null;
      return { start: at, end: at, actorKey: pick.actorKey, via: "description" };
    },
    ORG_DESCRIPTION_NOUN,
  );

  // "it" opening a clause before a verb: the organization, government or state that is the subject
  // of this clause so far or of the sentence before ("If the bloc is hit, it has said it will …").
  // Only a subject opening its clause counts: "it" far more often stands for a thing.
  if (input.language === "en" || input.language === null)
    scan(
      IT_SUBJECT_RE,
      (at) => {
        if (inQuote(at)) return null;
        const si = sentenceIndex(at);
        for (let k = si; k >= Math.max(0, si - 1); k--) {
          const sentence = sentences[k];
          if (!sentence) continue;
          const until = k === si ? at : sentence.end;
          const first = firstStartingAtOrAfter(mentions, sentence.start);
          for (let j = first; j < mentions.length; j++) {
            const m = mentions[j] as Mention;
            if (m.start >= until) break;
            if (!explicit(m) || inQuote(m.start)) continue;
            const kind = actors.get(m.actorKey)?.kind;
            const lead = text.slice(sentence.start, m.start);
            if (!CLAUSE_SUBJECT_LEAD.test(lead) || !/^(?:['’]s\s)?\s*\S/u.test(text.slice(m.end)))
              continue;
            if (kind === "organization" || kind === "government" || kind === "state")
              return { start: at, end: at, actorKey: m.actorKey, via: "pronoun" };
            // Another subject opens the clause: "it" is not the body's.
            if (kind === "person" || kind === "group" || kind === "anonymous_source") return null;
          }
          // A sentence whose subject names no actor ("The deal …") ends the search.
          if (k < si) return null;
        }
        return null;
      },
      /\bit\b/iu,
    );

  // "the publication", "the agency": the latest outlet named.
  scan(
    OUTLET_DESCRIPTION_RE,
    (at) => {
      const outlet = candidatesBefore(at, 12).find(
        (c) => actors.get(c.actorKey)?.kind === "media_outlet",
      );
      return outlet ? { start: at, end: at, actorKey: outlet.actorKey, via: "description" } : null;
    },
    OUTLET_NOUN,
  );

  // "the official", "one of the sources": the latest anonymous source.
  scan(
    ANAPHORIC_ANON_RE,
    (at) => {
      const anon = candidatesBefore(at, 20).find((c) => {
        const kind = actors.get(c.actorKey)?.kind;
        return kind === "anonymous_source" || kind === "group";
      });
      return anon ? { start: at, end: at, actorKey: anon.actorKey, via: "description" } : null;
    },
    ANAPHORIC_ANON_NOUN,
  );

  // "the ministers", "министры", "les dirigeants" without a qualifier: the group of that office named last.
  scan(BARE_GROUP_RE, (at, match) => {
    const office = /^(?:the\s+)?(?:ministers|министры|ministres)$/iu.test(match[0])
      ? "minister"
      : "leader";
    const group = candidatesBefore(at, 12).find((c) => {
      const a = actors.get(c.actorKey);
      return a?.kind === "group" && a.key.startsWith("group:") && a.key.endsWith(office);
    });
    return group ? { start: at, end: at, actorKey: group.actorKey, via: "description" } : null;
  });

  // "The minister said", "le sénateur", "посол добавил": a bare title is the person given it last.
  scan(
    BARE_TITLE_RE,
    (at, match) => {
      const noun = (match[1] as string).toLowerCase();
      const title = BARE_TITLES.find((t) => t.noun.test(noun));
      if (!title) return null;
      // "la ministre française": a qualifier after the noun makes it no bare title.
      const end = at + match[0].length;
      if (
        table.findNear(
          end,
          end + 2,
          (x) => x.start > end && /^\s+$/u.test(text.slice(end, x.start)),
        )
      )
        return null;
      // French and Russian qualify a title after it ("la ministre française", "министр культуры"):
      // bare only before a verb of saying, a pause, or after such a verb ("— сказал сенатор").
      if (input.language === "fr" || input.language === "ru") {
        const lang = input.language;
        const next = /^\s*([^\s,.;:!?«»"“”()—–]+)(?:\s+([^\s,.;:!?«»"“”()—–]+))?/u.exec(
          text.slice(end, end + 40),
        );
        const prev = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
        const cue = (...words: (string | undefined)[]) => {
          const w = words.filter((x): x is string => !!x).map((x) => x.toLowerCase());
          return w.length > 0 && reportingCue(w, lang) !== null;
        };
        const pause = /^\s*(?:[,.;:!?»”)—–]|$)/u.test(text.slice(end, end + 3));
        const auxiliary = /^(?:a|avait|aurait|est|était|qui|ne|n['’]|также|тоже|уже|не)$/iu.test(
          next?.[1] ?? "",
        );
        if (
          !pause &&
          !auxiliary &&
          !cue(next?.[1]) &&
          !cue(next?.[1], next?.[2]) &&
          !cue(prev?.[1])
        )
          return null;
      }
      const person = candidatesBefore(at, 6).find((c) => {
        const a = actors.get(c.actorKey);
        if (!a || a.kind !== "person" || !explicit(c)) return false;
        // The words before the name in its sentence may give the title the gazetteer does not
        // know: "Член комитета Совета Федерации … Олег Петров" is a senator.
        const s = sentences[sentenceIndex(c.start)];
        const lead = s ? text.slice(Math.max(s.start, c.start - 80), c.start) : "";
        const own = mentions.some(
          (x) =>
            x.start >= c.start - lead.length &&
            x.end <= c.start &&
            actors.get(x.actorKey)?.kind === "person",
        )
          ? ""
          : lead;
        return (
          title.given.test(own + text.slice(c.start, c.end)) ||
          a.roles.some((r) => title.given.test(r.title))
        );
      });
      return person ? { start: at, end: at, actorKey: person.actorKey, via: "description" } : null;
    },
    BARE_TITLE_NOUN,
  );

  // "Участники встречи": the meeting is the one of the group or grouping named last before it.
  scan(
    PARTICIPANTS_RE,
    (at) => {
      const host = candidatesBefore(at, 3).find((c) => {
        const kind = actors.get(c.actorKey)?.kind;
        return kind === "group" || kind === "organization";
      });
      return host ? { start: at, end: at, actorKey: host.actorKey, via: "description" } : null;
    },
    PARTICIPANTS_NOUN,
  );

  for (const m of added) {
    const surface = text.slice(m.start, m.end);
    m.end = m.start + surface.length;
    table.push(m);
  }
}
