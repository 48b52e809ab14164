/**
 * Reporting cues: the verbs and phrases that attribute words or positions to someone, with the
 * mode they imply (speech, stance, intention) and the polarity a stance verb gives its object.
 * English grammar lives here; lexicons for other languages add forms through `extraCues`.
 */
import type { StatementMode } from "@stancemap/schema";
import { REPORTING_CUES } from "./gazetteer/lexicon-cues.js";

export type CueClass = "speech" | "stance" | "intention" | "according" | "publish";

export interface CueEntry {
  /** Base form, for display and tests. */
  lemma: string;
  class: CueClass;
  /** +1: the holder backs the object (demanded, urged, welcomed); -1: rejects it; 0: neutral. */
  polarity: -1 | 0 | 1;
  /** Inflected forms, lowercase; multiword forms allowed ("called for", "ruled out"). */
  forms: string[];
  /** The cue reports a document ("говорится в заявлении"): the holder is the document's issuer. */
  document?: boolean;
  /** A negated rejection ("would not exclude"): the object is kept open, neither backed nor rejected. */
  keepsOpen?: boolean;
  /**
   * A verb that names its object in quoted words ("called the plan “a disgrace”", «назвал план
   * „ошибкой“», "a qualifié le plan d'« erreur »"): a position only with the quotation.
   */
  naming?: boolean;
  /**
   * The verb's object is what it judges ("described the Russian plan as piracy"), so an actor at the
   * head of that object is its target, never the position's holder.
   */
  objectFirst?: boolean;
  /**
   * A Russian gerund or French present participle ("заявив", "en dénonçant", "estimant"): its subject
   * is the main clause's, and it states a position of its own.
   */
  gerund?: boolean;
  /**
   * The phrase is the whole position, with no object after it ("followed suit", "a emboîté le pas"):
   * its words run from its subject to the clause's end.
   */
  complete?: boolean;
}

/** Regular English inflections of a verb lemma: base, -s, -ed, -ing. */
function verb(
  lemma: string,
  cls: CueClass,
  polarity: -1 | 0 | 1 = 0,
  irregular: string[] = [],
): CueEntry {
  const [head = lemma, ...rest] = lemma.split(" ");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  const stem = head.endsWith("e") ? head.slice(0, -1) : head;
  const doubled =
    /[^aeiou][aeiou][bdglmnprt]$/.test(head) && head.length <= 4 ? head + head.slice(-1) : head;
  const s = /(?:s|sh|ch|x|z)$/.test(head)
    ? `${head}es`
    : /[^aeiou]y$/.test(head)
      ? `${head.slice(0, -1)}ies`
      : `${head}s`;
  const ed = head.endsWith("e")
    ? `${head}d`
    : /[^aeiou]y$/.test(head)
      ? `${head.slice(0, -1)}ied`
      : `${doubled}ed`;
  const ing = head.endsWith("ie")
    ? `${head.slice(0, -2)}ying`
    : head.endsWith("e") && !head.endsWith("ee")
      ? `${stem}ing`
      : `${doubled}ing`;
  // A verb with irregular forms lists its past and participles in full ("said", "called for"), so
  // only the base and third-person forms are generated for it.
  const generated = irregular.length > 0 ? [head, s] : [head, s, ed, ing];
  const forms = [...generated.map((f) => f + tail), ...irregular];
  return { lemma, class: cls, polarity, forms: [...new Set(forms)] };
}

export const ENGLISH_CUES: CueEntry[] = [
  verb("say", "speech", 0, ["said", "says", "saying"]),
  verb("tell", "speech", 0, ["told", "tells", "telling"]),
  verb("add", "speech"),
  verb("state", "speech"),
  verb("declare", "speech"),
  verb("note", "speech"),
  verb("stress", "speech"),
  verb("emphasise", "speech"),
  verb("emphasize", "speech"),
  verb("insist", "speech", 1),
  verb("warn", "speech"),
  verb("argue", "speech"),
  verb("claim", "speech"),
  verb("explain", "speech"),
  verb("acknowledge", "speech"),
  verb("admit", "speech", 0, ["admitted", "admitting"]),
  verb("confirm", "speech"),
  verb("deny", "stance", -1),
  verb("announce", "speech"),
  verb("reiterate", "speech"),
  verb("reaffirm", "speech"),
  verb("repeat", "speech"),
  verb("suggest", "speech"),
  verb("hint", "speech"),
  verb("signal", "speech", 0, ["signalled", "signalling", "signaled", "signaling"]),
  verb("indicate", "speech"),
  verb("reply", "speech"),
  verb("respond", "speech"),
  verb("write", "speech", 0, ["wrote", "written", "writing"]),
  verb("tweet", "speech"),
  verb("post", "speech"),
  verb("reveal", "speech"),
  verb("assert", "speech"),
  verb("maintain", "speech"),
  verb("predict", "speech"),
  verb("assure", "speech"),
  verb("caution", "speech"),
  verb("complain", "speech"),
  verb("concede", "speech"),
  verb("contend", "speech"),
  verb("affirm", "speech"),
  verb("underline", "speech"),
  verb("underscore", "speech"),
  verb("point out", "speech"),
  verb("make clear", "speech", 0, ["made clear", "makes clear", "making clear"]),
  verb("make it clear", "speech", 0, ["made it clear", "makes it clear", "making it clear"]),
  { ...verb("describe", "speech"), objectFirst: true },
  { ...verb("characterise", "speech"), objectFirst: true },
  { ...verb("characterize", "speech"), objectFirst: true },
  verb("vow", "speech", 1),
  verb("pledge", "speech", 1),
  verb("promise", "speech", 1),
  verb("threaten", "speech"),
  verb("predict", "speech"),
  verb("express", "speech"),
  verb("voice", "speech"),
  verb("urge", "stance", 1),
  verb("demand", "stance", 1),
  // Only with a quotation naming its object ("called the plan “a disgrace”"): attribution checks.
  { ...verb("call", "speech", 0, ["called", "calls", "calling"]), naming: true },
  verb("call for", "stance", 1, ["called for", "calls for", "calling for"]),
  verb("call on", "stance", 1, ["called on", "calls on", "calling on"]),
  verb("propose", "stance", 1),
  // Only the verb's forms: "offer" and "offers" are mostly the noun ("a ceasefire offer").
  { lemma: "offer", class: "intention", polarity: 1, forms: ["offered", "offering"] },
  verb("advocate", "stance", 1),
  verb("agree", "stance", 1),
  verb("accept", "stance", 1),
  verb("talk about", "speech", 0, ["talked about", "talks about", "talking about"]),
  verb("talk tough", "speech", 0, ["talked tough", "talks tough", "talking tough"]),
  // A door kept open is a conditional position: "has left open the possibility of a new deal".
  verb("leave open the possibility", "speech", 0, [
    "left open the possibility",
    "leaves open the possibility",
    "leaving open the possibility",
  ]),
  verb("speak of", "speech", 0, ["spoke of", "speaks of", "speaking of"]),
  // Doing what another actor just did: backing the same position.
  {
    ...verb("follow suit", "stance", 1, ["followed suit", "follows suit", "following suit"]),
    complete: true,
  },
  verb("welcome", "stance", 1),
  verb("praise", "stance", 1),
  verb("back", "stance", 1),
  verb("support", "stance", 1),
  verb("endorse", "stance", 1),
  verb("defend", "stance", 1),
  verb("embrace", "stance", 1),
  verb("hail", "stance", 1),
  verb("applaud", "stance", 1),
  { lemma: "echo", class: "stance", polarity: 1, forms: ["echo", "echoes", "echoed", "echoing"] },
  verb("justify", "stance", 1),
  verb("lobby", "stance", 1),
  // Only the verb's forms: "press" alone is mostly the noun ("press secretary", "told the press").
  { lemma: "press", class: "stance", polarity: 1, forms: ["pressed", "pressing"] },
  verb("reject", "stance", -1),
  verb("dismiss", "stance", -1),
  verb("criticise", "stance", -1),
  verb("criticize", "stance", -1),
  verb("condemn", "stance", -1),
  verb("denounce", "stance", -1),
  verb("oppose", "stance", -1),
  verb("refuse", "stance", -1),
  verb("rule out", "stance", -1, ["ruled out", "rules out", "ruling out"]),
  // "Excluded X from the tariffs" exempts X: "exclude" says a position only when negated.
  {
    lemma: "not exclude",
    class: "stance",
    polarity: 0,
    keepsOpen: true,
    forms: ["exclude", "excludes", "excluded", "excluding"].flatMap((f) => [
      `not ${f}`,
      `never ${f}`,
      ...["don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't"].flatMap((n) => [
        `${n} ${f}`,
        `${n.replace("'", "’")} ${f}`,
      ]),
    ]),
  },
  verb("slam", "stance", -1, ["slammed", "slamming"]),
  verb("blast", "stance", -1),
  verb("rip", "stance", -1, ["ripped", "ripping"]),
  verb("resist", "stance", -1),
  verb("hold firm to", "stance", 1, ["held firm to", "holds firm to", "holding firm to"]),
  verb("deride", "stance", -1),
  verb("decry", "stance", -1),
  verb("lambast", "stance", -1),
  verb("lambaste", "stance", -1),
  verb("deplore", "stance", -1),
  verb("disparage", "stance", -1),
  verb("rebuff", "stance", -1),
  verb("question", "stance", -1),
  verb("accuse", "stance", -1),
  verb("blame", "stance", -1),
  verb("want", "intention"),
  verb("seek", "intention", 0, ["sought", "seeking"]),
  verb("plan", "intention", 0, ["planned", "planning"]),
  verb("intend", "intention"),
  verb("aim", "intention"),
  verb("hope", "intention"),
  verb("expect", "intention"),
  verb("wish", "intention"),
  verb("prefer", "intention", 0, ["preferred", "preferring"]),
  verb("believe", "intention"),
  verb("view", "intention"),
  verb("consider", "intention"),
  verb("think about", "intention", 0, ["thought about", "thinks about", "thinking about"]),
  verb("fear", "intention"),
  verb("suspect", "intention"),
  // The adjective with its clause, also without a copula: "lawmakers concerned that the duties would hurt".
  { lemma: "be concerned that", class: "intention", polarity: 0, forms: ["concerned that"] },
  verb("prepare", "intention"),
  verb("decide", "intention"),
  verb("push for", "intention", 1, ["pushed for", "pushes for", "pushing for"]),
  verb("press for", "intention", 1, ["pressed for", "presses for", "pressing for"]),
  {
    lemma: "according to",
    class: "according",
    polarity: 0,
    forms: ["according to", "as quoted by", "in the words of"],
  },
  verb("report", "publish"),
  verb("cite", "publish"),
];

/**
 * A negation right before a verb, with its auxiliary: "does not", "would never", "hasn't", "never".
 * No form of "be" counts as the auxiliary: "was not rejected" is a passive, which attribution drops.
 */
export const NEGATION_BEFORE =
  /(?<![\p{L}'’])(?:(?:(?:do|does|did|will|would|shall|should|can|could|has|have|had|must)\s+)?(?:not|never)|(?:do|does|did|wo|would|ca|could|has|have|had|should|must)n['’]t|cannot)\s+(?:(?!only\s)\p{L}+ly\s+)?$/iu;

/** A refusal before a verb of rejection: "refused to rule out", "declines to rule out". */
export const REFUSAL_BEFORE = /(?<![\p{L}])(?:refus|declin)(?:e|es|ed|ing)\s+to\s+$/iu;

/** Adjective phrases after a copula that state an attitude: "is open to", "is ready to", "is worried about". */
export const ATTITUDE_ADJECTIVES: { words: string; polarity: -1 | 0 | 1 }[] = [
  { words: "open to", polarity: 1 },
  { words: "ready to", polarity: 1 },
  { words: "willing to", polarity: 1 },
  { words: "prepared to", polarity: 1 },
  { words: "determined to", polarity: 1 },
  { words: "eager to", polarity: 1 },
  { words: "keen to", polarity: 1 },
  { words: "committed to", polarity: 1 },
  { words: "in favour of", polarity: 1 },
  { words: "in favor of", polarity: 1 },
  { words: "focused on", polarity: 0 },
  { words: "careful to", polarity: 0 },
  { words: "interested in", polarity: 1 },
  { words: "worried about", polarity: 0 },
  { words: "concerned about", polarity: 0 },
  { words: "wary of", polarity: -1 },
  { words: "opposed to", polarity: -1 },
  { words: "against", polarity: -1 },
  { words: "unwilling to", polarity: -1 },
  { words: "reluctant to", polarity: -1 },
  { words: "skeptical of", polarity: -1 },
  { words: "leery of", polarity: -1 },
  { words: "sceptical of", polarity: -1 },
];

/** Nouns naming a position when possessed by an actor: "Russia's primary objective", "Moscow's position". */
export const POSITION_NOUNS = [
  "position",
  "stance",
  "view",
  "views",
  "priority",
  "priorities",
  "goal",
  "goals",
  "objective",
  "objectives",
  "aim",
  "aims",
  "demand",
  "demands",
  "condition",
  "conditions",
  "plan",
  "plans",
  "intention",
  "intentions",
  "proposal",
  "proposals",
  "opinion",
  "vision",
  "red line",
  "red lines",
  "statement",
  "promise",
  "promises",
  "pledge",
  "warning",
  "message",
  "offer",
  "threat",
  "plea",
  "concern",
  "concerns",
  "call",
  "calls",
];

/** Hedging words; kind as in the schema. */
export const HEDGES: { pattern: string; kind: "reportedly" | "allegedly" | "speculative" }[] = [
  { pattern: "reportedly", kind: "reportedly" },
  { pattern: "allegedly", kind: "allegedly" },
  { pattern: "purportedly", kind: "allegedly" },
  { pattern: "supposedly", kind: "allegedly" },
  { pattern: "apparently", kind: "speculative" },
  { pattern: "is said to|are said to|was said to", kind: "reportedly" },
  { pattern: "is believed to|are believed to", kind: "reportedly" },
  { pattern: "is understood to|are understood to", kind: "reportedly" },
  { pattern: "якобы", kind: "allegedly" },
  { pattern: "по некоторым данным|по имеющимся данным", kind: "reportedly" },
  { pattern: "aurait|auraient", kind: "reportedly" },
  { pattern: "selon des sources", kind: "reportedly" },
];

/** Russian past forms of a perfective verb stem: "назвал" → назвал, назвала, назвало, назвали. */
function ruPastForms(masculine: string, tail = ""): string[] {
  return ["", "а", "о", "и"].map((e) => `${masculine}${e}${tail}`);
}

/** Russian gerunds of verbs of saying: the subject is the main clause's ("..., заявив, что ..."). */
function ruGerund(lemma: string, polarity: -1 | 0 | 1, forms: string[]): CueEntry {
  return { lemma, class: "speech", polarity, forms, gerund: true };
}

/** A French present participle, bare or after "en"/"tout en": "estimant que", "tout en dénonçant". */
function frParticiple(lemma: string, polarity: -1 | 0 | 1, participle: string): CueEntry {
  return {
    lemma,
    class: "speech",
    polarity,
    forms: [participle, `en ${participle}`, `tout en ${participle}`],
    gerund: true,
  };
}

/** French compound-past, present and inverted forms, as the gazetteer's lexicon writes them. */
function frForms(participle: string, present: string[]): string[] {
  const out: string[] = [];
  for (const aux of ["a", "ont", "avait", "avaient"]) out.push(`${aux} ${participle}`);
  for (const inv of ["a-t-il", "a-t-elle", "ont-ils", "ont-elles"])
    out.push(`${inv} ${participle}`);
  return [...out, ...present];
}

/**
 * Cues the gazetteer's lexicon lacks, read before it (a form listed in both is this one): Russian
 * gerunds and French participles, verbs that name their object in quoted words, verbs of reaction
 * and of condition, and stance phrases with their preposition.
 */
const SUPPLEMENT: Record<string, CueEntry[]> = {
  ru: [
    ruGerund("заявить", 0, ["заявив", "заявляя"]),
    ruGerund("сказать", 0, ["сказав"]),
    ruGerund("отметить", 0, ["отметив", "отмечая"]),
    ruGerund("подчеркнуть", 0, ["подчеркнув", "подчеркивая", "подчёркивая"]),
    ruGerund("сообщить", 0, ["сообщив"]),
    ruGerund("добавить", 0, ["добавив"]),
    ruGerund("указать", 0, ["указав", "указывая"]),
    ruGerund("пояснить", 0, ["пояснив"]),
    ruGerund("уточнить", 0, ["уточнив"]),
    ruGerund("напомнить", 0, ["напомнив", "напоминая"]),
    ruGerund("выразить", 0, ["выразив"]),
    ruGerund("предупредить", 0, ["предупредив", "предупреждая"]),
    ruGerund("пообещать", 0, ["пообещав"]),
    ruGerund("признать", 0, ["признав"]),
    ruGerund("заверить", 0, ["заверив"]),
    ruGerund("подтвердить", 0, ["подтвердив"]),
    ruGerund("утверждать", 0, ["утверждая"]),
    ruGerund("обвинить", -1, ["обвинив", "обвиняя"]),
    ruGerund("пригрозить", 0, ["пригрозив"]),
    { ...ruGerund("назвать", 0, ["назвав", "называя"]), naming: true },
    ruGerund("призвать", 1, ["призвав", "призывая"]),
    ruGerund("потребовать", 1, ["потребовав", "требуя"]),
    ruGerund("настаивать", 1, ["настаивая"]),
    ruGerund("осудить", -1, ["осудив", "осуждая"]),
    ruGerund("отвергнуть", -1, ["отвергнув", "отвергая"]),
    {
      lemma: "опровергнуть",
      class: "speech",
      polarity: -1,
      forms: ["опроверг", "опровергла", "опровергли", "опровергло", "опровергает", "опровергают"],
    },
    {
      lemma: "отрицать",
      class: "speech",
      polarity: -1,
      forms: [...ruPastForms("отрицал"), "отрицает", "отрицают"],
    },
    // "Брюссель готовит механизм ...": what an actor is preparing is what it intends.
    {
      lemma: "готовить",
      class: "intention",
      polarity: 0,
      forms: ["готовит", "готовят", ...ruPastForms("готовил")],
    },
    {
      lemma: "назвать",
      class: "speech",
      polarity: 0,
      naming: true,
      forms: [...ruPastForms("назвал"), "называет", "называют", ...ruPastForms("называл")],
    },
    {
      lemma: "охарактеризовать",
      class: "speech",
      polarity: 0,
      forms: [...ruPastForms("охарактеризовал"), "характеризует", "характеризуют"],
    },
    {
      lemma: "расценить",
      class: "speech",
      polarity: 0,
      forms: [...ruPastForms("расценил"), "расценивает", "расценивают"],
    },
    {
      lemma: "счесть",
      class: "intention",
      polarity: 0,
      forms: ["счёл", "счел", "сочла", "сочли", "сочло"],
    },
    {
      lemma: "настаивать на",
      class: "speech",
      polarity: 1,
      forms: [...ruPastForms("настаивал", " на"), "настаивает на", "настаивают на"],
    },
    {
      lemma: "выступить за",
      class: "speech",
      polarity: 1,
      forms: [...ruPastForms("выступал", " за"), "выступило за"],
    },
    {
      lemma: "выступить против",
      class: "speech",
      polarity: -1,
      forms: [...ruPastForms("выступал", " против"), "выступило против"],
    },
    // «Как сообщили в Кремле, ...»: plural forms the lexicon's phrases lack.
    {
      lemma: "как сообщили",
      class: "according",
      polarity: 0,
      forms: ["как сообщили", "как отметили", "как подчеркнули", "как пояснили", "как уточнили"],
    },
    // The source a pronoun stands for: attribution finds who.
    {
      lemma: "по словам",
      class: "according",
      polarity: 0,
      forms: ["его", "её", "ее", "их"].flatMap((p) =>
        ["словам", "мнению", "оценке", "оценкам", "данным", "утверждению", "убеждению"].map(
          (n) => `по ${p} ${n}`,
        ),
      ),
    },
  ],
  fr: [
    {
      lemma: "selon",
      class: "according",
      polarity: 0,
      forms: ["lui", "elle", "eux", "elles"].flatMap((p) => [`selon ${p}`, `d'après ${p}`]),
    },
    frParticiple("déclarer", 0, "déclarant"),
    frParticiple("affirmer", 0, "affirmant"),
    frParticiple("estimer", 0, "estimant"),
    frParticiple("juger", 0, "jugeant"),
    frParticiple("souligner", 0, "soulignant"),
    frParticiple("ajouter", 0, "ajoutant"),
    frParticiple("préciser", 0, "précisant"),
    frParticiple("rappeler", 0, "rappelant"),
    frParticiple("assurer", 0, "assurant"),
    frParticiple("expliquer", 0, "expliquant"),
    frParticiple("indiquer", 0, "indiquant"),
    frParticiple("insister", 0, "insistant"),
    frParticiple("avertir", 0, "avertissant"),
    frParticiple("prévenir", 0, "prévenant"),
    frParticiple("promettre", 0, "promettant"),
    frParticiple("menacer", 0, "menaçant"),
    frParticiple("qualifier", 0, "qualifiant"),
    frParticiple("reconnaître", 0, "reconnaissant"),
    frParticiple("dire", 0, "disant"),
    frParticiple("dénoncer", -1, "dénonçant"),
    frParticiple("condamner", -1, "condamnant"),
    frParticiple("critiquer", -1, "critiquant"),
    frParticiple("rejeter", -1, "rejetant"),
    frParticiple("déplorer", -1, "déplorant"),
    frParticiple("fustiger", -1, "fustigeant"),
    frParticiple("accuser", -1, "accusant"),
    frParticiple("démentir", -1, "démentant"),
    frParticiple("refuser", -1, "refusant"),
    frParticiple("saluer", 1, "saluant"),
    frParticiple("exiger", 1, "exigeant"),
    frParticiple("réclamer", 1, "réclamant"),
    frParticiple("appeler", 1, "appelant"),
    frParticiple("plaider", 1, "plaidant"),
    frParticiple("proposer", 1, "proposant"),
    frParticiple("demander", 1, "demandant"),
    {
      lemma: "démentir",
      class: "speech",
      polarity: -1,
      forms: frForms("démenti", ["dément", "démentent", "dément-il", "dément-elle"]),
    },
    {
      lemma: "nier",
      class: "speech",
      polarity: -1,
      forms: frForms("nié", ["nie", "nient", "nie-t-il", "nie-t-elle"]),
    },
    {
      lemma: "réagir",
      class: "speech",
      polarity: 0,
      forms: frForms("réagi", ["réagit", "réagissent", "réagit-il", "réagit-elle"]),
    },
    // "a balayé ces critiques", "a écarté toute intervention": a rejection in the press's idiom.
    {
      lemma: "balayer",
      class: "speech",
      polarity: -1,
      forms: frForms("balayé", ["balaie", "balaye", "balaient", "balayent"]),
    },
    {
      lemma: "écarter",
      class: "speech",
      polarity: -1,
      forms: frForms("écarté", ["écarte", "écartent"]),
    },
    {
      lemma: "emboîter le pas",
      class: "speech",
      polarity: 1,
      forms: frForms("emboîté le pas", ["emboîte le pas", "emboîtent le pas"]),
      complete: true,
    },
    // "brandit la menace de sanctions": a threat held out, neither carried out nor withdrawn.
    {
      lemma: "brandir",
      class: "speech",
      polarity: 0,
      forms: frForms("brandi", ["brandit", "brandissent"]),
    },
    // "a conditionné sa venue à ...": a position with its condition, neither backed nor rejected.
    {
      lemma: "conditionner",
      class: "speech",
      polarity: 0,
      forms: frForms("conditionné", ["conditionne", "conditionnent"]),
    },
    {
      lemma: "subordonner",
      class: "speech",
      polarity: 0,
      forms: frForms("subordonné", ["subordonne", "subordonnent"]),
    },
  ],
};

/** Reporting cues of another language from the gazetteer's lexicon, in this module's shape. */
export function cuesForLanguage(language: string | null): CueEntry[] {
  if (!language || language === "en") return [];
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const lexicon = REPORTING_CUES.filter((c) => c.lang === language).map((c): CueEntry => {
    const entry: CueEntry = {
      lemma: c.lemma,
      class: c.cls === "prepositional" ? "according" : c.cls === "attitude" ? "intention" : c.cls,
      polarity: c.polarity === "supports" ? 1 : c.polarity === "opposes" ? -1 : 0,
      forms: c.forms.map((f) => f.toLowerCase()),
    };
    if (c.document) entry.document = true;
    return entry;
  });
  const entries = [...(SUPPLEMENT[language] ?? []), ...lexicon];
  byLanguage.set(language, entries);
  return entries;
}

const byLanguage = new Map<string, CueEntry[]>();

export function modeForCue(cls: CueClass, future: boolean): StatementMode {
  if (cls === "intention" || future) return "reported_intention";
  return "indirect_speech";
}
