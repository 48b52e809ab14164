/** Reporting cues in English, Russian and French: verbs of saying, attribution phrases, and verbs of intention and attitude, with the stance some of them imply. */
import { enVerbForms, ruPast } from "./inflect.js";
import type { Lang } from "./spec.js";

/**
 * speech: a verb of saying ("said", "warned", "заявил", "a déclaré");
 * prepositional: an attribution phrase ("according to", "citing", "по словам", "selon");
 * intention: what an actor wants or plans ("wants", "is ready to", "намерен", "entend");
 * attitude: what an actor believes or favours ("believes", "opposes", "считает", "estime").
 */
export type CueClass = "speech" | "prepositional" | "intention" | "attitude";

/** The stance a cue implies toward what follows: "rejected X" opposes X, "welcomed X" supports it. */
export type Polarity = "supports" | "opposes";

export interface ReportingCue {
  lemma: string;
  lang: Lang;
  cls: CueClass;
  polarity?: Polarity;
  /** Every surface form, as written (normalised when indexed). */
  forms: string[];
}

type En = [lemma: string, past?: string, ing?: string, third?: string];

function en(cls: CueClass, polarity: Polarity | undefined, verbs: (string | En)[]): ReportingCue[] {
  return verbs.map((v) => {
    const [lemma, past, ing, third] = typeof v === "string" ? [v] : v;
    const cue: ReportingCue = {
      lemma,
      lang: "en",
      cls,
      forms: enVerbForms(lemma, past, ing, third),
    };
    if (polarity) cue.polarity = polarity;
    return cue;
  });
}

function phrases(
  lang: Lang,
  cls: CueClass,
  polarity: Polarity | undefined,
  list: string[][],
): ReportingCue[] {
  return list.map((forms) => {
    const cue: ReportingCue = { lemma: forms[0] ?? "", lang, cls, forms };
    if (polarity) cue.polarity = polarity;
    return cue;
  });
}

const COPULAS = [
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "remains",
  "remained",
  "remain",
  "'s",
  "'re",
  "seems",
  "appears",
];

/** "is ready to", "was ready to", "remains ready to", ...: a predicate adjective after every form of "to be". */
function copula(lemma: string, cls: CueClass, polarity?: Polarity): ReportingCue {
  const cue: ReportingCue = {
    lemma,
    lang: "en",
    cls,
    forms: [lemma, ...COPULAS.map((c) => `${c} ${lemma}`)],
  };
  if (polarity) cue.polarity = polarity;
  return cue;
}

function future(lemmas: string[], cls: CueClass, polarity?: Polarity): ReportingCue[] {
  return lemmas.map((lemma) => {
    const cue: ReportingCue = {
      lemma: `will ${lemma}`,
      lang: "en",
      cls,
      forms: [`will ${lemma}`, `would ${lemma}`, `is going to ${lemma}`, `'ll ${lemma}`],
    };
    if (polarity) cue.polarity = polarity;
    return cue;
  });
}

const EN_CUES: ReportingCue[] = [
  ...en("speech", undefined, [
    ["say", "said"],
    ["tell", "told"],
    "add",
    "state",
    "declare",
    "note",
    "stress",
    "insist",
    "warn",
    "argue",
    "claim",
    "explain",
    "acknowledge",
    ["admit", "admitted", "admitting"],
    "confirm",
    "deny",
    "vow",
    "pledge",
    "promise",
    "threaten",
    "accuse",
    "suggest",
    "hint",
    ["signal", "signalled|signaled", "signalling|signaling"],
    "announce",
    "reiterate",
    "reaffirm",
    "emphasise",
    "emphasize",
    "underline",
    "underscore",
    "point out",
    "remark",
    "comment",
    "respond",
    "reply",
    "answer",
    "tweet",
    "post",
    ["write", "wrote|written", "writing"],
    "report",
    "reveal",
    "disclose",
    "assert",
    "maintain",
    "contend",
    "concede",
    "describe",
    "call",
    ["label", "labelled|labeled", "labelling|labeling"],
    "brand",
    "characterize",
    "characterise",
    "predict",
    "caution",
    "assure",
    "question",
    "voice",
    "express",
    "ask",
    "inform",
    "brief",
    "mention",
    "observe",
    "affirm",
    "proclaim",
    "boast",
    "retort",
    "counter",
    ["speak", "spoke|spoken", "speaking"],
    "recall",
    "quip",
    "estimate",
    "forecast",
    "repeat",
  ]),
  ...en("speech", "opposes", [
    "reject",
    "dismiss",
    "criticize",
    "criticise",
    "condemn",
    "complain",
    "protest",
    "object",
    ["slam", "slammed", "slamming"],
    "blast",
    "lambast",
    "lambaste",
    "decry",
    "denounce",
    "deplore",
    "challenge",
    ["rebuff", "rebuffed", "rebuffing"],
    "refuse",
    ["veto", "vetoed", "vetoing", "vetoes"],
    "disagree",
    "rule out",
    "warn against",
    "argue against",
    "push back against",
  ]),
  ...en("speech", "supports", [
    "urge",
    "call for",
    "call on",
    "demand",
    "welcome",
    "praise",
    "request",
    "propose",
    "recommend",
    "advocate",
    "appeal for",
    "agree",
    "approve",
    "endorse",
    "applaud",
    "hail",
    "laud",
    ["commend", "commended", "commending"],
    "push for",
    "press for",
    "lobby for",
    "argue for",
    "insist on",
  ]),
  ...phrases("en", "prepositional", undefined, [
    ["according to"],
    ["citing"],
    [
      "as quoted by",
      "quoted by",
      "was quoted as saying",
      "quoted as saying",
      "were quoted as saying",
    ],
    ["as cited by", "cited by"],
    ["as reported by", "reported by"],
    ["in an interview with", "in an interview", "in an interview on", "told in an interview"],
    ["in a statement", "in a statement to", "in a joint statement"],
    [
      "in a post on",
      "in a post",
      "in a tweet",
      "in a video",
      "in a letter",
      "in an op-ed",
      "in remarks",
      "in comments to",
      "in a televised address",
      "in an address",
    ],
    ["speaking to", "speaking with", "speaking at", "speaking on"],
    ["writing in", "writing on"],
  ]),
  ...en("intention", undefined, [
    "want",
    ["seek", "sought", "seeking"],
    ["plan", "planned", "planning"],
    "intend",
    "aim",
    "hope",
    "expect",
    "wish",
    "prepare to",
    "look to",
    "strive",
    "try",
    "attempt",
    "mull",
    "weigh",
  ]),
  ...phrases("en", "intention", undefined, [
    ["would like to", "would like", "'d like to"],
    [
      "is preparing to",
      "are preparing to",
      "was preparing to",
      "were preparing to",
      "preparing to",
    ],
    [
      "is considering",
      "are considering",
      "was considering",
      "is weighing",
      "are weighing",
      "is mulling",
    ],
  ]),
  copula("ready to", "intention"),
  copula("open to", "intention"),
  copula("willing to", "intention"),
  copula("prepared to", "intention"),
  copula("determined to", "intention"),
  copula("set to", "intention"),
  copula("poised to", "intention"),
  copula("keen to", "intention"),
  copula("eager to", "intention"),
  copula("committed to", "intention"),
  copula("looking to", "intention"),
  copula("unwilling to", "intention", "opposes"),
  ...future(
    [
      "demand",
      "insist",
      "push for",
      "seek",
      "propose",
      "call for",
      "ask",
      "press for",
      "support",
      "back",
    ],
    "intention",
    "supports",
  ),
  ...future(["oppose", "reject", "refuse", "resist", "veto"], "intention", "opposes"),
  ...future(["offer", "raise", "try", "aim", "want"], "intention"),
  ...en("attitude", undefined, [
    "believe",
    ["think", "thought", "thinking"],
    "consider",
    "view",
    "regard",
    ["feel", "felt", "feeling"],
    "fear",
    "worry",
    "doubt",
  ]),
  ...en("attitude", "opposes", ["oppose", "resist", "object to"]),
  ...en("attitude", "supports", ["support", "favour", "favor", "back", "accept", "embrace"]),
  copula("convinced", "attitude"),
  copula("concerned", "attitude"),
  copula("sceptical", "attitude"),
  copula("skeptical", "attitude"),
  copula("wary", "attitude"),
  copula("against", "attitude", "opposes"),
  copula("opposed to", "attitude", "opposes"),
  copula("critical of", "attitude", "opposes"),
  copula("in favor of", "attitude", "supports"),
  copula("in favour of", "attitude", "supports"),
  copula("supportive of", "attitude", "supports"),
];
// The bare form of these verbs is far more often a noun or an adverb ("the report", "a call for",
// "back"); their inflected forms stay, and callers check the part of speech where it matters.
const NOUN_LIKE = new Set([
  "back",
  "post",
  "report",
  "comment",
  "answer",
  "question",
  "voice",
  "call",
  "call for",
  "call on",
  "claim",
  "note",
  "view",
  "counter",
  "brief",
  "estimate",
  "forecast",
  "fear",
  "doubt",
  "support",
  "challenge",
  "protest",
  "object",
  "demand",
  "request",
  "pledge",
  "promise",
  "hint",
  "signal",
  "tweet",
  "reply",
  "recall",
  "wish",
  "hope",
  "plan",
  "aim",
  "attempt",
  "appeal for",
  "push for",
  "label",
  "brand",
  "quip",
  "boast",
  "praise",
  "welcome",
  "veto",
  "repeat",
  "state",
  "maintain",
  "express",
]);
for (const cue of EN_CUES)
  if (NOUN_LIKE.has(cue.lemma)) cue.forms = cue.forms.filter((f) => f !== cue.lemma);

function ru(
  cls: CueClass,
  polarity: Polarity | undefined,
  lemma: string,
  forms: string[],
): ReportingCue {
  const cue: ReportingCue = { lemma, lang: "ru", cls, forms };
  if (polarity) cue.polarity = polarity;
  return cue;
}

const RU_CUES: ReportingCue[] = [
  ru("speech", undefined, "заявить", [
    ...ruPast("заявил"),
    "заявляет",
    "заявляют",
    "заявлял",
    "заявляла",
    "заявляли",
    "заявив",
  ]),
  ru("speech", undefined, "сказать", [
    ...ruPast("сказал"),
    "говорит",
    "говорят",
    "говорил",
    "говорила",
    "говорили",
    "сказав",
  ]),
  ru("speech", undefined, "отметить", [
    ...ruPast("отметил"),
    "отмечает",
    "отмечают",
    "отметив",
    "отмечалось",
  ]),
  ru("speech", undefined, "подчеркнуть", [
    ...ruPast("подчеркнул"),
    "подчёркивает",
    "подчёркивают",
    "подчеркнув",
  ]),
  ru("speech", undefined, "сообщить", [...ruPast("сообщил"), "сообщает", "сообщают", "сообщив"]),
  ru("speech", undefined, "добавить", [...ruPast("добавил"), "добавляет", "добавляют", "добавив"]),
  ru("speech", undefined, "указать", [...ruPast("указал"), "указывает", "указывают"]),
  ru("speech", undefined, "уточнить", [...ruPast("уточнил"), "уточняет", "уточняют"]),
  ru("speech", undefined, "пояснить", [...ruPast("пояснил"), "поясняет", "поясняют"]),
  ru("speech", undefined, "признать", [...ruPast("признал"), "признаёт", "признают"]),
  ru("speech", undefined, "предупредить", [
    ...ruPast("предупредил"),
    "предупреждает",
    "предупреждают",
  ]),
  ru("speech", undefined, "пригрозить", [...ruPast("пригрозил"), "грозит", "угрожает", "угрожают"]),
  ru("speech", undefined, "настаивать", [...ruPast("настаивал"), "настаивает", "настаивают"]),
  ru("speech", undefined, "пообещать", [...ruPast("пообещал"), "обещает", "обещают"]),
  ru("speech", undefined, "опровергнуть", [
    "опроверг",
    "опровергла",
    "опровергли",
    "опровергает",
    "опровергают",
  ]),
  ru("speech", undefined, "отрицать", [...ruPast("отрицал"), "отрицает", "отрицают"]),
  ru("speech", undefined, "подтвердить", [...ruPast("подтвердил"), "подтверждает", "подтверждают"]),
  ru("speech", undefined, "объявить", [...ruPast("объявил"), "объявляет", "объявляют"]),
  ru("speech", undefined, "написать", [...ruPast("написал"), "пишет", "пишут"]),
  ru("speech", undefined, "рассказать", [...ruPast("рассказал"), "рассказывает", "рассказывают"]),
  ru("speech", undefined, "ответить", [...ruPast("ответил"), "отвечает", "отвечают"]),
  ru("speech", undefined, "выразить", [...ruPast("выразил"), "выражает", "выражают"]),
  ru("speech", undefined, "высказаться", [
    "высказался",
    "высказалась",
    "высказались",
    "высказывается",
  ]),
  ru("speech", undefined, "процитировать", [...ruPast("процитировал"), "цитирует", "цитируют"]),
  ru("speech", undefined, "обвинить", [...ruPast("обвинил"), "обвиняет", "обвиняют"]),
  ru("speech", "supports", "призвать", [...ruPast("призвал"), "призывает", "призывают", "призвав"]),
  ru("speech", "supports", "потребовать", [
    ...ruPast("потребовал"),
    ...ruPast("требовал"),
    "требует",
    "требуют",
  ]),
  ru("speech", "supports", "приветствовать", [
    ...ruPast("приветствовал"),
    "приветствует",
    "приветствуют",
  ]),
  ru("speech", "supports", "одобрить", [...ruPast("одобрил"), "одобряет", "одобряют"]),
  ru("speech", "supports", "поддержать", [...ruPast("поддержал"), "поддерживает", "поддерживают"]),
  ru("speech", "supports", "предложить", [...ruPast("предложил"), "предлагает", "предлагают"]),
  ru("speech", "supports", "выступить за", [
    "выступил за",
    "выступила за",
    "выступили за",
    "выступает за",
    "выступают за",
  ]),
  ru("speech", "opposes", "осудить", [...ruPast("осудил"), "осуждает", "осуждают"]),
  ru("speech", "opposes", "отвергнуть", [
    "отверг",
    "отвергла",
    "отвергли",
    "отвергло",
    "отвергает",
    "отвергают",
  ]),
  ru("speech", "opposes", "отклонить", [...ruPast("отклонил"), "отклоняет", "отклоняют"]),
  ru("speech", "opposes", "раскритиковать", [
    ...ruPast("раскритиковал"),
    ...ruPast("критиковал"),
    "критикует",
    "критикуют",
  ]),
  ru("speech", "opposes", "возразить", [...ruPast("возразил"), "возражает", "возражают"]),
  ru("speech", "opposes", "выступить против", [
    "выступил против",
    "выступила против",
    "выступили против",
    "выступает против",
    "выступают против",
  ]),
  ru("speech", "opposes", "отказаться", [
    "отказался",
    "отказалась",
    "отказались",
    "отказывается",
    "отказываются",
  ]),
  ru("prepositional", undefined, "по словам", ["по словам"]),
  ru("prepositional", undefined, "по данным", ["по данным"]),
  ru("prepositional", undefined, "по информации", ["по информации", "по сведениям"]),
  ru("prepositional", undefined, "со ссылкой на", ["со ссылкой на", "ссылаясь на"]),
  ru("prepositional", undefined, "как сообщает", [
    "как сообщает",
    "как сообщают",
    "как сообщил",
    "как сообщила",
    "как сообщило",
  ]),
  ru("prepositional", undefined, "как передает", [
    "как передаёт",
    "передаёт",
    "передают",
    "как передают",
  ]),
  ru("prepositional", undefined, "как пишет", ["как пишет", "как пишут", "как написал"]),
  ru("prepositional", undefined, "как заявил", ["как заявил", "как заявила", "как заявили"]),
  ru("prepositional", undefined, "в интервью", ["в интервью", "в беседе с", "в эфире"]),
  ru("prepositional", undefined, "в заявлении", [
    "в заявлении",
    "в сообщении",
    "в своём телеграм-канале",
  ]),
  ru("intention", undefined, "намерен", [
    "намерен",
    "намерена",
    "намерено",
    "намерены",
    "намеревается",
    "намереваются",
  ]),
  ru("intention", undefined, "хотеть", [
    "хочет",
    "хотят",
    "хотел",
    "хотела",
    "хотели",
    "хотело",
    "хотел бы",
    "хотела бы",
    "хотели бы",
  ]),
  ru("intention", undefined, "планировать", [...ruPast("планировал"), "планирует", "планируют"]),
  ru("intention", undefined, "собираться", [
    "собирается",
    "собираются",
    "собирался",
    "собиралась",
    "собирались",
  ]),
  ru("intention", undefined, "стремиться", ["стремится", "стремятся", "стремился", "стремилась"]),
  ru("intention", "supports", "добиваться", [
    "добивается",
    "добиваются",
    "добивался",
    "добивалась",
    "добиться",
  ]),
  ru("intention", undefined, "готов", [
    "готов",
    "готова",
    "готово",
    "готовы",
    "готовится",
    "готовятся",
  ]),
  ru("intention", undefined, "рассчитывать", [
    ...ruPast("рассчитывал"),
    "рассчитывает",
    "рассчитывают",
  ]),
  ru("intention", undefined, "надеяться", ["надеется", "надеются", "надеялся", "надеялась"]),
  ru("intention", "supports", "будет требовать", [
    "будет требовать",
    "будут требовать",
    "будет добиваться",
    "будут добиваться",
  ]),
  ru("intention", undefined, "будет настаивать", ["будет настаивать", "будут настаивать"]),
  ru("intention", undefined, "открыт", ["открыт", "открыта", "открыты"]),
  ru("attitude", undefined, "считать", ["считает", "считают", "считал", "считала", "считали"]),
  ru("attitude", undefined, "полагать", ["полагает", "полагают", "полагал", "полагала"]),
  ru("attitude", undefined, "уверен", ["уверен", "уверена", "уверены"]),
  ru("attitude", undefined, "опасаться", ["опасается", "опасаются", "опасался", "опасалась"]),
  ru("attitude", "opposes", "против", ["против"]),
];

/** Compound-past, pluperfect, conditional and inverted forms of a French participle: "a déclaré", "a-t-il déclaré". */
function frPast(participle: string): string[] {
  const out: string[] = [];
  for (const aux of ["a", "ont", "avait", "avaient", "aurait", "auraient"]) {
    out.push(`${aux} ${participle}`);
    for (const adv of [
      "également",
      "aussi",
      "encore",
      "notamment",
      "déjà",
      "pourtant",
      "toutefois",
    ])
      out.push(`${aux} ${adv} ${participle}`);
  }
  for (const inv of ["a-t-il", "a-t-elle", "ont-ils", "ont-elles", "avait-il", "avait-elle"])
    out.push(`${inv} ${participle}`);
  return out;
}

/** Present forms and their inversions: "déclare", "déclarent", "déclare-t-il", "dit-elle". */
function frPresent(forms: string[]): string[] {
  const out: string[] = [];
  for (const f of forms) {
    out.push(f);
    const words = f.split(" ");
    const head = words[0] ?? f;
    const rest = words.slice(1).join(" ");
    const tail = rest ? ` ${rest}` : "";
    if (!head.endsWith("nt")) {
      const link = /[aeé]$/.test(head) ? "-t-" : "-";
      out.push(`${head}${link}il${tail}`, `${head}${link}elle${tail}`);
    } else {
      out.push(`${head}-ils${tail}`, `${head}-elles${tail}`);
    }
  }
  return out;
}

function fr(
  cls: CueClass,
  polarity: Polarity | undefined,
  lemma: string,
  participle: string | null,
  present: string[],
  extra: string[] = [],
): ReportingCue {
  const cue: ReportingCue = {
    lemma,
    lang: "fr",
    cls,
    forms: [...(participle ? frPast(participle) : []), ...frPresent(present), ...extra],
  };
  if (polarity) cue.polarity = polarity;
  return cue;
}

const FR_CUES: ReportingCue[] = [
  fr("speech", undefined, "déclarer", "déclaré", ["déclare", "déclarent"]),
  fr(
    "speech",
    undefined,
    "dire",
    "dit",
    ["dit", "disent"],
    ["s'est dit", "s'est dite", "se sont dits", "se dit"],
  ),
  fr("speech", undefined, "affirmer", "affirmé", ["affirme", "affirment"]),
  fr("speech", undefined, "estimer", "estimé", ["estime", "estiment"]),
  fr("speech", undefined, "avertir", "averti", ["avertit", "avertissent"]),
  fr("speech", undefined, "indiquer", "indiqué", ["indique", "indiquent"]),
  fr("speech", undefined, "ajouter", "ajouté", ["ajoute", "ajoutent"]),
  fr("speech", undefined, "souligner", "souligné", ["souligne", "soulignent"]),
  fr("speech", undefined, "expliquer", "expliqué", ["explique", "expliquent"]),
  fr("speech", undefined, "assurer", "assuré", ["assure", "assurent"]),
  fr("speech", undefined, "annoncer", "annoncé", ["annonce", "annoncent"]),
  fr("speech", undefined, "confirmer", "confirmé", ["confirme", "confirment"]),
  fr("speech", undefined, "démentir", "démenti", ["dément", "démentent"]),
  fr("speech", undefined, "nier", "nié", ["nie", "nient"]),
  fr("speech", undefined, "menacer", "menacé", ["menace", "menacent"]),
  fr("speech", undefined, "promettre", "promis", ["promet", "promettent"]),
  fr("speech", undefined, "prévenir", "prévenu", ["prévient", "préviennent"]),
  fr("speech", undefined, "insister", "insisté", ["insiste", "insistent"]),
  fr("speech", undefined, "marteler", "martelé", ["martèle", "martèlent"]),
  fr("speech", undefined, "rappeler", "rappelé", ["rappelle", "rappellent"]),
  fr("speech", undefined, "juger", "jugé", ["juge", "jugent"]),
  fr("speech", undefined, "reconnaître", "reconnu", ["reconnaît", "reconnaissent"]),
  fr("speech", undefined, "admettre", "admis", ["admet", "admettent"]),
  fr("speech", undefined, "qualifier", "qualifié", ["qualifie", "qualifient"]),
  fr("speech", undefined, "préciser", "précisé", ["précise", "précisent"]),
  fr("speech", undefined, "répéter", "répété", ["répète", "répètent"]),
  fr("speech", undefined, "réaffirmer", "réaffirmé", ["réaffirme", "réaffirment"]),
  fr("speech", undefined, "réitérer", "réitéré", ["réitère", "réitèrent"]),
  fr("speech", undefined, "regretter", "regretté", ["regrette", "regrettent"]),
  fr("speech", undefined, "écrire", "écrit", ["écrit", "écrivent"]),
  fr("speech", undefined, "raconter", "raconté", ["raconte", "racontent"]),
  fr("speech", undefined, "confier", "confié", ["confie", "confient"]),
  fr("speech", undefined, "lancer", "lancé", ["lance", "lancent"]),
  fr("speech", undefined, "répondre", "répondu", ["répond", "répondent"]),
  fr("speech", undefined, "mettre en garde", "mis en garde", ["met en garde", "mettent en garde"]),
  fr("speech", undefined, "laisser entendre", "laissé entendre", [
    "laisse entendre",
    "laissent entendre",
  ]),
  fr("speech", undefined, "suggérer", "suggéré", ["suggère", "suggèrent"]),
  fr("speech", undefined, "signaler", "signalé", ["signale", "signalent"]),
  fr("speech", undefined, "faire savoir", "fait savoir", ["fait savoir", "font savoir"]),
  fr("speech", undefined, "soutenir", "soutenu", ["soutient", "soutiennent"]),
  fr("speech", undefined, "accuser", "accusé", ["accuse", "accusent"]),
  fr("speech", "opposes", "rejeter", "rejeté", ["rejette", "rejettent"]),
  fr("speech", "opposes", "dénoncer", "dénoncé", ["dénonce", "dénoncent"]),
  fr("speech", "opposes", "condamner", "condamné", ["condamne", "condamnent"]),
  fr("speech", "opposes", "critiquer", "critiqué", ["critique", "critiquent"]),
  fr("speech", "opposes", "fustiger", "fustigé", ["fustige", "fustigent"]),
  fr("speech", "opposes", "déplorer", "déploré", ["déplore", "déplorent"]),
  fr("speech", "opposes", "refuser", "refusé", ["refuse", "refusent"]),
  fr("speech", "supports", "saluer", "salué", ["salue", "saluent"]),
  fr("speech", "supports", "appeler à", "appelé à", ["appelle à", "appellent à"]),
  fr("speech", "supports", "exhorter", "exhorté", ["exhorte", "exhortent"]),
  fr("speech", "supports", "réclamer", "réclamé", ["réclame", "réclament"]),
  fr("speech", "supports", "exiger", "exigé", ["exige", "exigent"]),
  fr("speech", "supports", "plaider pour", "plaidé pour", ["plaide pour", "plaident pour"]),
  fr("speech", "supports", "demander", "demandé", ["demande", "demandent"]),
  fr("speech", "supports", "proposer", "proposé", ["propose", "proposent"]),
  fr("speech", "supports", "approuver", "approuvé", ["approuve", "approuvent"]),
  fr(
    "prepositional",
    undefined,
    "selon",
    null,
    [],
    ["selon", "selon lui", "selon elle", "selon lequel", "selon laquelle"],
  ),
  fr("prepositional", undefined, "d'après", null, [], ["d'après"]),
  fr(
    "prepositional",
    undefined,
    "cité par",
    null,
    [],
    ["cité par", "citée par", "cités par", "citées par"],
  ),
  fr(
    "prepositional",
    undefined,
    "rapporter",
    "rapporté",
    ["rapporte", "rapportent"],
    ["rapporté par", "rapportés par"],
  ),
  fr(
    "prepositional",
    undefined,
    "dans un entretien",
    null,
    [],
    [
      "dans un entretien",
      "dans un entretien accordé à",
      "dans une interview",
      "dans une interview accordée à",
      "dans un communiqué",
      "dans une déclaration",
      "sur son compte",
    ],
  ),
  fr(
    "prepositional",
    undefined,
    "interrogé par",
    null,
    [],
    ["interrogé par", "interrogée par", "interrogés par", "à en croire"],
  ),
  fr(
    "intention",
    undefined,
    "vouloir",
    null,
    ["veut", "veulent"],
    ["voulait", "voulaient", "voudrait", "voudraient"],
  ),
  fr("intention", undefined, "souhaiter", "souhaité", ["souhaite", "souhaitent"]),
  fr("intention", undefined, "entendre", null, ["entend", "entendent"]),
  fr("intention", undefined, "compter", null, ["compte", "comptent"]),
  fr("intention", undefined, "prévoir de", null, [
    "prévoit de",
    "prévoient de",
    "prévoit d'",
    "prévoient d'",
  ]),
  fr("intention", undefined, "envisager de", null, ["envisage de", "envisagent de", "envisage d'"]),
  fr("intention", undefined, "chercher à", null, ["cherche à", "cherchent à"]),
  fr("intention", undefined, "viser à", null, ["vise à", "visent à"]),
  fr("intention", undefined, "espérer", "espéré", ["espère", "espèrent"]),
  fr("intention", undefined, "s'attendre à", null, ["s'attend à", "s'attendent à"]),
  fr("intention", undefined, "avoir l'intention de", null, [
    "a l'intention de",
    "ont l'intention de",
  ]),
  fr("intention", undefined, "s'apprêter à", null, [
    "s'apprête à",
    "s'apprêtent à",
    "se prépare à",
    "se préparent à",
  ]),
  fr(
    "intention",
    undefined,
    "être prêt à",
    null,
    [],
    [
      "est prêt à",
      "est prête à",
      "sont prêts à",
      "sont prêtes à",
      "se dit prêt à",
      "se dit prête à",
      "serait prêt à",
      "est disposé à",
      "est disposée à",
      "sont disposés à",
      "est ouvert à",
      "est ouverte à",
    ],
  ),
  fr(
    "intention",
    "supports",
    "exigera",
    null,
    [],
    [
      "exigera",
      "exigeront",
      "réclamera",
      "réclameront",
      "demandera",
      "demanderont",
      "plaidera pour",
    ],
  ),
  fr("intention", undefined, "insistera", null, [], ["insistera", "insisteront"]),
  fr(
    "intention",
    "opposes",
    "s'opposera à",
    null,
    [],
    ["s'opposera à", "s'opposeront à", "refusera", "refuseront"],
  ),
  fr("attitude", undefined, "considérer", "considéré", ["considère", "considèrent"]),
  fr("attitude", undefined, "penser", "pensé", ["pense", "pensent"]),
  fr("attitude", undefined, "croire", "cru", ["croit", "croient"]),
  fr("attitude", undefined, "craindre", "craint", ["craint", "craignent"]),
  fr("attitude", undefined, "redouter", "redouté", ["redoute", "redoutent"]),
  fr(
    "attitude",
    "opposes",
    "s'opposer à",
    null,
    [],
    [
      "s'oppose à",
      "s'opposent à",
      "s'est opposé à",
      "s'est opposée à",
      "se sont opposés à",
      "est opposé à",
      "est opposée à",
      "est hostile à",
      "sont hostiles à",
    ],
  ),
  fr(
    "attitude",
    "supports",
    "être favorable à",
    null,
    [],
    ["est favorable à", "sont favorables à", "se dit favorable à"],
  ),
];

export const REPORTING_CUES: ReportingCue[] = [...EN_CUES, ...RU_CUES, ...FR_CUES];
