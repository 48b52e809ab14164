/**
 * Paraphrase keys: a light stemmer (English, Russian, French) and a curated lexicon of general
 * political vocabulary, so that statements reworded by a reprint, a translation or a rewrite
 * ("roll back the alliance", "scale it down", "curtail its role") share the keys that clustering
 * compares. Nothing here names a particular story.
 */

import { latinCyrillic } from "./ids.js";

type Lang = "en" | "ru" | "fr";

/**
 * Concepts of political speech and the words and phrases that express them, in English, Russian
 * and French. A word belongs to at most one concept; phrases are matched before single words.
 */
const CONCEPTS: Record<string, string[]> = {
  reduce: [
    "reduce",
    "reduction",
    "curtail",
    "scale down",
    "scale back",
    "roll back",
    "rollback",
    "cut back",
    "diminish",
    "shrink",
    "downsize",
    "lessen",
    "weaken",
    "pare back",
    "draw down",
    "drawdown",
    "limit",
    "restrict",
    "сократить",
    "сокращение",
    "уменьшить",
    "уменьшение",
    "ограничить",
    "ограничение",
    "свернуть",
    "ослабить",
    "réduire",
    "réduction",
    "limiter",
    "restreindre",
    "affaiblir",
  ],
  increase: [
    "increase",
    "expand",
    "expansion",
    "boost",
    "raise",
    "strengthen",
    "bolster",
    "reinforce",
    "step up",
    "ramp up",
    "enlarge",
    "увеличить",
    "увеличение",
    "расширить",
    "расширение",
    "усилить",
    "нарастить",
    "наращивание",
    "augmenter",
    "renforcer",
    "élargir",
    "accroître",
    "élargissement",
  ],
  demand: [
    "demand",
    "insist",
    "require",
    "call for",
    "call on",
    "press for",
    "push for",
    "urge",
    "требовать",
    "потребовать",
    "требование",
    "настаивать",
    "настоять",
    "призвать",
    "призывать",
    "exiger",
    "réclamer",
    "insister",
    "exigence",
  ],
  reject: [
    "reject",
    "rejection",
    "dismiss",
    "refuse",
    "refusal",
    "rebuff",
    "turn down",
    "rule out",
    "отвергнуть",
    "отвергать",
    "отклонить",
    "отказаться",
    "отказ",
    "rejeter",
    "refuser",
    "écarter",
  ],
  accept: [
    "accept",
    "approve",
    "endorse",
    "welcome",
    "embrace",
    "принять",
    "одобрить",
    "приветствовать",
    "согласиться",
    "accepter",
    "approuver",
    "saluer",
  ],
  talks: [
    "talks",
    "negotiation",
    "negotiate",
    "dialogue",
    "discussion",
    "discuss",
    "meeting",
    "meet",
    "summit",
    "sit down",
    "переговоры",
    "встреча",
    "встретиться",
    "обсудить",
    "обсуждение",
    "диалог",
    "саммит",
    "négociation",
    "négocier",
    "rencontre",
    "rencontrer",
    "sommet",
    "discuter",
  ],
  end: [
    "end",
    "stop",
    "halt",
    "finish",
    "conclude",
    "cease",
    "terminate",
    "resolve",
    "resolution",
    "settle",
    "прекратить",
    "прекращение",
    "закончить",
    "остановить",
    "завершить",
    "завершение",
    "урегулировать",
    "mettre fin",
    "arrêter",
    "terminer",
    "régler",
    "cesser",
  ],
  war: [
    "war",
    "conflict",
    "fighting",
    "hostilities",
    "combat",
    "война",
    "конфликт",
    "боевые действия",
    "guerre",
    "conflit",
    "hostilités",
  ],
  peace: [
    "peace",
    "settlement",
    "truce",
    "ceasefire",
    "cease-fire",
    "armistice",
    "мир",
    "перемирие",
    "урегулирование",
    "paix",
    "trêve",
    "cessez-le-feu",
  ],
  quick: [
    "quick",
    "quickly",
    "swift",
    "swiftly",
    "rapid",
    "rapidly",
    "fast",
    "soon",
    "immediately",
    "promptly",
    "быстро",
    "скоро",
    "немедленно",
    "rapidement",
    "vite",
    "immédiatement",
  ],
  worry: [
    "worry",
    "worried",
    "concern",
    "concerned",
    "fear",
    "anxious",
    "alarm",
    "alarmed",
    "uneasy",
    "обеспокоен",
    "обеспокоенность",
    "опасаться",
    "опасение",
    "тревога",
    "inquiet",
    "inquiétude",
    "préoccupé",
    "préoccupation",
    "craindre",
  ],
  threat: [
    "threat",
    "threaten",
    "danger",
    "dangerous",
    "menace",
    "угроза",
    "угрожать",
    "опасность",
    "menacer",
    "danger",
  ],
  warn: [
    "warn",
    "warning",
    "caution",
    "предупредить",
    "предупреждение",
    "avertir",
    "mettre en garde",
  ],
  consequence: [
    "consequence",
    "price to pay",
    "repercussion",
    "penalty",
    "punish",
    "punishment",
    "последствия",
    "цена",
    "наказание",
    "conséquence",
    "coût",
    "prix",
  ],
  support: [
    "support",
    "backing",
    "aid",
    "assist",
    "assistance",
    "help",
    "поддержка",
    "поддержать",
    "помощь",
    "soutien",
    "soutenir",
    "aide",
  ],
  abandon: [
    "abandon",
    "desert",
    "forsake",
    "betray",
    "walk away",
    "бросить",
    "предать",
    "abandonner",
    "lâcher",
  ],
  change: [
    "change",
    "reshape",
    "transform",
    "alter",
    "overhaul",
    "redraw",
    "revise",
    "rewrite",
    "изменить",
    "изменение",
    "перестроить",
    "changer",
    "modifier",
    "transformer",
  ],
  guarantee: [
    "guarantee",
    "assurance",
    "assure",
    "commitment",
    "pledge",
    "promise",
    "гарантия",
    "гарантировать",
    "обязательство",
    "обещание",
    "garantie",
    "garantir",
    "engagement",
    "promesse",
  ],
  border: ["border", "frontier", "boundary", "граница", "рубеж", "frontière"],
  troops: [
    "troops",
    "forces",
    "soldiers",
    "army",
    "войска",
    "армия",
    "военные",
    "troupes",
    "armée",
    "soldats",
  ],
  weapons: [
    "weapons",
    "arms",
    "missiles",
    "munitions",
    "ammunition",
    "оружие",
    "вооружение",
    "ракеты",
    "armes",
  ],
  sovereignty: [
    "sovereignty",
    "independence",
    "territorial integrity",
    "суверенитет",
    "независимость",
    "souveraineté",
    "indépendance",
  ],
  deal: [
    "deal",
    "agreement",
    "accord",
    "pact",
    "treaty",
    "сделка",
    "соглашение",
    "договор",
    "accord",
    "traité",
    "pacte",
  ],
  plan: [
    "plan",
    "proposal",
    "initiative",
    "blueprint",
    "roadmap",
    "план",
    "предложение",
    "инициатива",
    "proposition",
    "initiative",
  ],
  attack: [
    "attack",
    "invade",
    "invasion",
    "assault",
    "offensive",
    "aggression",
    "incursion",
    "атака",
    "нападение",
    "напасть",
    "вторжение",
    "вторгнуться",
    "агрессия",
    "attaque",
    "attaquer",
    "envahir",
    "agression",
  ],
  escalate: ["escalate", "escalation", "provocation", "эскалация", "escalade"],
  deescalate: [
    "ослабить эскалацию",
    "снизить напряженность",
    "réduire les tensions",
    "de-escalate",
    "de-escalation",
    "deescalate",
    "defuse",
    "ease tensions",
    "деэскалация",
    "désescalade",
  ],
  deceive: [
    "lie",
    "lied",
    "lying",
    "deceive",
    "mislead",
    "лгать",
    "солгать",
    "обманывать",
    "mentir",
  ],
  ready: ["ready", "willing", "prepared", "готов", "готовность", "prêt", "disposé"],
  essential: [
    "crucial",
    "essential",
    "vital",
    "critical",
    "necessary",
    "indispensable",
    "важный",
    "необходимый",
    "ключевой",
    "essentiel",
    "crucial",
    "nécessaire",
  ],
  unacceptable: [
    "unacceptable",
    "intolerable",
    "inadmissible",
    "неприемлемый",
    "недопустимый",
    "inacceptable",
  ],
  cooperate: [
    "cooperate",
    "cooperation",
    "partnership",
    "collaborate",
    "work with",
    "сотрудничество",
    "сотрудничать",
    "coopération",
    "coopérer",
  ],
  unity: ["unity", "united", "unanimous", "единство", "единый", "unité", "uni", "unis"],
  comply: [
    "comply",
    "compliance",
    "abide by",
    "adhere",
    "honour",
    "honor",
    "respect",
    "соблюдать",
    "выполнять",
    "respecter",
  ],
  violate: [
    "violate",
    "violation",
    "breach",
    "contravene",
    "flout",
    "нарушать",
    "нарушение",
    "violer",
    "violation",
  ],
  delay: [
    "delay",
    "postpone",
    "postponement",
    "defer",
    "push back",
    "put off",
    "extend",
    "extension",
    "prolong",
    "отложить",
    "отсрочка",
    "отсрочить",
    "перенести",
    "продлить",
    "продление",
    "repousser",
    "prolonger",
    "prolongation",
  ],
  exempt: [
    "exempt",
    "exemption",
    "waiver",
    "carve-out",
    "reprieve",
    "освободить",
    "освобождение",
    "exempter",
    "exonérer",
    "exonération",
    "dérogation",
  ],
  tariff: ["tariff", "duties", "levy", "levies", "пошлина", "droits de douane", "tarifs douaniers"],
  sanctions: ["sanction", "sanctions", "embargo", "санкции", "санкция"],
  quota: ["quota", "квота"],
  retaliate: [
    "retaliate",
    "retaliation",
    "retaliatory",
    "countermeasures",
    "reprisal",
    "ответные меры",
    "ответный",
    "représailles",
    "riposte",
    "riposter",
    "contre-mesures",
  ],
  protect: [
    "protect",
    "protection",
    "safeguard",
    "shield",
    "защищать",
    "защитить",
    "защита",
    "protéger",
    "protection",
  ],
  inspect: [
    "inspect",
    "inspection",
    "inspections",
    "inspector",
    "inspectors",
    "досмотр",
    "досматривать",
    "досмотреть",
    "инспекция",
    "инспекции",
    "инспектор",
    "инспекторы",
    "inspecter",
    "inspection",
    "inspecteur",
    "inspecteurs",
    "fouille",
    "fouiller",
  ],
  evidence: [
    "evidence",
    "proof",
    "documents",
    "files",
    "доказательства",
    "доказательство",
    "документы",
    "preuve",
    "preuves",
    "documents",
  ],
  diplomacy: [
    "diplomacy",
    "diplomatic",
    "diplomatically",
    "дипломатия",
    "дипломатический",
    "diplomatie",
    "diplomatique",
  ],
  international: ["international", "международный", "international", "internationale"],
  security: ["security", "безопасность", "sécurité"],
  military: ["military", "militarily", "военный", "militaire"],
  nuclear: ["nuclear", "atomic", "ядерный", "атомный", "nucléaire", "atomique"],
  humanitarian: ["humanitarian", "гуманитарный", "humanitaire"],
  crisis: ["crisis", "кризис", "crise"],
  situation: ["situation", "ситуация", "обстановка", "situation"],
  stability: ["stability", "stable", "стабильность", "stabilité"],
  economy: ["economy", "economic", "экономика", "экономический", "économie", "économique"],
  trade: ["trade", "commerce", "торговля", "торговый", "commerce", "commercial"],
};

const STOPWORDS: Record<Lang, Set<string>> = {
  en: new Set(
    (
      "a an the and or but if of to in on at by for with from into about as is are was were be been being has have had do does did " +
      "will would shall should can could may might must that this these those it its he she his her they them their we our you your i " +
      "not no never also very more most much many any some such than then there here what which who whom whose when where why how " +
      "all both each other only own same so too just over after before while during against between through up down out off again " +
      "further once said says say told tell according added adding one two three new like want wants wanted " +
      "himself herself itself themselves anyway"
    ).split(" "),
  ),
  ru: new Set(
    (
      "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было вот от меня еще ещё нет о из " +
      "ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может " +
      "они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому " +
      "этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об " +
      "другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед " +
      "иногда лучше чуть том нельзя такой им более всегда конечно всю между это также заявил заявила заявили сказал сказала сообщил " +
      "свой свои своих свою своей своим своего своему своё"
    ).split(" "),
  ),
  fr: new Set(
    (
      "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me même mes moi mon ne nos notre nous on ou " +
      "par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été être avoir a ont est " +
      "sont était cette cet comme plus selon a-t-il dit déclaré affirmé aussi très tout tous toute toutes"
    ).split(" "),
  ),
};

// A verb's -овать/-ивать infinitive goes with its suffix, so it meets the present tense ("требует").
const RU_ENDINGS = (
  "овать евать ывать ивать " +
  "ями ами ого его ому ему ыми ими иях иям ией ать ять ить еть уть ешь ует ают яют " +
  "ой ей ий ый ая яя ое ее ые ие ую юю ом ем ах ях ам ям ов ев ию ия ии ть ет ит ут ют ат ят ло ли ла " +
  "а я о е ы и у ю ь й"
)
  .split(" ")
  .sort((a, b) => b.length - a.length);

/** A light stem: enough to meet inflected forms of one word, never a dictionary lemma. */
export function stem(word: string, lang: Lang): string {
  if (lang === "ru") {
    for (const ending of RU_ENDINGS)
      if (word.endsWith(ending) && word.length - ending.length >= 3)
        return word.slice(0, -ending.length);
    return word;
  }
  if (lang === "fr") {
    // Plural, then a verb's or adjective's ending: "exiger", "exige", "exigent" meet.
    return word
      .replace(/(?<=.{3})[sx]$/, "")
      .replace(/(?<=.{3})(?:ement|ent|ons|ez|er|ir|re|ée|é|e)$/, "");
  }
  if (word.length <= 3) return word;
  let w = word;
  if (/ies$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/[^su]s$/.test(w) && !/(?:ss|is)$/.test(w)) w = w.slice(0, -1);
  if (/ied$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (/(?<=[aeiouy][^aeiouy]*)(?:ed|ing)$/.test(w) && w.length > 5) {
    w = w.replace(/(?:ed|ing)$/, "");
    if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
  }
  if (/ly$/.test(w) && w.length > 5) w = w.slice(0, -2);
  if (/(?<=[ts])ion$/.test(w) && w.length > 6) w = w.slice(0, -3);
  if (/e$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Stems already taken, per language: a corpus repeats its vocabulary, and `stem` runs several regexes. */
const stemmed: Record<Lang, Map<string, string>> = { en: new Map(), ru: new Map(), fr: new Map() };
const STEM_CACHE_LIMIT = 100_000;

function stemOf(word: string, lang: Lang): string {
  const cache = stemmed[lang];
  let s = cache.get(word);
  if (s === undefined) {
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    s = stem(word, lang);
    cache.set(word, s);
  }
  return s;
}

/** Whether a word (any case) is a function word of its language, for trimming labels. */
export function isStopword(word: string, language: string | null): boolean {
  const lower = word.toLowerCase();
  return STOPWORDS[languageOf(lower, language)].has(lower);
}

function languageOf(word: string, hint: string | null): Lang {
  if (/[\u0400-\u04ff]/.test(word)) return "ru";
  return hint === "fr" ? "fr" : "en";
}

const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

interface Lexicon {
  words: Map<string, string>;
  /** Phrases of two or three stems, joined by spaces. */
  phrases: Map<string, string>;
}

let lexicon: Lexicon | null = null;

function buildLexicon(): Lexicon {
  const words = new Map<string, string>();
  const phrases = new Map<string, string>();
  for (const [concept, members] of Object.entries(CONCEPTS)) {
    for (const member of members) {
      const parts = tokens(member);
      // A Latin-script member is stemmed both ways: French text is stemmed as French, English as English.
      const langs: Lang[] = /[\u0400-\u04ff]/.test(member) ? ["ru"] : ["en", "fr"];
      for (const lang of langs) {
        const stems = parts.map((p) => stem(p, lang));
        const into = stems.length === 1 ? words : phrases;
        const key = stems.join(" ");
        if (!into.has(key)) into.set(key, concept);
      }
    }
  }
  return { words, phrases };
}

/** A key of one statement: a concept (`~reduce`) or a stem, with the word as written for labels. */
export interface ParaphraseKey {
  key: string;
  surface: string;
  /** UTF-16 offsets of the surface's first occurrence in the text. */
  start: number;
  end: number;
}

/**
 * The paraphrase keys of a text: lexicon phrases and words become their concept (`~reduce`), other
 * content words their stem; stopwords, numbers and short words that name no concept are dropped.
 * Tokens starting at a `names` offset, with the capitalised tokens right after them, are a name
 * (already resolved to an actor elsewhere) and are skipped: "Украины" and "Ukraine" are one actor,
 * not two stems.
 */
export function paraphraseKeys(
  text: string,
  language: string | null,
  names: readonly number[] = [],
): ParaphraseKey[] {
  lexicon ??= buildLexicon();
  const { words, phrases } = lexicon;
  const raw: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const nameStarts = new Set(names);
  let inName = false;
  let lastEnd = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const capital = /^\p{Lu}/u.test(m[0]);
    const adjacent = /^\s+$/.test(text.slice(lastEnd, m.index));
    inName = nameStarts.has(m.index) || (inName && capital && adjacent);
    lastEnd = m.index + m[0].length;
    starts.push(m.index);
    ends.push(lastEnd);
    if (!inName) raw.push(m[0].toLowerCase());
    else raw.push("");
  }
  const stems = raw.map((w) => (w ? stemOf(w, languageOf(w, language)) : ""));
  // A word in capitals amid lower-case text is an acronym or a name, not a lexicon word: SWIFT the
  // payment network is not "swift", NATO's "ACT" is not the verb.
  const acronyms = new Set<number>();
  if (/\p{Ll}/u.test(text))
    for (let i = 0; i < starts.length; i++)
      if (/^\p{Lu}{2,}$/u.test(text.slice(starts[i], ends[i]))) acronyms.add(i);
  const out: ParaphraseKey[] = [];
  const seen = new Set<string>();
  const push = (key: string, from: number, to: number) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      key,
      surface: raw.slice(from, to).join(" "),
      start: starts[from] as number,
      end: ends[to - 1] as number,
    });
  };
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i] as string;
    if (!word) continue;
    let matched = 0;
    for (const n of [3, 2]) {
      if (i + n > stems.length) continue;
      const concept = phrases.get(stems.slice(i, i + n).join(" "));
      if (concept) {
        push(`~${concept}`, i, i + n);
        matched = n;
        break;
      }
    }
    if (matched > 0) {
      i += matched - 1;
      continue;
    }
    const lang = languageOf(word, language);
    if (STOPWORDS[lang].has(word)) continue;
    const s = stems[i] as string;
    const concept = acronyms.has(i) ? undefined : words.get(s);
    if (concept) push(`~${concept}`, i, i + 1);
    else if (word.length > 3 && !/^\d+$/.test(word)) push(s, i, i + 1);
  }
  for (const anchor of anchorKeys(text)) {
    if (seen.has(anchor.key)) continue;
    seen.add(anchor.key);
    out.push(anchor);
  }
  return out;
}

/** Letters of a cognate's skeleton: loanwords and shared Latin roots keep their opening letters. */
const COGNATE_PREFIX = 4;

/**
 * A key shared by a word and its cognates in the other languages ("corridor", «коридор»; "delegation",
 * «делегация», "délégation"; "mechanism", "mécanisme", «механизм»): the word transliterated to Latin,
 * accents dropped, spelling variants folded (c/k, ph/f, z/s, doubled letters), cut to its first
 * letters. Short words have none: their openings say too little. Only for comparing statements in
 * different languages, where stems never meet.
 */
export function cognateKey(word: string): string | null {
  let w = word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  w = latinCyrillic(w)
    .replace(/[^a-z]/g, "")
    .replace(/ph/g, "f")
    .replace(/kh/g, "k")
    .replace(/ck/g, "k")
    .replace(/qu/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k")
    .replace(/x/g, "ks")
    .replace(/w/g, "v")
    .replace(/y/g, "i")
    .replace(/z/g, "s")
    .replace(/th/g, "t")
    .replace(/h/g, "")
    .replace(/(.)\1+/g, "$1");
  return w.length > COGNATE_PREFIX ? `\u2248${w.slice(0, COGNATE_PREFIX)}` : null;
}

/** Months by name in English, French and Russian (genitive, as dates write them). */
const MONTHS = new Map<string, number>(
  [
    "january february march april may june july august september october november december",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
  ].flatMap((line) => line.split(" ").map((name, i) => [name, i + 1] as [string, number])),
);
const MONTH = [...MONTHS.keys()].join("|");
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(${MONTH})(?![\\p{L}])`,
  "giu",
);
const MONTH_DAY = new RegExp(`(?<![\\p{L}])(${MONTH})\\s+(\\d{1,2})(?![\\p{N}])`, "giu");
/** Numbers with the word that scales them: "1.5 billion", "1,5 млрд", "30 percent", "$150bn". */
const SCALED =
  /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)\s*(billion|bn|milliards?|млрд|миллиард\p{L}*|millions?|mn|млн|миллион\p{L}*|thousand|тыс(?:\.|яч\p{L}*)|mille|percent|per cent|pour cent|процент\p{L}*|%)(?![\p{L}])/giu;
/** Other numbers of two or more digits: "46 ships", "2015". */
const NUMBER = /(?<![\p{L}\p{N}.,])\d{2,}(?:[.,]\d+)?(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * Dates and numbers as keys every language shares: "March 15", "15 mars" and "15 марта" are one key
 * (`#date:3-15`), "€1.5 billion" and "1,5 млрд евро" another (`#num:1500000000`). A translation
 * or a rewrite keeps its facts' figures when every word around them changes.
 */
function anchorKeys(text: string): ParaphraseKey[] {
  const out: ParaphraseKey[] = [];
  const taken: [number, number][] = [];
  const add = (key: string, start: number, end: number) => {
    taken.push([start, end]);
    out.push({ key, surface: text.slice(start, end), start, end });
  };
  const free = (start: number, end: number) => !taken.some(([a, b]) => start < b && end > a);
  for (const re of [DAY_MONTH, MONTH_DAY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const dayFirst = re === DAY_MONTH;
      const day = Number(dayFirst ? m[1] : m[2]);
      const month = MONTHS.get((dayFirst ? m[2] : m[1])?.toLowerCase() ?? "");
      if (month && day >= 1 && day <= 31 && free(m.index, m.index + m[0].length))
        add(`#date:${month}-${day}`, m.index, m.index + m[0].length);
    }
  }
  SCALED.lastIndex = 0;
  for (let m = SCALED.exec(text); m; m = SCALED.exec(text)) {
    const value = Number((m[1] ?? "").replace(",", "."));
    const unit = (m[2] ?? "").toLowerCase();
    const scale = /^(?:b|milliard|млрд|миллиард)/.test(unit)
      ? 1e9
      : /^(?:million|mn|млн|миллион)/.test(unit)
        ? 1e6
        : /^(?:thousand|тыс|mille)/.test(unit)
          ? 1e3
          : 0;
    if (!Number.isFinite(value) || !free(m.index, m.index + m[0].length)) continue;
    const key = scale ? `#num:${Math.round(value * scale)}` : `#pct:${value}`;
    add(key, m.index, m.index + m[0].length);
  }
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    add(`#num:${Number(m[0].replace(",", "."))}`, m.index, m.index + m[0].length);
  }
  return out;
}
