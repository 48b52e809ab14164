/**
 * Unknown names: people named beside a reporting verb, after an honorific or before an appositive
 * (with the role it gives them), companies named after what they are, and later surnames alone.
 */
import type { ActorRole } from "@stancemap/schema";
import type { ActorScan } from "./actors-shared.js";
import { reportingCue } from "./gazetteer/index.js";
import { ruForms } from "./gazetteer/inflect.js";
import { gazetteerActor, lookupOutlet } from "./gazetteer-adapter.js";
import { latinCyrillic, shortHash, slug } from "./ids.js";
import { lastStartingAtOrBefore } from "./spans.js";
import { execLed, ledFrom } from "./text-lines.js";
import type { LocalActor, Mention } from "./types.js";

/**
 * A capitalised name of two to four words: "Keith Kellogg", "Ursula von der Leyen", "J. D. Vance",
 * "Jean-Marie Le Gall".
 */
const NAME_RE = ledFrom(
  /(?<![\p{L}.-])(?:[\p{Lu}][\p{Ll}’'-]+(?:[\p{Lu}][\p{Ll}’'-]+)*|[\p{Lu}]\.)(?:\s+(?:(?:von|van|der|de|la|du|bin|al|el|da|di)\s+)*(?:[\p{Lu}][\p{Ll}’'-]+(?:[\p{Lu}][\p{Ll}’'-]+)*|[\p{Lu}]\.)){1,3}(?![\p{L}])/gu,
  "\\p{Lu}",
);

export const NOT_NAME_WORDS = new Set(
  (
    "The A An This That These Those It Its He She His Her They Their We Our I In On At By For With From After Before " +
    "While When Where Why How What Who Which Both Each Every Some Many Most Meanwhile However Moreover Despite Since " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December Read More Show News Feed Thought Conclusion Introduction Exclusive Interview " +
    "Mr Mrs Ms Dr President Prime Minister Foreign Secretary General Chancellor King Queen Prince Senator Governor " +
    "Republican Democrat Democratic Republicans Democrats Western European Eastern Northern Southern"
  ).split(" "),
);

/**
 * Capitalised words that open a sentence before a name and are no part of it ("Selon Jean Dupont",
 * "Mais Jean Dupont"), besides NOT_NAME_WORDS; inside a name they may be ("Marine Le Pen").
 */
const LEADING_WORDS = new Set(
  "Selon Pour Pendant Après Avant Dans Depuis Lors Le La Les Un Une Mais Et Or Donc Ainsi По Для После До Но И А".split(
    " ",
  ),
);

/** The last word of an organization's name, never of a person's: "Norvia Energy", "Harbor Metals Group". */
const ORGANIZATION_HEADS = new Set(
  (
    "Energy Group Holdings Holding Bank Capital Partners Corp Corporation Inc Ltd LLC PLC AG SA GmbH Company Co " +
    "Industries Airlines Airways Motors Oil Gas Petroleum Steel Metals Mining Pharmaceuticals Technologies Systems " +
    "Institute Association Federation Foundation Council Committee Union Agency Authority Commission Fund Party " +
    "University Center Centre Network Alliance Coalition Organization Organisation Forum Society Trust Exchange"
  ).split(" "),
);
/** The last word of an outlet's name: "Kyiv Courier", "Harbor Daily News". */
const OUTLET_HEADS = new Set(
  "Media News Times Post Journal Press Television TV Radio Herald Tribune Gazette Courier Chronicle Observer Telegraph Daily Weekly Review Wire".split(
    " ",
  ),
);

/** Capitalised words and the joining word before an organization's name: "Farmers and ", "Union of ". */
const ORGANIZATION_LEAD =
  /(?<![\p{L}'’-])(?!(?:The|A|An|In|On|At|For|By|With|From|After|Before|Le|La|Les)\s)(?:[\p{Lu}][\p{L}'’-]*\s+){1,4}(?:and|of|for|&)\s+$/u;
/** A Russian company's legal form and its quoted name: "ООО «Полярная звезда»". */
const RU_LEGAL_FORM =
  /(?<![\p{L}])(?:ООО|ОАО|ПАО|ЗАО|АО|НАО|ГУП|ФГУП|МУП)\s+«([\p{Lu}][^«»\n]{1,60})»/gu;
/** What a company is called before its name: "steel producer Acme", "the carmaker Volta". */
const COMPANY_NOUNS =
  "producer|maker|manufacturer|company|firm|giant|carrier|retailer|lender|insurer|exporter|importer|miner|operator|supplier|distributor|refiner|conglomerate|developer|start-?up|bank|" +
  // French and Russian: "la société Norvia", "компания «Норвия»".
  "société|entreprise|groupe|compagnie|firme|banque|constructeur|fabricant|opérateur|exploitant|producteur|" +
  "компания|компании|корпорация|корпорации|концерн|концерна|банк|банка|оператор|оператора|производитель|холдинг|холдинга";
/** The nouns, either case of their first letter: a sentence may open with "Компания «Норвия»". */
const COMPANY_NOUNS_ANY_CASE = COMPANY_NOUNS.split("|")
  .map((w) => `[${w[0]}${(w[0] ?? "").toUpperCase()}]${w.slice(1)}`)
  .join("|");
const COMPANY_NOUN = new RegExp(`(?:${COMPANY_NOUNS_ANY_CASE})\\s+[«"“]?[\\p{Lu}]`, "u");
const COMPANY_NAME_RE = new RegExp(
  `(?<![\\p{L}-])(?:${COMPANY_NOUNS_ANY_CASE})\\s+[«"“]?((?:[\\p{Lu}][\\p{L}&-]*)(?:\\s+[\\p{Lu}][\\p{L}&-]*){0,2})(?![\\p{L}])[»"”]?`,
  "gu",
);
/** An appositive naming what kind of firm or body the name before it is: ", the Oslo-based company that …". */
const COMPANY_APPOSITIVE = new RegExp(
  // Up to three modifiers, none a preposition ("a director at the company" is a person), then the
  // head noun, and nothing that makes it a modifier itself ("a company director", "the company's").
  `^,\\s+(?:the|a|an|la|le|l['’]|une?)\\s+(?:(?!(?:of|at|for|in|with|from|de|du|des|chez|à)\\s)[^,;:"“”\\s]+\\s+){0,3}(?:${COMPANY_NOUNS}|shipowner|association|organi[sz]ation|federation|charity|armateur)(?=\\s*,|\\s+(?:that|which|qui|based|owned|headquartered|behind|operating|in|from|of|dont)(?![\\p{L}]))`,
  "iu",
);
/** Who can head a clause: the kinds a relative clause may stand between and their verb. */
const SUBJECT_KINDS = new Set(["person", "organization", "government", "state", "group"]);
/** ", who met the envoy on Sunday, accused": a relative clause, then a lowercase word that is the verb. */
const RELATIVE_BEFORE_VERB =
  /^,\s+(?:who|which)\s[^,;:"“”()]{1,150},\s+(?!(?:and|but|or|who|which|whose|the|a|an|as|while|when|if|although|because|in|on|at|for|with|to|of)\b)[\p{Ll}]/u;

const SPEECH_AFTER =
  /^(?:,[^,]{1,80},)?\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+|previously\s+|again\s+|once\s+again\s+)?(?:said|says|told|tells|added|stated|declared|noted|stressed|insisted|warned|argued|claimed|explained|wrote|announced|urged|demanded|called|rejected|dismissed|suggested|confirmed|denied)\b/u;
/** A reporting verb right before a name, in the inverted order: "…,” said Scott Paul". */
const SPEECH_BEFORE =
  /(?:^|[^\p{L}])(?:said|says|added|stated|noted|stressed|warned|argued|explained|wrote|asked|according\s+to)\s+$/u;
/** A sentence opening on whose view it gives: "For Jane Roe, …", "According to Jane Roe, …". */
const VIEWPOINT_BEFORE =
  /^[\s"“«]*(?:For|According\s+to|In\s+the\s+(?:view|words)\s+of|Pour|Selon|D['’]après)\s+$/u;
/** An honorific right before a surname: "Mme", "M.", "Mr", "Dr", "г-жа". */
const HONORIFIC_LEAD =
  /(?<![\p{L}])(?:Mme|Mlle|M\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Madame|Monsieur|Frau|Herr|г-н|г-жа|господин|госпожа)\s+$/u;
const HONORIFIC_BEFORE = /(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Amb)\.?\s*)$/u;
/**
 * A military rank before a name makes it a person's, whatever verb follows ("Soldiers led by Brigadier
 * General Jean Dupont seized …", "le général de brigade Jean Dupont"): the rank is her role.
 */
const RANK_NAME_RE =
  /(?<![\p{L}])((?:(?:Brigadier|Major|Lieutenant)[ -]General|Lieutenant[ -]Colonel|(?:Rear|Vice)[ -]Admiral|(?:Air|Field)[ -]Marshal|General|Colonel|Admiral|Marshal|[Gg]énéral(?:\s+de\s+(?:brigade|division|corps\s+d['’]armée))?|[Ll]ieutenant-colonel|[Cc]olonel|[Aa]miral|[Cc]ontre-amiral|[Vv]ice-amiral|[Mm]aréchal|[Гг]енерал(?:-(?:майор|лейтенант|полковник))?|[Пп]олковник|[Аа]дмирал))\s+([\p{Lu}][\p{Ll}’'-]+(?:\s+[\p{Lu}][\p{Ll}’'-]+){1,2})(?![\p{L}])/gu;

/** People and companies the gazetteer lacks, their later surnames, and relative clauses after a subject. */
export function unknownNames(scan: ActorScan): void {
  const { input, text, table, actors, add, inExcluded, taken } = scan;
  const mentions = table.list;
  // "Deputy chair of the Duma's defence committee Jane Roe said", "Заместитель председателя комитета
  // Госдумы Олег Петров": a title opening the sentence before the name, with no verb or comma in it,
  // that names a body makes the person one of its members.
  const bodyInTitle = (from: number, at: number): string | null => {
    const lead = text.slice(from, at);
    if (!/^[\p{Lu}][\p{L}'’\s-]{0,100}\s$/u.test(lead) || lead.split(/\s+/).length > 9) return null;
    if (/(?<![\p{L}])(?:said|says|told|and|и|et|a|est|был[аио]?)\s/u.test(lead)) return null;
    const bodies = [...table.near(from, at)].filter((x) => {
      const kind = x.start >= from && x.end <= at ? actors.get(x.actorKey)?.kind : undefined;
      return kind === "organization" || kind === "government";
    });
    return bodies.sort((a, b) => b.start - a.start)[0]?.actorKey ?? null;
  };
  for (const s of input.segmentation.sentences) {
    const stext = text.slice(s.start, s.end);
    if (
      !/[Gg][eé]n[eé]ral|[Cc]olonel|[Aa]d?miral|[Mm]ar[eé]chal|[Гг]енерал|[Пп]олковник|[Аа]дмирал/u.test(
        stext,
      )
    )
      continue;
    for (const m of stext.matchAll(RANK_NAME_RE)) {
      const rank = m[1] as string;
      const written = m[2] as string;
      const start = s.start + (m.index ?? 0);
      const nameStart = start + m[0].length - written.length;
      const end = nameStart + written.length;
      if (inExcluded(start) || taken(nameStart, end)) continue;
      if (written.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w) || LEADING_WORDS.has(w))) continue;
      // "General Motors", "General Assembly": an organization's name, not a rank.
      const last = written.split(/\s+/).at(-1) ?? "";
      if (
        ORGANIZATION_HEADS.has(last) ||
        OUTLET_HEADS.has(last) ||
        gazetteerActor(`${rank} ${written}`)
      )
        continue;
      const title = rank.charAt(0).toUpperCase() + rank.slice(1);
      const person = add(
        personActor(written, [{ title, organization: null, start: null, end: null }], []),
      );
      table.push({
        start: taken(start, nameStart) ? nameStart : start,
        end,
        actorKey: person.key,
        via: "title",
      });
    }
  }
  for (const s of input.segmentation.sentences) {
    const stext = text.slice(s.start, s.end);
    let next = 0;
    for (let m = execLed(NAME_RE, stext, 0); m; m = execLed(NAME_RE, stext, next)) {
      next = m.index + m[0].length;
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (inExcluded(start) || taken(start, end)) continue;
      // Leading job titles the gazetteer does not know are not part of a name: "Managing Director Jane Roe".
      const lead =
        /^(?:(?:Managing|Executive|Chief|Deputy|Senior|General|Vice|Acting|Interim|Assistant|Director|Chairman|Chairwoman|Chair|President|Officer|Secretary|Minister|Spokesman|Spokeswoman|Spokesperson|Governor|Senator|Representative|Ambassador|Commissioner|Analyst|Professor|Economist|Editor|Founder|CEO|CFO)\s+)+/u.exec(
          m[0],
        );
      if (lead && m[0].slice(lead[0].length).split(/\s+/).length >= 2) {
        next = m.index + lead[0].length;
        continue;
      }
      const inner = titleInsideRun(m[0]);
      if (inner !== null) {
        next = m.index + inner;
        continue;
      }
      const words = m[0].split(/\s+/);
      // "For Jane Roe, …", "After Jane Roe spoke": a capitalised function word is no part of the
      // name after it, which is scanned again without it.
      const first = words[0] ?? "";
      if (words.length >= 3 && (NOT_NAME_WORDS.has(first) || LEADING_WORDS.has(first))) {
        next = m.index + first.length;
        continue;
      }
      if (words.some((w) => NOT_NAME_WORDS.has(w.replace(/[’'].*$/, "")))) continue;
      const before = text.slice(Math.max(s.start, start - 16), start);
      const cueAfter =
        SPEECH_AFTER.test(text.slice(end, Math.min(s.end, end + 100))) ||
        foreignCueAfter(text.slice(end, Math.min(s.end, end + 60)), input.language);
      const appositive =
        /,\s*$/u.test(before) && /^\s*,/u.test(text.slice(end, end + 2)) && cueAfter;
      const described = cueAfter ? null : appositiveBeforeSpeech(text.slice(end, s.end));
      if (
        !(
          cueAfter ||
          described !== null ||
          HONORIFIC_BEFORE.test(before) ||
          SPEECH_BEFORE.test(before) ||
          foreignCueBefore(text.slice(Math.max(s.start, start - 40), start), input.language) ||
          (VIEWPOINT_BEFORE.test(text.slice(s.start, start)) && /^\s*,/u.test(text.slice(end))) ||
          appositive
        )
      )
        continue;
      // "Norvia Energy, the operator of the pipeline, said": a name ending in what an organization
      // is called is the organization's, not a person's.
      const last = words[words.length - 1] ?? "";
      // "Polar Fisheries, the Murmansk-based company that owns the ship, denied": the appositive says what it is.
      const companyAppositive = COMPANY_APPOSITIVE.test(text.slice(end, Math.min(s.end, end + 90)));
      if (
        (ORGANIZATION_HEADS.has(last) || OUTLET_HEADS.has(last) || companyAppositive) &&
        !gazetteerActor(m[0])
      ) {
        // "the Northern Plains Wheat and Barley Growers' Association": capitalised words joined by
        // "and", "of", "for" before the head are the organization's name, places in it included.
        let from = start;
        if (!OUTLET_HEADS.has(last))
          for (;;) {
            const lead = ORGANIZATION_LEAD.exec(text.slice(Math.max(s.start, from - 80), from));
            if (!lead) break;
            from -= lead[0].length;
          }
        const written = text.slice(from, end);
        const org = add(
          OUTLET_HEADS.has(last) ? lookupOutlet(written) : organizationActor(written),
        );
        for (const x of [...table.near(from, start)])
          if (x.start >= from && x.end <= start) table.remove(x);
        const upTo = described === null ? end : end + lastComma(text.slice(end, end + described));
        table.push({ start: from, end: upTo, actorKey: org.key, via: "name" });
        continue;
      }
      const role = appositiveRole(text, end, mentions, actors);
      const body = role?.organization ?? bodyInTitle(s.start, start);
      const person = add(personActor(m[0], role ? [role.role] : [], body ? [body] : []));
      // The mention spans its appositives, so the verb after them finds its subject next to it.
      const through = described === null ? end : end + lastComma(text.slice(end, end + described));
      table.push({ start, end: through, actorKey: person.key, via: "name" });
    }
  }
  // Unknown companies named after what they are: "the country's sole steel producer Acme, which …, said".
  for (const s of input.segmentation.sentences) {
    const stext = text.slice(s.start, s.end);
    if (!COMPANY_NOUN.test(stext)) continue;
    for (const m of stext.matchAll(COMPANY_NAME_RE)) {
      const written = m[1] as string;
      const close = /[»"”]$/u.test(m[0]) ? 1 : 0;
      const start = s.start + (m.index ?? 0) + m[0].length - close - written.length;
      const end = start + written.length;
      if (
        inExcluded(start) ||
        taken(start, end) ||
        NOT_NAME_WORDS.has(written.split(/\s+/)[0] ?? "")
      )
        continue;
      const rest = text.slice(end + close, Math.min(s.end, end + 160));
      // "la société Norvia, qui exploite le gazoduc, a estimé": past a relative or appositive clause.
      const past = /^,[^,;:«»"“”]{1,120},/u.exec(rest)?.[0].length ?? 0;
      // "the trawler's owner, the company Polar Fisheries, again denied": the comma closes the appositive.
      const closed = /^,\s+/u.test(rest) ? rest.replace(/^,/u, "") : null;
      if (
        !SPEECH_AFTER.test(rest) &&
        !(closed !== null && SPEECH_AFTER.test(closed)) &&
        !foreignCueAfter(rest, input.language) &&
        !foreignCueAfter(rest.slice(past), input.language)
      )
        continue;
      const org = add(organizationActor(written));
      table.push({ start, end, actorKey: org.key, via: "name" });
    }
  }
  // "ООО «Полярная звезда»", "АО «Север»": a Russian legal form before a quoted name is a company's.
  for (const m of text.matchAll(RU_LEGAL_FORM)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (inExcluded(start) || taken(start, end)) continue;
    const org = add(organizationActor(m[1] as string));
    org.aliases.add(m[0]);
    table.push({ start, end, actorKey: org.key, via: "name" });
  }

  // Surnames of people found above ("Kellogg said"), once their full name is known.
  for (const actor of [...actors.values()]) {
    if (actor.kind !== "person" || !actor.key.startsWith("person:")) continue;
    const surname = actor.name.split(/\s+/).pop();
    if (!surname || surname.length < 3) continue;
    // A Russian surname declines: "Петров" is also "Петрова", "Петрову", "Петровым".
    const forms = /[а-яё]/iu.test(surname)
      ? [...new Set([surname, ...ruForms(surname, { person: true }).map((f) => f.text)])]
      : [surname];
    const alternatives = forms
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join("|");
    const re = new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, "gu");
    const given = actor.name.split(/\s+/).slice(0, -1);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!inExcluded(m.index) && !taken(m.index, m.index + m[0].length)) {
        // "Mme Diallo Ba", "Mr. Tetteh Awuni": the rest of a compound surname and an honorific
        // before it belong to the mention, so a verb before them finds the name next to it.
        let start = m.index;
        for (let k = given.length - 1; k >= 1; k--) {
          const word = `${given[k]} `;
          if (text.slice(start - word.length, start) !== word) break;
          start -= word.length;
        }
        const honorific = HONORIFIC_LEAD.exec(text.slice(Math.max(0, start - 12), start));
        if (honorific && !taken(start - honorific[0].length, start)) start -= honorific[0].length;
        table.push({
          start,
          end: m.index + m[0].length,
          actorKey: actor.key,
          via: "name",
        });
      }
    }
  }

  // "Mike Roe, who met the envoy in Rome on Sunday, accused …": a relative clause between a subject
  // and its verb is part of the subject, so the verb finds its subject next to it.
  for (const m of mentions) {
    if (text.charCodeAt(m.end) !== 44 || !SUBJECT_KINDS.has(actors.get(m.actorKey)?.kind ?? ""))
      continue;
    const r = RELATIVE_BEFORE_VERB.exec(text.slice(m.end, m.end + 200));
    // The clause and its verb stay in the subject's sentence: "…, which are in talks. Although …, officials".
    const sentence =
      input.segmentation.sentences[lastStartingAtOrBefore(input.segmentation.sentences, m.start)];
    if (r && (!sentence || m.end + r[0].length <= sentence.end))
      table.reshape(m, m.start, m.end + r[0].lastIndexOf(","));
  }
}

/** Adverbs that may stand between a Russian or French subject and its verb: "Jane Roe также заявила". */
const FOREIGN_ADVERBS = new Set(
  "также тоже уже вновь ещё еще ранее позже затем aussi également encore déjà ensuite".split(" "),
);

/** The words of `s` up to its first punctuation, lowercased: where a cue before or after a name is read. */
function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
}

/**
 * A Russian or French verb of saying or thinking right after a name, which is then its subject and
 * so in the nominative: "Олег Петров считает", "Jean Dupont a affirmé".
 */
function foreignCueAfter(after: string, language: string | null): boolean {
  if (language !== "ru" && language !== "fr") return false;
  const clause = /^\s+([^,.;:!?«»"“”()—–]*)/u.exec(after)?.[1] ?? "";
  let words = wordsOf(clause).slice(0, 4);
  if (FOREIGN_ADVERBS.has(words[0] ?? "")) words = words.slice(1);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const cue = reportingCue(words.slice(0, n), language);
    if (cue && cue.cls !== "prepositional") return true;
  }
  return false;
}

/**
 * A Russian or French verb of saying right before a name, in the inverted order after a quotation
 * ("— заявил Олег Петров", "a affirmé Jean Dupont"), or "selon" before it. Not Russian "по словам",
 * whose name is in the genitive.
 */
function foreignCueBefore(before: string, language: string | null): boolean {
  if (language !== "ru" && language !== "fr") return false;
  const clause = /([^,.;:!?«»"“”()—–]*)$/u.exec(before)?.[1] ?? "";
  if (!/\s$/u.test(clause)) return false;
  const words = wordsOf(clause);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const cue = reportingCue(words.slice(-n), language);
    if (cue && (cue.cls === "speech" || (language === "fr" && cue.cls === "prepositional")))
      return true;
  }
  return false;
}

/** Job titles that end a capitalised run before a name: "… Committee Chairman Jane Roe". */
const TITLE_NOUNS = new Set(
  (
    "Chairman Chairwoman Chair President Officer Secretary Minister Spokesman Spokeswoman Spokesperson " +
    "Governor Senator Representative Ambassador Commissioner Director Analyst Professor Economist " +
    "Editor Founder CEO CFO Leader Speaker Mayor Chancellor Envoy Adviser Advisor"
  ).split(" "),
);

/** Where the name after a title inside a capitalised run starts ("House Budget Committee Chairman Jane"), or null. */
function titleInsideRun(run: string): number | null {
  const words = [...run.matchAll(/\S+/gu)];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as RegExpExecArray;
    if (!TITLE_NOUNS.has(w[0])) continue;
    return w.index + w[0].length;
  }
  return null;
}

const SPEECH_VERBS =
  "(?:said|says|told|tells|added|stated|declared|noted|stressed|insisted|warned|argued|claimed|explained|wrote|announced|urged|demanded|called|rejected|dismissed|suggested|confirmed|denied)";
/**
 * One to three appositives between a name and its reporting verb, the first a lowercase role or
 * description: "Jane Roe, president of Acme Steel, a Denver-based distributor, said".
 */
const APPOSITIVE_SPEECH = new RegExp(
  `^,\\s+(?:(?:the|a|an)\\s+)?[\\p{Ll}\\d][^,;:"“”()]{0,100}(?:,\\s+(?:who|which|whose|the|a|an|[\\p{Ll}\\d])[^,;:"“”()]{0,100}){0,2},\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+|later\\s+|then\\s+|previously\\s+)?${SPEECH_VERBS}(?![\\p{L}])`,
  "u",
);

function lastComma(s: string): number {
  return Math.max(0, s.lastIndexOf(","));
}

function appositiveBeforeSpeech(after: string): number | null {
  const m = APPOSITIVE_SPEECH.exec(after);
  return m ? m[0].length : null;
}

const ROLE_NOUN =
  "(?:vice\\s+)?president|chief\\s+(?:executive|economist|operating\\s+officer|financial\\s+officer|strategist)(?:\\s+officer)?|chair(?:man|woman|person)?|(?:managing\\s+|executive\\s+)?director|head|co-?founder|founder|spokes(?:man|woman|person)|secretary(?:[-\\s]general)?|analyst|economist|professor|fellow|researcher|partner|editor|lawyer|advis[eo]r|CEO|CFO|COO|owner|manager|commissioner|governor|strategist";
/** "Jane Roe, the president and chief executive of Acme Steel, said": her role, at the organization the text names. */
const APPOSITIVE_ROLE = new RegExp(
  `^,\\s+(?:(?:the|a|an|its)\\s+)?(?:(?:former|senior|deputy|acting|interim|longtime|global|executive|assistant|associate)\\s+){0,2}((?:${ROLE_NOUN})(?:\\s+and\\s+(?:${ROLE_NOUN}))?)\\s+(?:of|at|for)\\s+(?:the\\s+)?([^,;:"“”()]{2,80}?)\\s*(?=,)`,
  "u",
);

function appositiveRole(
  text: string,
  end: number,
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, LocalActor>,
): { role: ActorRole; organization: string | null } | null {
  const m = APPOSITIVE_ROLE.exec(text.slice(end, end + 220));
  if (!m?.[1] || !m[2]) return null;
  const orgStart = end + m[0].length - m[2].length;
  const orgEnd = end + m[0].length;
  // Only an organization the whole phrase names: "of Acme Steel USA" is not the United States.
  // A spokesperson's phrase ("a spokesman for the WTO") is a mention of the body it ends in.
  const known = mentions.find((x) => x.start <= orgStart && x.end === orgEnd);
  const actor = known ? actors.get(known.actorKey) : undefined;
  const organization =
    actor && (actor.kind === "organization" || actor.kind === "government") ? actor : undefined;
  const title = m[1]
    .replace(/\s+/g, " ")
    .replace(/(^|[\s-])([\p{Ll}])/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/ And /g, " and ");
  return {
    role: { title, organization: organization?.name ?? m[2], start: null, end: null },
    organization: organization?.key ?? null,
  };
}

/** An organisation known only by the name the text gives it ("Harbor Metals", "Acme Steel"). */
export function organizationActor(name: string): LocalActor {
  return {
    key: `org:${nameSlug(name)}`,
    name,
    kind: "organization",
    aliases: new Set([name]),
    memberOf: [],
    roles: [],
    wikidataId: null,
  };
}

export function personActor(name: string, roles: ActorRole[], memberOf: string[]): LocalActor {
  const known = gazetteerActor(name);
  if (known && known.kind === "person") return { ...known, roles: [...known.roles, ...roles] };
  const clean = name.replace(/\s+/g, " ").trim();
  return {
    key: personKey(clean),
    name: clean,
    kind: "person",
    aliases: new Set([clean]),
    memberOf,
    roles,
    wikidataId: null,
  };
}

/** An unknown person's key: the slug of the name, Cyrillic spelt out, else a hash of another script. */
function personKey(name: string): string {
  return `person:${nameSlug(name)}`;
}

/** A name's slug for a key: Cyrillic spelt out in Latin, a hash for another script. */
export function nameSlug(name: string): string {
  const latin = latinCyrillic(name.toLowerCase()).normalize("NFC");
  return slug(latin) || shortHash(name);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
