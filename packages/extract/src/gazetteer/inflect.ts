/** Generates the inflected surface forms of curated names and words: Russian cases, French adjective agreement, English verb and plural forms. */

/** Russian cases in order: nominative, genitive, dative, accusative, instrumental, prepositional. */
export const RU_CASES = ["nom", "gen", "dat", "acc", "ins", "prep"] as const;
export const RU_GEN = 1 << 1;
export const RU_ALL_CASES = 0b111111;

/** One inflected phrase and the Russian cases (bit i = RU_CASES[i]) it can stand in. */
export interface RuForm {
  text: string;
  cases: number;
  plural: boolean;
}

const VELAR_SIBILANT = /[кгхжшчщ]$/;
const SIBILANT_C = /[жшчщц]$/;

/**
 * Six case forms of one Russian word, or null when it does not decline.
 * `!word` marks a word that never declines (foreign feminine surnames, fixed genitive complements).
 */
function ruWordCases(word: string, person: boolean): string[] | null {
  if (word.startsWith("!")) return null;
  if (word === "{Q}") return null;
  const hy = word.lastIndexOf("-");
  if (hy > 0) {
    // only the last part of a hyphenated word declines: пресс-секретарь, вице-президент, Эр-Рияд
    const head = word.slice(0, hy + 1);
    const tail = ruWordCases(word.slice(hy + 1), person);
    return tail === null ? null : tail.map((t) => head + t);
  }
  if (word.length < 2 || /\d/.test(word) || !/[а-яё]/i.test(word)) return null;
  if (word === word.toUpperCase() && /[А-ЯЁ]{2}/.test(word)) return null;
  const w = word.toLowerCase();
  const stem = (n: number) => word.slice(0, word.length - n);
  const make = (n: number, ends: readonly string[]) => ends.map((e) => stem(n) + e);
  if (/(ск|цк|к|г|х)ий$/.test(w)) return make(2, ["ий", "ого", "ому", "ий", "им", "ом"]);
  if (/[жшчщ]ий$/.test(w)) return make(2, ["ий", "его", "ему", "ий", "им", "ем"]);
  if (w.endsWith("ый")) return make(2, ["ый", "ого", "ому", "ый", "ым", "ом"]);
  if (w.endsWith("ой") && word.length > 3) return make(2, ["ой", "ого", "ому", "ой", "ым", "ом"]);
  if (w.endsWith("ий")) return make(2, ["ий", "ия", "ию", "ия", "ием", "ии"]);
  if (w.endsWith("ая")) return make(2, ["ая", "ой", "ой", "ую", "ой", "ой"]);
  if (/(ние|тие)$/.test(w)) return make(2, ["ие", "ия", "ию", "ие", "ием", "ии"]);
  if (w.endsWith("ое")) return make(2, ["ое", "ого", "ому", "ое", "ым", "ом"]);
  if (w.endsWith("ые")) return make(2, ["ые", "ых", "ым", "ые", "ыми", "ых"]);
  if (w.endsWith("ие")) return make(2, ["ие", "их", "им", "ие", "ими", "их"]);
  if (person && /(ов|ев|ин|ын)а$/.test(w)) return make(1, ["а", "ой", "ой", "у", "ой", "ой"]);
  if (w.endsWith("ия")) return make(2, ["ия", "ии", "ии", "ию", "ией", "ии"]);
  if (w.endsWith("я")) return make(1, ["я", "и", "е", "ю", "ей", "е"]);
  if (w.endsWith("а")) {
    const gen = VELAR_SIBILANT.test(w.slice(0, -1)) ? "и" : "ы";
    const ins = SIBILANT_C.test(w.slice(0, -1)) ? "ей" : "ой";
    return make(1, ["а", gen, "е", "у", ins, "е"]);
  }
  if (w.endsWith("ство")) return make(1, ["о", "а", "у", "о", "ом", "е"]);
  if (w.endsWith("ы")) return make(1, ["ы", "ов", "ам", "ы", "ами", "ах"]);
  if (/[оеиуюэё]$/.test(w)) return null;
  if (w.endsWith("ь")) return make(1, ["ь", "я", "ю", person ? "я" : "ь", "ем", "е"]);
  if (w.endsWith("й")) return make(1, ["й", "я", "ю", person ? "я" : "й", "ем", "е"]);
  const ins = person && /(ов|ев|ин|ын)$/.test(w) ? "ым" : SIBILANT_C.test(w) ? "ем" : "ом";
  return make(0, ["", "а", "у", person ? "а" : "", ins, "е"]);
}

/** Plural case forms of a Russian noun (for titles: "министры", "лидеров"), or null. */
function ruWordPlural(word: string): string[] | null {
  if (word.startsWith("!") || word === "{Q}") return null;
  const hy = word.lastIndexOf("-");
  if (hy > 0) {
    const tail = ruWordPlural(word.slice(hy + 1));
    return tail === null ? null : tail.map((t) => word.slice(0, hy + 1) + t);
  }
  const w = word.toLowerCase();
  if (word === word.toUpperCase() || !/[а-яё]/.test(w)) return null;
  if (/(ск|цк|к|г|х|[жшчщ])ий$/.test(w)) {
    const s = word.slice(0, -2);
    return [`${s}ие`, `${s}их`, `${s}им`, `${s}их`, `${s}ими`, `${s}их`];
  }
  if (/[ыо]й$/.test(w)) {
    const s = word.slice(0, -2);
    return [`${s}ые`, `${s}ых`, `${s}ым`, `${s}ых`, `${s}ыми`, `${s}ых`];
  }
  if (w.endsWith("а")) {
    const s = word.slice(0, -1);
    const nom = VELAR_SIBILANT.test(w.slice(0, -1)) ? "и" : "ы";
    return [s + nom, s, `${s}ам`, s, `${s}ами`, `${s}ах`];
  }
  if (w.endsWith("ь")) {
    const s = word.slice(0, -1);
    return [`${s}и`, `${s}ей`, `${s}ям`, `${s}ей`, `${s}ями`, `${s}ях`];
  }
  if (/[бвгдзклмнпрстфхжшчщц]$/.test(w)) {
    const nom = VELAR_SIBILANT.test(w) ? "и" : "ы";
    const gen = /[жшчщ]$/.test(w) ? "ей" : w.endsWith("ц") ? "ев" : "ов";
    return [word + nom, word + gen, `${word}ам`, word + gen, `${word}ами`, `${word}ах`];
  }
  return null;
}

/**
 * All case forms of a Russian phrase, declining its words in agreement case by case.
 * Words marked `!` stay fixed (the marker is removed); `{Q}` slots are kept as they are.
 */
export function ruForms(
  phrase: string,
  opts: { person?: boolean; plural?: boolean } = {},
): RuForm[] {
  const words = phrase.split(/\s+/).filter((w) => w.length > 0);
  const person = opts.person ?? false;
  const clean = (w: string) => (w.startsWith("!") ? w.slice(1) : w);
  const collect = (table: (string[] | null)[], plural: boolean, out: Map<string, RuForm>) => {
    for (let c = 0; c < 6; c++) {
      const text = words.map((w, i) => table[i]?.[c] ?? clean(w)).join(" ");
      const prev = out.get(text);
      if (prev) prev.cases |= 1 << c;
      else out.set(text, { text, cases: 1 << c, plural });
    }
  };
  const out = new Map<string, RuForm>();
  collect(
    words.map((w) => ruWordCases(w, person)),
    false,
    out,
  );
  if (opts.plural) {
    const plural = words.map((w) => ruWordPlural(w));
    if (plural.some((p) => p !== null)) collect(plural, true, out);
  }
  return [...out.values()];
}

/** The four agreement forms of a French adjective given in the masculine singular (russe, américain, israélien). */
export function frAdjectiveForms(masc: string): string[] {
  const irregular: Record<string, string[]> = {
    turc: ["turc", "turque", "turcs", "turques"],
    grec: ["grec", "grecque", "grecs", "grecques"],
    public: ["public", "publique", "publics", "publiques"],
  };
  const known = irregular[masc.toLowerCase()];
  if (known) return known;
  if (masc.endsWith("e")) return [masc, `${masc}s`];
  if (/(en|on)$/.test(masc)) return [masc, `${masc}ne`, `${masc}s`, `${masc}nes`];
  if (/[sx]$/.test(masc)) return [masc, `${masc}e`, `${masc}es`];
  if (masc.endsWith("al")) return [masc, `${masc}e`, `${masc.slice(0, -1)}ux`, `${masc}es`];
  if (masc.endsWith("if"))
    return [masc, `${masc.slice(0, -1)}ve`, `${masc}s`, `${masc.slice(0, -1)}ves`];
  return [masc, `${masc}e`, `${masc}s`, `${masc}es`];
}

/** Plural of an English title noun phrase: the head noun before "of"/"for"/"to", else the last word. */
export function enPlural(phrase: string): string | null {
  const words = phrase.split(" ");
  let head = words.findIndex((w) => w === "of" || w === "for" || w === "to");
  head = head > 0 ? head - 1 : words.length - 1;
  const w = words[head];
  if (w === undefined || w.includes("{")) return null;
  const lw = w.toLowerCase();
  // "heads" alone is mostly the verb ("the United States heads into talks")
  if (words.length === 1 && lw === "head") return null;
  let p: string;
  if (/^[A-Z]{2,}$/.test(w)) p = `${w}s`;
  else if (lw.endsWith("person")) p = `${w.slice(0, -6)}people`;
  else if (lw.endsWith("man")) p = `${w.slice(0, -3)}men`;
  else if (/[^aeiou]y$/.test(lw)) p = `${w.slice(0, -1)}ies`;
  else if (/(s|sh|ch|x|z)$/.test(lw)) p = `${w}es`;
  else p = `${w}s`;
  const out = [...words];
  out[head] = p;
  return out.join(" ");
}

/** French plural of a title: the first word takes -s/-x (ministres des Affaires étrangères, chefs de la diplomatie). */
export function frPlural(phrase: string): string | null {
  const words = phrase.split(" ");
  const w = words[0];
  if (w === undefined || w.includes("{") || /[sxz]$/.test(w) || w.includes("-")) return null;
  words[0] = w.endsWith("eau") ? `${w}x` : w.endsWith("al") ? `${w.slice(0, -1)}ux` : `${w}s`;
  return words.join(" ");
}

/**
 * The finite and participle forms of an English verb: lemma, 3rd person singular, past, -ing.
 * Irregular or consonant-doubling verbs pass their forms explicitly.
 */
export function enVerbForms(lemma: string, past?: string, ing?: string, third?: string): string[] {
  const words = lemma.split(" ");
  const verb = words[0] ?? lemma;
  const rest = words.slice(1).join(" ");
  const s =
    third ??
    (/[^aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : /(s|sh|ch|x|z|o)$/.test(verb)
        ? `${verb}es`
        : `${verb}s`);
  const ed =
    past ??
    (verb.endsWith("e")
      ? `${verb}d`
      : /[^aeiou]y$/.test(verb)
        ? `${verb.slice(0, -1)}ied`
        : `${verb}ed`);
  const g =
    ing ??
    (verb.endsWith("ie")
      ? `${verb.slice(0, -2)}ying`
      : /[^eioy]e$/.test(verb)
        ? `${verb.slice(0, -1)}ing`
        : `${verb}ing`);
  const withRest = (v: string) => (rest ? `${v} ${rest}` : v);
  return [...new Set([verb, s, ...ed.split("|"), ...g.split("|")].map(withRest))];
}

/** Russian past-tense forms of all genders and the plural from the masculine ("заявил" → заявила, заявило, заявили). */
export function ruPast(masc: string): string[] {
  if (masc.endsWith("л")) return [masc, `${masc}а`, `${masc}о`, `${masc}и`];
  return [masc, `${masc}ла`, `${masc}ло`, `${masc}ли`];
}

/** Every gender, number and case form of a Russian adjective given in the masculine nominative ("российский" → российская, российских, ...). */
export function ruAdjectiveForms(masc: string): RuForm[] {
  const w = masc.toLowerCase();
  let stem: string;
  let table: string[][];
  if (/(к|г|х)ий$/.test(w)) {
    stem = masc.slice(0, -2);
    table = [
      ["ий", "ого", "ому", "ий", "им", "ом"],
      ["ая", "ой", "ой", "ую", "ой", "ой"],
      ["ое", "ого", "ому", "ое", "им", "ом"],
      ["ие", "их", "им", "ие", "ими", "их"],
    ];
  } else if (/[жшчщ]ий$/.test(w)) {
    stem = masc.slice(0, -2);
    table = [
      ["ий", "его", "ему", "ий", "им", "ем"],
      ["ая", "ей", "ей", "ую", "ей", "ей"],
      ["ее", "его", "ему", "ее", "им", "ем"],
      ["ие", "их", "им", "ие", "ими", "их"],
    ];
  } else if (/[ыо]й$/.test(w)) {
    stem = masc.slice(0, -2);
    const m = w.endsWith("ой") ? "ой" : "ый";
    table = [
      [m, "ого", "ому", m, "ым", "ом"],
      ["ая", "ой", "ой", "ую", "ой", "ой"],
      ["ое", "ого", "ому", "ое", "ым", "ом"],
      ["ые", "ых", "ым", "ые", "ыми", "ых"],
    ];
  } else {
    return [{ text: masc, cases: RU_ALL_CASES, plural: false }];
  }
  const out = new Map<string, RuForm>();
  table.forEach((row, g) => {
    row.forEach((end, c) => {
      const text = stem + end;
      const prev = out.get(text);
      if (prev) prev.cases |= 1 << c;
      else out.set(text, { text, cases: 1 << c, plural: g === 3 });
    });
  });
  return [...out.values()];
}
