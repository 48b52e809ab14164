import { describe, expect, it } from "vitest";
import { attribute, type RawStatement } from "./attribution.js";
import { cuesForLanguage } from "./cues.js";
import { segment } from "./segment.js";
import type { LocalActor, Mention } from "./types.js";

/** Actors for these invented sentences; mentions are found by their surface forms. */
const ACTORS: Record<
  string,
  Pick<LocalActor, "name" | "kind"> & { forms: string[]; memberOf?: string[] }
> = {
  minister: {
    name: "Anna Berg",
    kind: "person",
    forms: [
      "Foreign Minister Anna Berg",
      "Anna Berg",
      "Berg",
      "She",
      "she",
      "Анна Берг",
      "Берг",
      "la cheffe de la diplomatie ruritanienne",
    ],
  },
  president: {
    name: "Paul Dorn",
    kind: "person",
    forms: ["President Paul Dorn", "Paul Dorn", "Dorn", "He", "he", "Павел Дорн"],
  },
  ministry: {
    name: "Ruritanian Foreign Ministry",
    kind: "organization",
    forms: ["МИД Руритании", "Ruritanian foreign ministry"],
  },
  // "whose leaders" is a mention of the antecedent's leaders, as the actor finder gives it.
  leaders: {
    name: "Northern Union leaders",
    kind: "group",
    forms: ["whose leaders"],
    memberOf: ["union"],
  },
  union: {
    name: "Northern Union",
    kind: "organization",
    forms: ["Northern Union"],
  },
  // Before the state: the test's mention finder takes each actor's forms in turn.
  ministers: {
    name: "Ruritanian foreign ministers",
    kind: "group",
    forms: ["министры иностранных дел Руритании"],
  },
  ruritania: {
    name: "Ruritania",
    kind: "state",
    forms: [
      "Ruritania",
      "Ruritanie",
      "Руритания",
      "Руритании",
      "Руританией",
      "Руританские",
      "Стрельсау",
      "Strelsau",
    ],
  },
  gazette: {
    name: "Daily Gazette",
    kind: "media_outlet",
    forms: ["the Daily Gazette", "Daily Gazette"],
  },
  wire: {
    name: "Meridian Wire",
    kind: "media_outlet",
    forms: ["Meridian Wire"],
  },
  spokesman: {
    name: "Jan Kowal",
    kind: "person",
    forms: ["government spokesman Jan Kowal", "Jan Kowal", "Kowal"],
    memberOf: ["ruritania"],
  },
  premier: {
    name: "Ivo Lenk",
    kind: "person",
    forms: ["Prime Minister Ivo Lenk", "Ivo Lenk"],
    memberOf: ["ruritania"],
  },
  official: {
    name: "senior official",
    kind: "anonymous_source",
    forms: ["A senior official", "a senior official", "senior official", "the official"],
  },
};

function run(
  text: string,
  opts: {
    outlet?: string;
    language?: "en" | "ru" | "fr";
    /** A surface to read as one mention of an actor, as the actor finder stretches a subject over its relative clause. */
    stretch?: { surface: string; actorKey: string };
  } = {},
): { statements: RawStatement[]; text: string } {
  const language = opts.language ?? "en";
  const seg = segment(text, { language, excluded: [] });
  const mentions: Mention[] = [];
  if (opts.stretch) {
    const at = text.indexOf(opts.stretch.surface);
    if (at < 0) throw new Error(`no "${opts.stretch.surface}" in the text`);
    mentions.push({
      start: at,
      end: at + opts.stretch.surface.length,
      actorKey: opts.stretch.actorKey,
      via: "name",
    });
  }
  for (const [key, actor] of Object.entries(ACTORS)) {
    for (const form of [...actor.forms].sort((a, b) => b.length - a.length)) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (
          !/\p{L}/u.test(text[end] ?? "") &&
          !/\p{L}/u.test(text[at - 1] ?? "") &&
          !mentions.some((m) => at < m.end && end > m.start)
        ) {
          mentions.push({
            start: at,
            end,
            actorKey: key,
            via: /^(he|she)$/i.test(form) ? "pronoun" : "name",
          });
        }
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const actors = new Map<string, LocalActor>(
    Object.entries(ACTORS).map(([key, a]) => [
      key,
      {
        key,
        name: a.name,
        kind: a.kind,
        aliases: new Set(),
        memberOf: a.memberOf ?? [],
        roles: [],
        wikidataId: null,
      },
    ]),
  );
  const statements = attribute({
    text,
    sentences: seg.sentences,
    quotes: seg.quotes,
    excluded: [],
    mentions,
    actors,
    outlet: opts.outlet ?? null,
    credits: [],
    publishedAt: "2025-03-10",
    language,
    extraCues: cuesForLanguage(language),
  });
  return { statements, text };
}

const exact = (r: ReturnType<typeof run>) =>
  r.statements.map((s) => r.text.slice(s.evidence.start, s.evidence.end));

describe("attribute", () => {
  it("gives a position to both coordinated subjects, a determiner before the second title included", () => {
    const r = run(
      "President Paul Dorn and the country's Foreign Minister Anna Berg said that the border must stay open.",
    );
    expect(r.statements.map((s) => s.holder).sort()).toEqual(["minister", "president"]);
    expect(new Set(r.statements.map((s) => `${s.evidence.start}-${s.evidence.end}`)).size).toBe(1);
  });

  it("gives the position to the subject, not to an actor inside its appositive", () => {
    const r = run(
      "Anna Berg, an adviser to the government of Ruritania, said the border must stay open.",
    );
    expect(r.statements.map((s) => s.holder)).toEqual(["minister"]);
  });

  it("takes the quotation before an inverted verb, not the speaker's appositive", () => {
    const r = run("“The border must stay open,” said Anna Berg, the head of the delegation.");
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]?.holder).toBe("minister");
    const e = r.statements[0]?.evidence;
    expect(e && r.text.slice(e.start, e.end)).toBe("The border must stay open");
  });

  it("takes a that-clause after a reporting verb as indirect speech", () => {
    const r = run(
      "Foreign Minister Anna Berg said on Tuesday that Ruritania would never accept the plan.",
    );
    expect(exact(r)).toEqual(["Ruritania would never accept the plan."]);
    expect(r.statements[0]).toMatchObject({
      holder: "minister",
      mode: "indirect_speech",
      cue: "said",
    });
    expect(r.statements[0]?.saidAt?.text).toBe("on Tuesday");
  });

  it("takes a quotation before '<speaker> said' as a direct quote without its marks", () => {
    const r = run("“We will not give up an inch,” Paul Dorn said.");
    expect(exact(r)).toEqual(["We will not give up an inch"]);
    expect(r.statements[0]).toMatchObject({
      holder: "president",
      mode: "direct_quote",
    });
  });

  it("handles the inverted order: '“...,” said the official'", () => {
    const r = run("“The talks are over,” said the official.");
    expect(r.statements[0]?.holder).toBe("official");
    expect(r.statements[0]?.hedges.map((h) => h.kind)).toContain("unnamed_source");
  });

  it("gives a quotation without a cue to the paragraph's last speaker", () => {
    const r = run(
      "“The border stays closed,” Anna Berg said. “Nothing about that will change soon.”",
    );
    expect(r.statements.map((s) => s.holder)).toEqual(["minister", "minister"]);
    expect(exact(r)[1]).toBe("Nothing about that will change soon.");
  });

  it("attributes a position stated inside someone else's words to its holder, with the speaker as a hop", () => {
    const r = run(
      "A senior official told the Daily Gazette that Paul Dorn wants to end the blockade.",
      { outlet: "wire" },
    );
    expect(r.statements).toHaveLength(1);
    const s = r.statements[0] as RawStatement;
    expect(s.holder).toBe("president");
    expect(s.mode).toBe("reported_intention");
    expect(s.chain.map((h) => [h.actorKey, h.relation])).toEqual([
      ["president", "said"],
      ["official", "told"],
      ["gazette", "reported"],
      ["wire", "republished"],
    ]);
  });

  it("reads 'will demand' as a reported intention", () => {
    const r = run("Paul Dorn will demand that the blockade be lifted.");
    expect(r.statements[0]).toMatchObject({
      holder: "president",
      mode: "reported_intention",
    });
    expect(exact(r)).toEqual(["the blockade be lifted."]);
  });

  it("gives two statements for a sentence with two positions on different issues", () => {
    const r = run(
      "Paul Dorn demanded that Ruritania never joins the alliance and becomes a neutral state.",
    );
    expect(exact(r)).toEqual(["Ruritania never joins the alliance", "becomes a neutral state."]);
    expect(r.statements.every((s) => s.cuePolarity === 1)).toBe(true);
  });

  it("keeps one statement for one position listed in parts", () => {
    const r = run(
      "Anna Berg rejected calls to lift the sanctions, as well as proposals to ease them.",
    );
    expect(exact(r)).toEqual(["calls to lift the sanctions, as well as proposals to ease them."]);
    expect(r.statements[0]?.cuePolarity).toBe(-1);
  });

  it("ends a clause where the next verb's clause begins", () => {
    const r = run(
      "She reaffirmed support for the treaty and warned that Ruritania would retaliate.",
    );
    expect(r.statements.map((s) => s.holder)).toEqual(["minister", "minister"]);
    expect(exact(r)).toEqual(["support for the treaty", "Ruritania would retaliate."]);
  });

  it("takes 'according to' with the source named after it", () => {
    const r = run("According to Anna Berg, the treaty must be renegotiated.");
    expect(r.statements[0]).toMatchObject({ holder: "minister" });
    expect(exact(r)).toEqual(["the treaty must be renegotiated."]);
  });

  it("extracts nothing from narration without a cue", () => {
    expect(
      run("The delegation arrived in the capital on Monday. Talks lasted six hours.").statements,
    ).toEqual([]);
  });

  it("reads a headline-style position glued to the next sentence, and ends it where that sentence begins", () => {
    const r = run(
      "Berg's view: the treaty must be renegotiated Paul Dorn said on Monday that talks were over.",
    );
    const own = r.statements.find((s) => s.mode === "characterisation");
    expect(own?.holder).toBe("minister");
    expect(r.text.slice(own?.evidence.start, own?.evidence.end)).toBe(
      "the treaty must be renegotiated",
    );
    expect(r.statements.find((s) => s.holder === "president")?.mode).toBe("indirect_speech");
  });

  it("reads the outlet's own statement of a position: 'For X, the goal is ...'", () => {
    const r = run(
      "For Ruritania, the main goal of the talks is to lift the blockade, while the border stays closed.",
    );
    expect(r.statements.map((s) => [s.holder, s.mode])).toEqual([
      ["ruritania", "characterisation"],
      ["ruritania", "characterisation"],
    ]);
    expect(exact(r)).toEqual(["to lift the blockade", "the border stays closed."]);
  });

  it("marks hedges", () => {
    const r = run("Paul Dorn reportedly told aides that the summit would be cancelled.");
    expect(r.statements[0]?.hedges.map((h) => h.kind)).toContain("reportedly");
  });

  it("names outlets as hops: 'as reported by'", () => {
    const r = run(
      "Anna Berg told Meridian Wire, as reported by the Daily Gazette, that the border would reopen.",
    );
    expect(r.statements[0]?.chain.map((h) => h.actorKey)).toEqual(["minister", "wire", "gazette"]);
  });
  it("gives a quotation without a cue to the speaker before it, not to one named later in the paragraph", () => {
    const r = run(
      "“The border stays closed,” Anna Berg said. “Nothing about that will change soon.” Paul Dorn said the talks were over.",
    );
    expect(r.statements.map((s) => s.holder)).toEqual(["minister", "minister", "president"]);
  });
});

const holders = (r: ReturnType<typeof run>) => r.statements.map((s) => s.holder);

describe("attribute in English: subjects, objects and spokespeople", () => {
  it("reads stance verbs of support and rejection beyond the common ones", () => {
    const r = run(
      "Anna Berg resisted the idea of a quota. Paul Dorn embraced the proposal to reopen the border.",
    );
    expect(r.statements.map((s) => [s.holder, s.cuePolarity])).toEqual([
      ["minister", -1],
      ["president", 1],
    ]);
    expect(exact(r)).toEqual(["the idea of a quota.", "the proposal to reopen the border."]);
  });

  it("splits 'said that A and that B' into two reported clauses", () => {
    const r = run("Paul Dorn said that the border would reopen and that talks would resume soon.");
    expect(exact(r)).toEqual(["the border would reopen", "talks would resume soon."]);
  });

  it("reads 'is leery of' as an attitude against its object", () => {
    const r = run("Paul Dorn is leery of new tariffs on steel imports.");
    expect(r.statements[0]).toMatchObject({
      holder: "president",
      mode: "characterisation",
    });
    expect(r.statements[0]?.cuePolarity).toBe(-1);
  });

  it("takes the person, not the place after 'of', as the subject: 'X of Ruritania said'", () => {
    const r = run("Paul Dorn of Ruritania said the border must stay open.");
    expect(holders(r)).toEqual(["president"]);
  });

  it("gives a verb joined by 'and' to both coordinated subjects of the verb before it", () => {
    const r = run("Paul Dorn and Anna Berg welcomed the treaty, and said the border would reopen.");
    const reopen = r.statements.filter((s) =>
      r.text.slice(s.evidence.start, s.evidence.end).startsWith("the border"),
    );
    expect(reopen.map((s) => s.holder).sort()).toEqual(["minister", "president"]);
  });

  it("takes no position from a verb after could/might: a possibility, not a stance", () => {
    expect(run("Anna Berg could reject the tariffs after the vote.").statements).toEqual([]);
  });

  it("ends a stance verb's object at a relative clause, whose 'who said' is the antecedent's", () => {
    const r = run("Anna Berg criticised Paul Dorn, who said the border must stay open.");
    expect(r.statements.map((s) => s.holder)).toEqual(["minister", "president"]);
    expect(exact(r)).toEqual(["Paul Dorn", "the border must stay open."]);
    expect(exact(run("Anna Berg praised the treaty, which ended the war in 1990."))).toEqual([
      "the treaty",
    ]);
  });

  it("does not read a background relative clause as a statement", () => {
    expect(
      run("Paul Dorn, who opposed the treaty, arrived in the capital on Monday.").statements,
    ).toEqual([]);
  });

  it("reads a restrictive relative clause between subject and verb, and no actor inside it", () => {
    const r = run("Later, the official who met Paul Dorn on Monday said the talks would resume.");
    expect(holders(r)).toEqual(["official"]);
    expect(exact(r)).toEqual(["the talks would resume."]);
  });

  it("ends the reported words before the writer's account of what followed", () => {
    const r = run(
      "Paul Dorn said there would be no exemptions, sparking protests across Ruritania.",
    );
    expect(exact(r)).toEqual(["there would be no exemptions"]);
  });

  it("reads a time of day after a final reporting verb as no content", () => {
    const r = run("The talks are over, Paul Dorn said in a statement on Monday evening.");
    expect(exact(r)).toEqual(["The talks are over"]);
  });

  it("gives what a spokesperson says their side will do to the principal, with the spokesperson as a hop", () => {
    for (const text of [
      "Ruritanian government spokesman Jan Kowal said Ruritania will retaliate against the tariffs.",
      "Jan Kowal, a spokesman for the government, said Ruritania will retaliate against the tariffs.",
    ]) {
      const r = run(text);
      expect(r.statements).toHaveLength(1);
      expect(r.statements[0]).toMatchObject({
        holder: "ruritania",
        mode: "reported_intention",
      });
      expect(r.statements[0]?.chain.map((h) => h.actorKey)).toEqual(["ruritania", "spokesman"]);
    }
    // Anyone else who says what their state will do states their own position.
    const own = run(
      "Jan Kowal said in an interview that Ruritania will retaliate against tariffs.",
    );
    expect(holders(own)).toEqual(["spokesman"]);
  });
});

const ru = (text: string) => run(text, { language: "ru" });
const fr = (text: string) => run(text, { language: "fr" });

describe("attribute in Russian and French", () => {
  it("gives a position to both subjects coordinated by и or et", () => {
    const r = ru("Павел Дорн и МИД Руритании заявили, что граница должна оставаться открытой.");
    expect(holders(r).sort()).toEqual(["ministry", "president"]);
    const f = fr("Paul Dorn et la Ruritanie ont déclaré que la frontière doit rester ouverte.");
    expect(holders(f).sort()).toEqual(["president", "ruritania"]);
  });

  it("gives a document's words to the issuer named after it, without the impersonal verb", () => {
    const r = ru("Переговоры должны продолжиться, говорится в заявлении МИД Руритании.");
    expect(holders(r)).toEqual(["ministry"]);
    expect(exact(r)).toEqual(["Переговоры должны продолжиться"]);
    expect(r.statements[0]?.cue).toBe("говорится");
  });

  it("gives a document cited without its issuer to the actor that issued it earlier", () => {
    const r = ru(
      "Руритания опубликовала заявление по итогам встречи. В нём подчёркивается, что граница должна оставаться открытой. " +
        '"Мы не допустим новой эскалации", - говорится также в заявлении.',
    );
    expect(holders(r)).toEqual(["ruritania", "ruritania"]);
    expect(exact(r)).toEqual([
      "граница должна оставаться открытой.",
      "Мы не допустим новой эскалации",
    ]);
  });

  it("reads 'по мнению X' as an attribution phrase", () => {
    const r = ru("По мнению Берг, переговоры зашли в тупик.");
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["переговоры зашли в тупик."]);
  });

  it("lets a time or a place stand between a Russian subject and its verb", () => {
    const r = ru(
      "Анна Берг на пресс-конференции в столице предупредила о последствиях для соседей.",
    );
    expect(holders(r)).toEqual(["minister"]);
  });

  it("finds an inverted subject past adverbs, and a pronoun subject after a quotation", () => {
    const r = ru(
      '"Граница останется открытой", - заявил также Павел Дорн. Анна Берг сказала, что переговоры продолжатся. ' +
        '"Мы не отступим от своих требований", - сказала она.',
    );
    expect(holders(r)).toEqual(["president", "minister", "minister"]);
    expect(exact(r)[2]).toBe("Мы не отступим от своих требований");
  });

  it("takes the speaker after a comma, not the noun before it", () => {
    const r = ru("Переговоры провалились из-за позиции Руритании, сообщил Павел Дорн.");
    expect(holders(r)).toEqual(["president"]);
    expect(exact(r)).toEqual(["Переговоры провалились из-за позиции Руритании"]);
  });

  it("does not take a state's adjective as the subject of the noun it modifies", () => {
    expect(ru("Руританские официальные лица не подтвердили эти сообщения.").statements).toEqual([]);
  });

  it("reads a name in quotation marks as the subject before its verb", () => {
    const r = ru('"Руритания" предупредила соседей о серьезных последствиях.');
    expect(holders(r)).toEqual(["ruritania"]);
  });

  it("keeps holder and verb with a stance verb's one-word object", () => {
    const r = ru("Руритания выступила против санкций.");
    expect(exact(r)).toEqual(["Руритания выступила против санкций."]);
    expect(r.statements[0]?.cuePolarity).toBe(-1);
  });

  it("skips a short frame before a Russian complementiser: 'согласилась с тем, что'", () => {
    const r = ru("Анна Берг согласилась с тем, что переговоры нужно продолжить.");
    expect(exact(r)).toEqual(["переговоры нужно продолжить."]);
  });

  it("reads French 'd'après la X' and a pronoun inside an inverted verb", () => {
    const r = fr(
      "D'après la Ruritanie, les sanctions sont illégales. Anna Berg a déclaré que la frontière resterait fermée. " +
        "« Nous ne céderons pas », a-t-elle ajouté.",
    );
    expect(holders(r)).toEqual(["ruritania", "minister", "minister"]);
    expect(exact(r)[2]).toBe("Nous ne céderons pas");
  });
});

describe("attribute: what is no statement, and where a span ends", () => {
  it("reads no position into a passive reporting verb", () => {
    expect(
      run("Ruritania is widely believed to be the only state with such weapons.").statements,
    ).toEqual([]);
    expect(
      run("Extensions for Ruritania had been expected, as the talks go on.").statements,
    ).toEqual([]);
    const r = run("“The border stays shut,” the minister's note said, confirmed by Ruritania.");
    expect(holders(r)).not.toContain("ruritania");
  });

  it("reads no statement into words not said", () => {
    expect(run("Anna Berg did not assert that the files proved a violation.").statements).toEqual(
      [],
    );
  });

  it("reads no position into a condition or a motive the writer gives", () => {
    expect(
      run("The deal will collapse if Ruritania does not agree to wholesale changes.").statements,
    ).toEqual([]);
    expect(
      run("The deal will collapse if Atlantis, Lemuria and Ruritania do not agree to changes.")
        .statements,
    ).toEqual([]);
    expect(
      run("Talks were delayed, in part because Ruritania hoped to force one-on-one talks.")
        .statements,
    ).toEqual([]);
    expect(
      run("Dorn spoke in English, a clear sign he wanted to reach a foreign audience.").statements,
    ).toEqual([]);
  });

  it("takes neither a quantified nor an abstract noun's complement for the subject", () => {
    expect(
      run("Few in Ruritania said they expected the speech to change anything.").statements,
    ).toEqual([]);
    const r = run("Anna Berg says the expansion of Ruritania threatens the region.");
    expect(holders(r)).toEqual(["minister"]);
  });

  it("does not take the last noun of a relative clause as the subject of a stance verb", () => {
    const r = run("The treaty, which was drafted without Ruritania, rejects any new tariffs.");
    expect(holders(r)).not.toContain("ruritania");
  });

  it("takes the clause before a verb that is followed only by an adjunct", () => {
    const r = run("Ruritania will close the border, Anna Berg said at her weekly briefing.");
    expect(exact(r)).toEqual(["Ruritania will close the border"]);
  });

  it("drops the article a following subject leaves at the end of a clause", () => {
    const r = run(
      "The border will stay closed until spring, the government spokesman Jan Kowal said.",
    );
    expect(exact(r)).toEqual(["The border will stay closed until spring"]);
  });

  it("drops a clause cut off at a preposition", () => {
    const r = run(
      "Paul Dorn justified the tariffs by pointing out the trade deficit with Ruritania.",
    );
    expect(exact(r).some((e) => /\bby$/u.test(e))).toBe(false);
  });

  it("does not split coordinated nouns or adjectives as if they were verb phrases", () => {
    const r = run(
      "Anna Berg announced a 25% tariff on steel and a 10% tariff on aluminum in March, but offered exemptions to Ruritania.",
    );
    expect(r.statements).toHaveLength(1);
  });

  it("splits a clause coordinated with its own subject and auxiliary", () => {
    const r = run(
      "Anna Berg said the talks have not yet decided how to end the war, and support for Ruritania will continue after May.",
    );
    expect(exact(r)).toHaveLength(2);
    expect(exact(r)[1]).toBe("support for Ruritania will continue after May.");
  });

  it("reads a quotation the attribution interrupts as one statement", () => {
    const r = run(
      "“In all of these talks,” the government spokesman Jan Kowal said, “Ruritania is focused on quotas that restrain imports.”",
    );
    expect(exact(r)).toEqual([
      "In all of these talks,” the government spokesman Jan Kowal said, “Ruritania is focused on quotas that restrain imports.",
    ]);
  });

  it("joins a quotation's short sentence to the one before it and drops a run of questions", () => {
    const r = run(
      "“Ruritania lied about its weapons program for years. The files prove it did,” Anna Berg said.",
    );
    expect(exact(r)).toEqual([
      "Ruritania lied about its weapons program for years. The files prove it did",
    ]);
    const q = run(
      "“Was it a warning to Ruritania? Or was it a bluff aimed at voters?” said Anna Berg.",
    );
    expect(q.statements).toEqual([]);
  });

  it("keeps the quotations a French verb closes, not the adjunct after its inverted subject", () => {
    const r = fr(
      "En raison de la tension, « il a été convenu entre les deux capitales » selon l'accord « que le gazoduc restera fermé », a déclaré Anna Berg sur la chaîne publique, au moment où les voisins craignent une invasion.",
    );
    expect(exact(r).some((e) => e.includes("chaîne"))).toBe(false);
    expect(holders(r)).toContain("minister");
  });

  it("takes no Russian content from a verb after a comma that only names its speaker", () => {
    const r = ru(
      "Анна Берг заявила послам, что граница будет закрыта, сообщил во вторник сотрудник парламента.",
    );
    expect(exact(r).some((e) => e.includes("сотрудник"))).toBe(false);
  });

  it("keeps a participle that opens a Russian reported clause inside it", () => {
    const r = ru(
      "Анна Берг заявила, что, призвав Руританию к переговорам, соседи признали свою слабость.",
    );
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)[0]).toContain("призвав");
  });

  it("reads 'called X “Y”' as words naming a thing, and 'called X' alone as nothing", () => {
    const r = run(
      "Anna Berg called the treaty “a historic mistake,” and said the border must stay closed.",
    );
    expect(holders(r)).toEqual(["minister", "minister"]);
    expect(exact(r)[0]).toContain("a historic mistake");
    expect(exact(r)[1]).toBe("the border must stay closed.");
    expect(run("Anna Berg called Paul Dorn on Monday about the border.").statements).toEqual([]);
  });

  it("reads a relative clause's gap as what its subject said of the antecedent", () => {
    const r = run(
      "Paul Dorn delayed the tariffs, putting off a showdown that Anna Berg warned could escalate into a trade war.",
    );
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["a showdown that Anna Berg warned could escalate into a trade war."]);
  });

  it("takes the noun before a relative clause without 'that' as a stance verb's object", () => {
    const r = run("Paul Dorn arrived with a new treaty — an option Ruritania has flatly rejected.");
    expect(holders(r)).toEqual(["ruritania"]);
    expect(exact(r)).toEqual(["an option Ruritania has flatly rejected"]);
  });

  it("splits reported words at a contrast or a sequel with a verb of its own", () => {
    const r = run(
      "Anna Berg said the delay was “positive,” but the steel industry needed protection.",
    );
    expect(exact(r)).toEqual(["the delay was “positive", "the steel industry needed protection."]);
    const then = run(
      "Paul Dorn said Ruritania lied about its army, then cheated by hiding its weapons.",
    );
    expect(exact(then)).toEqual([
      "Ruritania lied about its army",
      "cheated by hiding its weapons.",
    ]);
    // A verb right after "but" continues the narration; "but that" restates the complementiser.
    expect(
      exact(run("Paul Dorn said the tariffs were harmful, but that they should stay for now.")),
    ).toHaveLength(1);
  });

  it("reads a headline's infinitive or colon without a reporting verb as the actor's position", () => {
    const r = run(
      "Ruritania to close its border with the north: report\n\nThe decision came on Monday.",
    );
    expect(holders(r)).toEqual(["ruritania"]);
    expect(exact(r)).toEqual(["Ruritania to close its border with the north"]);
    expect(r.statements[0]?.mode).toBe("reported_intention");
    const colon = run("Paul Dorn: the treaty is dead and buried\n\nThe talks ended on Monday.");
    expect(holders(colon)).toEqual(["president"]);
    expect(exact(colon)).toEqual(["the treaty is dead and buried"]);
    // Body text with final punctuation is narration.
    expect(run("Ruritania to close its border with the north.").statements).toEqual([]);
  });

  it("gives a reaction named with the actors it came from to each of them", () => {
    const r = run(
      "But the decision triggered harsh criticism from Anna Berg and Paul Dorn and roiled markets.",
    );
    expect(holders(r).sort()).toEqual(["minister", "president"]);
    expect(exact(r)[0]).toBe("triggered harsh criticism from Anna Berg and Paul Dorn");
  });

  it("reads the paragraphs above a closing mark without an opening one as the same quotation", () => {
    const r = ru(
      'Граница должна остаться открытой.\n\nМы не примем никаких ультиматумов от соседей", - заявила Анна Берг.',
    );
    expect(holders(r)).toEqual(["minister", "minister"]);
    expect(exact(r)).toContain("Граница должна остаться открытой.");
    // A paragraph with quotation marks of its own is not part of it.
    const quoted = ru(
      'Павел Дорн назвал договор "ошибкой".\n\nМы не примем никаких ультиматумов от соседей", - заявила Анна Берг.',
    );
    const words = (s: RawStatement) => quoted.text.slice(s.evidence.start, s.evidence.end);
    expect(
      quoted.statements.some((s) => s.holder === "minister" && words(s).includes("ошибкой")),
    ).toBe(false);
    // Its own words name the treaty: the president's.
    expect(
      quoted.statements.filter((s) => words(s).includes("ошибкой")).map((s) => s.holder),
    ).toEqual(["president"]);
  });
});

describe("attribute: appositives, lists, inverted and anaphoric attributions", () => {
  it("skips a long appositive and a time word between a subject and its verb", () => {
    const r = run(
      "Anna Berg, in her first remarks on the dispute between Ruritania and Paul Dorn, today called for talks with the neighbours.",
    );
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["talks with the neighbours."]);
  });

  it("reads a French appositive closed by a dash", () => {
    const r = fr(
      "Par ailleurs la Ruritanie, jusqu'ici un grand pays de transit - redoute de perdre ses revenus.",
    );
    expect(holders(r)).toEqual(["ruritania"]);
  });

  it("gives every member of a listed subject the position", () => {
    const r = run(
      "Ruritania, Anna Berg and Paul Dorn have all insisted they will not accept quotas.",
    );
    expect(holders(r).sort()).toEqual(["minister", "president", "ruritania"]);
  });

  it("reads the words before an inverted French verb whose subject has a long title", () => {
    const r = fr(
      "La frontière restera fermée jusqu'à nouvel ordre, a indiqué dimanche soir la cheffe de la diplomatie ruritanienne.",
    );
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["La frontière restera fermée jusqu'à nouvel ordre"]);
  });

  it("ends a Russian or French clause where ', и' or ', et' opens one with its own subject", () => {
    const r = ru(
      "Руритания отказалась платить штраф, и ее высший суд постановил, что закон страны важнее.",
    );
    expect(exact(r)).toEqual(["платить штраф"]);
    const f = fr(
      "Anna Berg a déclaré que la frontière resterait fermée, et le gouvernement a annoncé des sanctions.",
    );
    expect(exact(f)).toEqual(["la frontière resterait fermée"]);
  });

  it("finds an inverted subject whose first word is a title", () => {
    const r = ru(
      '"Граница останется открытой для торговли", - заявляют также министры иностранных дел Руритании.',
    );
    expect(holders(r)).toEqual(["ministers"]);
    expect(r.statements[0]?.mode).toBe("direct_quote");
  });

  it("gives the sentence before 'С таким заявлением выступил X' or 'Об этом заявил X' to X", () => {
    const r = ru(
      "Руритания никогда не рассматривала отправку войск к границе.\n\nС таким заявлением выступил Павел Дорн.",
    );
    expect(holders(r)).toEqual(["president"]);
    expect(exact(r)).toEqual(["Руритания никогда не рассматривала отправку войск к границе."]);
    const about = ru("Переговоры с соседями будут продолжены в январе. Об этом заявила Анна Берг.");
    expect(holders(about)).toEqual(["minister"]);
    expect(exact(about)).toEqual(["Переговоры с соседями будут продолжены в январе."]);
  });

  it("reads a Russian stance whose 'за'/'против' phrase precedes the verb and its subject", () => {
    const r = ru("За диалог с соседями выступил и Павел Дорн.");
    expect(holders(r)).toEqual(["president"]);
    expect(r.statements[0]?.cuePolarity).toBe(1);
    expect(exact(r)).toEqual(["За диалог с соседями выступил и Павел Дорн."]);
  });

  it("gives a document cited again with 'также' to its issuer after a long quotation", () => {
    const filler = Array.from(
      { length: 7 },
      (_, i) => `Пункт ${i + 1} касается торговли и таможенных правил между странами.`,
    ).join(" ");
    const r = ru(
      `Руритания опубликовала заявление. В нём подчёркивается, что граница должна оставаться открытой. ${filler} ` +
        '"Мы не допустим новой эскалации", - говорится также в заявлении.',
    );
    expect(holders(r)).toEqual(["ruritania", "ruritania"]);
    expect(exact(r)[1]).toBe("Мы не допустим новой эскалации");
  });

  it("gives a participle phrase after a dateline the sentence's subject", () => {
    const r = run(
      "PARIS (Meridian Wire) - Ruritania presented new evidence on Monday, calling on Paul Dorn to drop the treaty.",
    );
    expect(holders(r)).toEqual(["ruritania"]);
    expect(exact(r)).toEqual(["Paul Dorn to drop the treaty."]);
  });

  it("reads a phrase cue whatever word follows it", () => {
    const r = run("Anna Berg has left open the possibility of a new treaty with Ruritania.");
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["of a new treaty with Ruritania."]);
  });

  it("reads set phrases of stance and worry with their clause", () => {
    const r = run("Anna Berg is concerned that the duties would hurt farmers.");
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["the duties would hurt farmers."]);
    const firm = run("Anna Berg has held firm to her demand that the border stay open.");
    expect(holders(firm)).toEqual(["minister"]);
    expect(firm.statements[0]?.cuePolarity).toBe(1);
  });

  it("splits a reported clause at 'or' before a verb phrase on another issue", () => {
    const r = run(
      "Paul Dorn has demanded legally binding security guarantees that the alliance will not grow or place its weapons close to Ruritanian territory.",
    );
    expect(exact(r)).toEqual([
      "legally binding security guarantees that the alliance will not grow",
      "place its weapons close to Ruritanian territory.",
    ]);
  });
});

describe("attribute: negation, attributions after the clause, relative clauses", () => {
  it("keeps a negated verb's negation in the evidence and leaves a trailing attribution out", () => {
    // The speaker after the comma is no actor here: the clause's subject holds what it says.
    const r = run(
      "Ruritania does not want to join the customs union, its foreign minister said on Monday.",
    );
    expect(holders(r)).toEqual(["ruritania"]);
    expect(exact(r)).toEqual(["does not want to join the customs union"]);
    expect(r.statements[0]).toMatchObject({ cue: "does not want", cuePolarity: 0 });
    const stance = run("Ruritania has never supported the plan, officials in the capital said.");
    expect(exact(stance)).toEqual(["has never supported the plan"]);
    expect(stance.statements[0]?.cuePolarity).toBe(0);
  });

  it("reads a clause followed by ', <speaker> said' as that speaker's words, negation included", () => {
    const r = run(
      "Ruritania does not want to join the customs union, Foreign Minister Anna Berg said on Monday.",
    );
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({
      holder: "minister",
      cue: "said",
      mode: "indirect_speech",
      cuePolarity: 0,
    });
    expect(exact(r)).toEqual(["Ruritania does not want to join the customs union"]);
  });

  it("reads a negated verb of rejection as keeping its object open, never as rejecting it", () => {
    const refused = run(
      "Ruritania refused to rule out sanctions, its prime minister told reporters.",
    );
    expect(holders(refused)).toEqual(["ruritania"]);
    expect(refused.statements[0]).toMatchObject({
      cue: "refused to rule out",
      cuePolarity: 0,
      mode: "indirect_speech",
    });
    expect(exact(refused)[0]).toMatch(/sanctions$/u);
    expect(exact(refused)[0]).not.toMatch(/prime minister|refused/u);
    for (const [text, cue] of [
      ["Ruritania did not rule out new sanctions against its neighbour.", "did not rule out"],
      ["Ruritania would not exclude new sanctions against its neighbour.", "would not exclude"],
      ["Ruritania hasn't rejected the proposal for a ceasefire.", "hasn't rejected"],
    ] as const) {
      const r = run(text);
      expect(r.statements).toHaveLength(1);
      expect(r.statements[0]).toMatchObject({ holder: "ruritania", cue, cuePolarity: 0 });
      expect(exact(r)[0]).not.toMatch(/\bnot\b|n't/u);
    }
    // Reported by someone else, the position is still kept open, not rejected.
    const reported = run("A senior official said Ruritania refused to rule out new sanctions.");
    expect(reported.statements).toHaveLength(1);
    expect(reported.statements[0]).toMatchObject({
      holder: "ruritania",
      cue: "refused to rule out",
      cuePolarity: 0,
    });
    // "Exclude" alone exempts ("excluded Ruritania from the tariffs"); a passive is no position.
    expect(run("Anna Berg excluded Ruritania from the new tariffs.").statements).toEqual([]);
    expect(run("Ruritania was not excluded from the talks on Monday.").statements).toEqual([]);
    expect(run("Ruritania is not believed to be ready for the talks.").statements).toEqual([]);
    // Not negated, the verb still rejects its object.
    expect(
      run("Ruritania ruled out new sanctions against its neighbour.").statements[0],
    ).toMatchObject({ cue: "ruled out", cuePolarity: -1 });
  });

  it("gives a clause with a stance verb and a trailing attribution one statement, the speaker's", () => {
    // A speaker of the clause subject's side speaks for it: the speaker holds the position.
    const r = run(
      "Ruritania opposes any change to the border by force, Prime Minister Ivo Lenk said.",
    );
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ holder: "premier", cue: "said", cuePolarity: -1 });
    expect(r.statements[0]?.mode).toBe("indirect_speech");
    expect(exact(r)).toEqual(["Ruritania opposes any change to the border by force"]);
    const own = run("Ruritania rejects the proposal, Jan Kowal said.");
    expect(own.statements).toHaveLength(1);
    expect(own.statements[0]).toMatchObject({ holder: "spokesman", cuePolarity: -1 });
    expect(exact(own)).toEqual(["Ruritania rejects the proposal"]);
    // The clause's double negative sets the polarity, not the bare verb of rejection.
    const open = run("Ruritania refused to rule out new sanctions, Ivo Lenk told reporters.");
    expect(open.statements).toHaveLength(1);
    expect(open.statements[0]).toMatchObject({ holder: "premier", cuePolarity: 0 });
    expect(exact(open)).toEqual(["Ruritania refused to rule out new sanctions"]);
    // A third party reports the subject's position, as when the attribution comes first: still one.
    const third = run("Ruritania rejects the proposal, a senior official said.");
    expect(third.statements).toHaveLength(1);
    expect(third.statements[0]).toMatchObject({ holder: "ruritania", cuePolarity: -1 });
    expect(third.statements[0]?.chain.map((h) => [h.actorKey, h.relation])).toEqual([
      ["ruritania", "said"],
      ["official", "told"],
    ]);
    const thirdOpen = run("Ruritania refused to rule out new sanctions, a senior official said.");
    expect(thirdOpen.statements).toHaveLength(1);
    expect(thirdOpen.statements[0]).toMatchObject({
      cue: "refused to rule out",
      cuePolarity: 0,
    });
  });

  it("reads 'whose leaders have said ...' as the antecedent's leaders' words, up to the clause's end", () => {
    const r = run(
      "The Northern Union, whose leaders have said they do not want to negotiate under threat, will meet on Friday.",
    );
    expect(holders(r)).toEqual(["leaders"]);
    expect(exact(r)).toEqual(["they do not want to negotiate under threat"]);
    // A parenthetical comma inside the clause does not close it; the antecedent's verb does.
    const aside = run(
      "The Northern Union, whose leaders have said the talks helped, rather than hurt, the case for a deal, meets on Friday.",
    );
    expect(exact(aside)).toEqual(["the talks helped, rather than hurt, the case for a deal"]);
    const last = run(
      "Anna Berg criticised Paul Dorn, who said the talks helped, rather than hurt, the case for a deal.",
    );
    expect(exact(last)).toContain("the talks helped, rather than hurt, the case for a deal.");
    // A mention of the members alone, without "whose": the same.
    const members = run(
      "Ruritania, whose senior official said the bloc would not negotiate under threat, sent a letter.",
    );
    expect(holders(members)).toEqual(["official"]);
    expect(exact(members)).toEqual(["the bloc would not negotiate under threat"]);
    // Without a mention for the members, the antecedent itself holds the position.
    const bare = run(
      "The Northern Union, whose ministers said the bloc would not negotiate under threat, met on Friday.",
    );
    expect(holders(bare)).toEqual(["union"]);
    expect(exact(bare)).toEqual(["the bloc would not negotiate under threat"]);
  });

  it("reads 'which has said ...' and 'who said ...' as the antecedent's words, stretched over the clause or not", () => {
    const tail = run(
      "The summit opened without Ruritania, which has said it will not attend the talks.",
    );
    expect(holders(tail)).toEqual(["ruritania"]);
    expect(exact(tail)).toEqual(["it will not attend the talks."]);
    const mid = run("Ruritania, which has said it will not attend the talks, sent a letter.", {
      stretch: {
        surface: "Ruritania, which has said it will not attend the talks",
        actorKey: "ruritania",
      },
    });
    expect(holders(mid)).toEqual(["ruritania"]);
    expect(exact(mid)).toEqual(["it will not attend the talks"]);
    const who = run("Paul Dorn, who said the border must stay open, arrived in the capital.", {
      stretch: { surface: "Paul Dorn, who said the border must stay open", actorKey: "president" },
    });
    expect(holders(who)).toEqual(["president"]);
    expect(exact(who)).toEqual(["the border must stay open"]);
    // A subject stretched up to an aside (", rather than ...") has not closed its clause there.
    const aside = run(
      "The summit opened without Ruritania, which said the talks helped, rather than hurt, the case for a deal.",
      {
        stretch: {
          surface: "Ruritania, which said the talks helped",
          actorKey: "ruritania",
        },
      },
    );
    expect(exact(aside)).toEqual(["the talks helped, rather than hurt, the case for a deal."]);
    // A background relative clause with a stance verb is still no statement.
    expect(
      run("Paul Dorn, who opposed the treaty, arrived in the capital on Monday.", {
        stretch: { surface: "Paul Dorn, who opposed the treaty", actorKey: "president" },
      }).statements,
    ).toEqual([]);
  });

  it("gives a quotation before an inverted 'said the <speaker>' to that speaker, never to an earlier one", () => {
    const r = run(
      'Paul Dorn said the vote would go ahead as planned. "We will not recognise the referendum," said the Ruritanian foreign ministry.',
    );
    expect(holders(r)).toEqual(["president", "ministry"]);
    expect(exact(r)[1]).toBe("We will not recognise the referendum");
    // An inverted speaker who is no known actor still speaks for the quotation: nobody else is given it.
    const unknown = run(
      'Paul Dorn said the vote would go ahead as planned. "We will not recognise the referendum," said the electoral commission.',
    );
    expect(holders(unknown)).toEqual(["president"]);
  });

  it("gives a clause of indecision with a trailing attribution one statement, the speaker's", () => {
    const r = run("Ruritania has yet to decide whether to join the talks, a senior official said.");
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ holder: "official", cue: "said" });
    expect(exact(r)).toEqual(["Ruritania has yet to decide whether to join the talks"]);
  });
});

describe("attribute in Russian and French: impersonal, naming, gerunds and asides", () => {
  it("gives an impersonal Russian plural verb to the place or institution it reports from", () => {
    const r = ru("В Стрельсау заявили, что граница останется закрытой.");
    expect(holders(r)).toEqual(["ruritania"]);
    expect(exact(r)).toEqual(["граница останется закрытой."]);
    const ministry = ru("В МИД Руритании считают, что переговоры зашли в тупик.");
    expect(holders(ministry)).toEqual(["ministry"]);
    const inverted = ru('"Переговоры продолжатся", - сообщили в МИД Руритании.');
    expect(holders(inverted)).toEqual(["ministry"]);
    expect(exact(inverted)).toEqual(["Переговоры продолжатся"]);
  });

  it("prefers a named subject to the place, and needs a plural verb and a known institution", () => {
    expect(holders(ru("В Стрельсау Анна Берг заявила, что граница закрыта."))).toEqual([
      "minister",
    ]);
    expect(ru("В Вене заявили, что граница останется закрытой.").statements).toEqual([]);
    // A person met in a place is no institution speaking.
    expect(ru("В Павле Дорне сомневались, что он приедет.").statements).toEqual([]);
  });

  it("reads 'как заявили в X' as an attribution phrase naming the institution", () => {
    const r = ru("Как заявили в МИД Руритании, новые санкции незаконны и бессмысленны.");
    expect(holders(r)).toEqual(["ministry"]);
    expect(exact(r)).toEqual(["новые санкции незаконны и бессмысленны."]);
  });

  it("gives a verb joined after a reported clause the main clause's subject, not the reported one's", () => {
    const r = ru(
      "Павел Дорн заявил, что Руритания не намерена отступать, и призвал соседей к диалогу.",
    );
    expect(holders(r)).toEqual(["president", "president"]);
    expect(exact(r)[1]).toBe("соседей к диалогу.");
  });

  it("gives the place, not the object's complement, a plural verb of naming that follows its object", () => {
    const r = ru("В Стрельсау решение МИД Руритании назвали «серьёзной ошибкой».");
    expect(holders(r)).toEqual(["ruritania"]);
    expect(exact(r)[0]).toContain("назвали «серьёзной ошибкой»");
  });

  it("reads a French 'on' after a place opening the sentence as that place's position", () => {
    const r = fr("À Strelsau, on dénonce une provocation inacceptable.");
    expect(holders(r)).toEqual(["ruritania"]);
    expect(r.statements[0]?.cuePolarity).toBe(-1);
  });

  it("reads a verb of naming with quoted words as the holder's characterisation, and without them as nothing", () => {
    const r = ru("Павел Дорн назвал договор «исторической ошибкой».");
    expect(holders(r)).toEqual(["president"]);
    expect(exact(r)).toEqual(["назвал договор «исторической ошибкой»"]);
    expect(ru("Павел Дорн назвал дату новой встречи.").statements).toEqual([]);
    const f = fr("Paul Dorn, de son côté, a qualifié le projet d'« erreur historique ».");
    expect(holders(f)).toEqual(["president"]);
    expect(exact(f)[0]).toContain("erreur historique");
  });

  it("gives a Russian gerund or a French participle the main clause's subject", () => {
    const r = ru("Павел Дорн поддержал переговоры, подчеркнув, что санкции должны остаться.");
    expect(holders(r)).toEqual(["president", "president"]);
    expect(exact(r)[1]).toBe("санкции должны остаться.");
    const f = fr("Anna Berg a salué l'accord, estimant que la frontière doit rester ouverte.");
    expect(holders(f)).toEqual(["minister", "minister"]);
    expect(exact(f)[1]).toBe("la frontière doit rester ouverte.");
    const en = fr(
      "« Nous resterons neutres », a affirmé Jan Kowal, tout en dénonçant les sanctions contre le pays.",
    );
    expect(holders(en)).toEqual(["spokesman", "spokesman"]);
    expect(exact(en)).toEqual(["Nous resterons neutres", "les sanctions contre le pays."]);
  });

  it("takes a gerund's subject from the sentence's opener, never from the object after it", () => {
    const r = ru("Павел Дорн выступил в парламенте, назвав Руританию «главной угрозой».");
    expect(holders(r)).toEqual(["president"]);
    expect(exact(r)).toEqual(["назвав Руританию «главной угрозой»"]);
  });

  it("reads a bare French participle as a cue only after a comma", () => {
    expect(fr("Anna Berg garde un ton menaçant envers les voisins.").statements).toEqual([]);
  });

  it("joins a verb whose object only points back to the gerund that says why", () => {
    const r = ru("Анна Берг опровергла эти сообщения, заявив, что войска остаются в казармах.");
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["опровергла эти сообщения, заявив, что войска остаются в казармах."]);
  });

  it("reads a French compound past split by an aside as one cue", () => {
    const r = fr(
      "Anna Berg a, pour sa part, conditionné sa venue à la levée des sanctions contre la Ruritanie.",
    );
    expect(holders(r)).toEqual(["minister"]);
    expect(r.statements[0]?.cue).toBe("a, pour sa part, conditionné");
    expect(exact(r)[0]).toContain("sa venue à la levée des sanctions");
  });

  it("resolves the pronoun inside 'по его словам' and 'selon lui' to the recent speaker", () => {
    const r = ru("Анна Берг заявила, что граница закрыта. По её словам, переговоры зашли в тупик.");
    expect(holders(r)).toEqual(["minister", "minister"]);
    expect(exact(r)[1]).toBe("переговоры зашли в тупик.");
    const f = fr(
      "Paul Dorn a déclaré que la frontière resterait fermée. Selon lui, les sanctions sont illégales.",
    );
    expect(holders(f)).toEqual(["president", "president"]);
  });

  it("gives a verb after 'и', 'но', 'et' or 'mais' the subject of the verb before it", () => {
    const r = ru("Павел Дорн назвал договор «ошибкой» и предложил начать новые переговоры.");
    expect(holders(r)).toEqual(["president", "president"]);
    expect(exact(r)[1]).toBe("начать новые переговоры.");
    const f = fr("Anna Berg a salué l'accord mais a rejeté toute concession territoriale.");
    expect(holders(f)).toEqual(["minister", "minister"]);
  });

  it("splits reported words at a second predicate: ', а' with its own subject, 'mais ne', ', et' before a verb", () => {
    const r = ru(
      "Анна Берг заявила, что граница «останется открытой», а делегация не приедет на переговоры.",
    );
    // The first clause is mostly its quotation, read as the minister's own words.
    expect(exact(r)).toEqual(["останется открытой", "делегация не приедет на переговоры."]);
    const f = fr(
      "Anna Berg a déclaré que la Ruritanie participera aux discussions mais ne signera aucun accord.",
    );
    expect(exact(f)).toEqual([
      "la Ruritanie participera aux discussions",
      "ne signera aucun accord.",
    ]);
    // A negated participle restates the position: one statement.
    const one = ru(
      "Анна Берг заявила, что проверки носят превентивный характер и не направлены против торговли.",
    );
    expect(one.statements).toHaveLength(1);
  });

  it("reads a French passive of stance with its agent as the agent's position", () => {
    const r = fr("La proposition a été rejetée dans la soirée par la Ruritanie.");
    expect(holders(r)).toEqual(["ruritania"]);
    expect(exact(r)).toEqual(["La proposition a été rejetée dans la soirée par la Ruritanie"]);
    expect(r.statements[0]?.cuePolarity).toBe(-1);
    const appositive = fr(
      "Le sommet a ouvert la voie à la levée des sanctions, réclamée depuis longtemps par la Ruritanie.",
    );
    expect(holders(appositive)).toEqual(["ruritania"]);
    expect(exact(appositive)[0]).toMatch(/^Le sommet .* par la Ruritanie$/u);
  });

  it("reads no position into a Russian verb that asks or a negated verb of saying", () => {
    expect(ru("Журналисты спрашивали, отказалась ли Руритания от переговоров.").statements).toEqual(
      [],
    );
    expect(ru("Павел Дорн не уточнил, когда начнутся переговоры.").statements).toEqual([]);
  });

  it("keeps a Russian negation in the words of an intention", () => {
    const r = ru("Руритания не намерена обсуждать новые санкции.");
    expect(exact(r)).toEqual(["не намерена обсуждать новые санкции."]);
  });

  it("reads 'против' as a stance only right after a subject that opens its clause", () => {
    expect(holders(ru("Руритания против новых санкций."))).toEqual(["ruritania"]);
    expect(ru("Наступление Руритании против соседей продолжается.").statements).toEqual([]);
  });

  it("does not take the medium of an interview for the speaker", () => {
    const r = ru("Павел Дорн в интервью Meridian Wire заявил, что граница будет закрыта.");
    expect(holders(r)).toEqual(["president"]);
  });

  it("skips an inverted verb's place of speaking before its subject", () => {
    const r = ru("Граница останется закрытой, заявила в среду на брифинге Анна Берг.");
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["Граница останется закрытой"]);
  });

  it("reads 'со ссылкой на X' right before its verb as that verb's adjunct, not a statement", () => {
    const r = ru("Daily Gazette со ссылкой на МИД Руритании сообщила, что граница закрыта.");
    expect(exact(r)).not.toContain("Daily Gazette");
  });

  it("reads a stance on what was said before from a verb whose object only points back", () => {
    const en = run("Ruritania denies this, and the talks have stalled.");
    expect(exact(en)).toEqual(["Ruritania denies this"]);
    const f = fr("Paul Dorn affirme que la frontière est fermée, ce que la Ruritanie dément.");
    expect(holders(f)).toEqual(["president", "ruritania"]);
    expect(exact(f)[1]).toBe("ce que la Ruritanie dément");
    expect(exact(f)[0]).toBe("la frontière est fermée");
    expect(exact(ru("Руритания это отрицает."))).toEqual(["Руритания это отрицает"]);
  });

  it("gives a pull quote standing alone as a subheading to the speaker who says it further down", () => {
    const r = fr(
      "Paul Dorn a déclaré que la frontière resterait fermée.\n\n« Une erreur vraiment historique »\n\n" +
        "« Ce traité est une erreur vraiment historique », a déclaré Anna Berg.",
    );
    const pulled = r.statements.find(
      (s) => r.text.slice(s.evidence.start, s.evidence.end) === "Une erreur vraiment historique",
    );
    expect(pulled?.holder).toBe("minister");
  });
});

describe("attribute: time frames, free relatives and overlapping spans", () => {
  it("ends a closing attribution's content before the writer's time frame, and reads the frame on its own", () => {
    const r = run(
      "Ruritania will close its border on Friday, Anna Berg said on Tuesday, a day after Paul Dorn announced that the talks had failed.",
    );
    expect(holders(r)).toEqual(["minister", "president"]);
    expect(exact(r)).toEqual([
      "Ruritania will close its border on Friday",
      "the talks had failed.",
    ]);
  });

  it("gives 'confirms what X said' to the one who confirms", () => {
    const r = run("A senior official confirms what Paul Dorn said about the border deal");
    expect(holders(r)).toEqual(["official"]);
    expect(exact(r)).toEqual(["what Paul Dorn said about the border deal"]);
  });

  it("keeps one statement when a holder's span lies inside a longer one of the same holder", () => {
    const r = run(
      "Anna Berg said the border must stay closed. Anna Berg said the border must stay closed until the talks end.",
    );
    for (const s of r.statements)
      for (const o of r.statements)
        if (s !== o && s.holder === o.holder)
          expect(o.evidence.start <= s.evidence.start && o.evidence.end >= s.evidence.end).toBe(
            false,
          );
  });
});

describe("attribute: French and Russian verbs of demand, readiness, advocacy and warning", () => {
  it.each([
    ["Anna Berg a exigé que les troupes quittent la frontière.", 1],
    ["Anna Berg s'est dite prête à rencontrer les voisins.", 0],
    ["Anna Berg a plaidé pour une reprise rapide des négociations.", 1],
    ["Anna Berg a mis en garde contre une escalade du conflit.", 0],
    ["Anna Berg a conditionné sa participation au retrait des troupes.", 0],
  ] as const)("reads '%s' as the minister's position (polarity %i)", (text, polarity) => {
    const r = fr(text);
    expect(holders(r)).toEqual(["minister"]);
    expect(r.statements[0]?.cuePolarity).toBe(polarity);
  });

  it.each([
    ["Анна Берг выступила за продолжение переговоров.", 1],
    ["Анна Берг выступала против новых санкций.", -1],
    ["Анна Берг настаивает на немедленном прекращении огня.", 1],
    ["Анна Берг призвала к немедленному прекращению огня.", 1],
    ["Анна Берг потребовала вывести войска с границы.", 1],
    ["Анна Берг предупредила о серьёзных последствиях для соседей.", 0],
  ] as const)("reads '%s' as the minister's position (polarity %i)", (text, polarity) => {
    const r = ru(text);
    expect(holders(r)).toEqual(["minister"]);
    expect(r.statements[0]?.cuePolarity).toBe(polarity);
  });
});

describe("attribute: more English reporting patterns", () => {
  it("reads 'made it clear that' as a verb of saying", () => {
    const r = run(
      "Anna Berg also made it clear that a delegation would only travel to Strelsau if trade were on the agenda.",
    );
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual([
      "a delegation would only travel to Strelsau if trade were on the agenda.",
    ]);
  });

  it("ends a stance verb's object at ', yet' and the writer's contrast after it", () => {
    const r = run(
      "The Ruritanian foreign ministry has repeatedly denied any plan to close the border, yet two frigates have patrolled the coast since Friday.",
    );
    expect(holders(r)).toEqual(["ministry"]);
    expect(exact(r)).toEqual(["any plan to close the border"]);
  });

  it("splits a second verb phrase that 'but' and a modal add without a comma, not a sequel in the perfect", () => {
    const r = run(
      "Anna Berg has said she will attend the summit but will not sit at the same table as the rebels.",
    );
    expect(holders(r)).toEqual(["minister", "minister"]);
    expect(exact(r)).toEqual([
      "she will attend the summit",
      "will not sit at the same table as the rebels.",
    ]);
    const sequel = run(
      "Paul Dorn said he could end the dispute within a day but has since changed his timeline.",
    );
    expect(exact(sequel)).toEqual([
      "he could end the dispute within a day but has since changed his timeline.",
    ]);
  });

  it("ends the reported words where another actor's clause in the present is coordinated", () => {
    const r = run(
      "Anna Berg has said she stands ready to help, and the Northern Union is following developments closely.",
    );
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["she stands ready to help"]);
    // A backshifted modal keeps the coordinated clause among the words reported.
    const reported = run(
      "Anna Berg said the talks had failed badly, and the Northern Union would suspend its aid.",
    );
    expect(holders(reported)).toContain("minister");
    expect(exact(reported).join(" ")).toContain("the Northern Union would suspend its aid");
  });

  it("gives the floor to the speaker of an absolute 'with X insisting' clause", () => {
    const r = run(
      'The Ruritanian foreign ministry called the plan a provocation, with government spokesman Jan Kowal insisting that the corridor "will stay open."',
    );
    expect(holders(r)).toEqual(["spokesman"]);
    expect(exact(r)).toEqual(['the corridor "will stay open."']);
    const described = run(
      "The Ruritanian foreign ministry described the blockade as piracy, with government spokesman Jan Kowal insisting that the corridor would stay open.",
    );
    expect(holders(described)).toEqual(["ministry", "spokesman"]);
    expect(exact(described)).toEqual(["the blockade as piracy", "the corridor would stay open."]);
  });

  it("never takes the object of 'describe' for an embedded holder", () => {
    const r = run("Paul Dorn described Ruritania's plan as an act of piracy.");
    expect(holders(r)).toEqual(["president"]);
    expect(exact(r)).toEqual(["Ruritania's plan as an act of piracy."]);
  });

  it("reads 'offered' and 'offering' as an intention, but not the noun 'offer'", () => {
    const r = run(
      "The Northern Union is offering Ruritania a seat at the table in exchange for calm.",
    );
    expect(holders(r)).toEqual(["union"]);
    expect(r.statements[0]?.mode).toBe("reported_intention");
    expect(run("The Northern Union offer was on the table for a week.").statements).toEqual([]);
  });

  it("reads the clause before a closing attribution that a concession follows", () => {
    const r = run(
      "Ruritania is preparing to close its border, a senior official confirmed, although Anna Berg has played down the idea.",
    );
    expect(exact(r)).toEqual(["Ruritania is preparing to close its border"]);
    // The concession inside a that-clause is still the speaker's.
    const inner = run(
      "Anna Berg said that, although the talks failed, Ruritania would return to the table.",
    );
    expect(holders(inner)).toEqual(["minister"]);
    expect(exact(inner)).toEqual([
      "although the talks failed, Ruritania would return to the table.",
    ]);
  });

  it("gives a person's view after 'For X,' and a quotation running on over a paragraph break to them", () => {
    const r = run(
      'Ruritania cut its aid. "Nothing will change," Paul Dorn said.\n\nFor Anna Berg, a fellow at a think tank in Strelsau, the sanctions have already failed. "The blockade has cost the rebels very little so far. The northern ports are still open to most ships.\n\n"The talks will only buy both sides more time. Nobody in the capital believes the deadline will hold."',
    );
    const bergs = r.statements.filter((s) => s.holder === "minister");
    expect(bergs.map((s) => r.text.slice(s.evidence.start, s.evidence.end))).toEqual([
      "the sanctions have already failed.",
      "The blockade has cost the rebels very little so far.",
      "The northern ports are still open to most ships.",
      "The talks will only buy both sides more time.",
      "Nobody in the capital believes the deadline will hold.",
    ]);
    expect(bergs[0]?.mode).toBe("characterisation");
    // A state is no person whose view "For X," gives.
    expect(run("For Ruritania, the winter has come early.").statements).toEqual([]);
  });
});

describe("attribute: French and Russian constructions of the press", () => {
  it("reads a French compound past with an adverb, an object pronoun or an agreeing participle", () => {
    const r = fr("La Ruritanie a d'ailleurs annoncé la fermeture de la frontière.");
    expect(holders(r)).toEqual(["ruritania"]);
    expect(r.statements[0]?.cue).toBe("a d'ailleurs annoncé");
    const p = fr(
      "Interrogé sur ces critiques, Paul Dorn les a balayées : « Nous ne céderons pas. »",
    );
    expect(holders(p)).toEqual(["president"]);
    expect(p.statements[0]?.cue).toBe("les a balayées");
    expect(exact(p)).toEqual(["Nous ne céderons pas."]);
    // A negated compound is left alone: its bare verb would read the rejection as made.
    expect(fr("Paul Dorn n'a jamais rejeté cette idée.").statements).toEqual([]);
  });

  it("gives a participle after 'et' the auxiliary and subject of the compound past before it", () => {
    const r = fr(
      "Anna Berg a jugé les propositions dangereuses et estimé que la crise relevait de la diplomatie.",
    );
    expect(holders(r)).toEqual(["minister", "minister"]);
    expect(r.statements[1]?.cue).toBe("estimé");
    expect(exact(r)[1]).toBe("la crise relevait de la diplomatie.");
  });

  it("keeps a short quotation inside the clause it stands in", () => {
    expect(exact(fr("Paul Dorn dit « examiner » toutes les options."))).toEqual([
      "« examiner » toutes les options.",
    ]);
    expect(exact(run("Paul Dorn called for “immediate” talks with Ruritania."))).toEqual([
      "“immediate” talks with Ruritania.",
    ]);
    // A quotation followed by an adjunct is still the words on its own: nothing is kept here.
    expect(exact(run("Paul Dorn said “absolutely” when asked."))).toEqual([]);
  });

  it("reads a French subject whose title and name close with a comma before the verb", () => {
    const r = fr("La porte-parole du ministère, Anna Berg, a exigé la libération des otages.");
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["la libération des otages."]);
    const s = run(
      "À Strelsau, le porte-parole du gouvernement, Jan Kowal, a appelé toutes les parties à la retenue.",
      {
        language: "fr",
        stretch: { surface: "porte-parole du gouvernement, Jan Kowal", actorKey: "spokesman" },
      },
    );
    expect(holders(s)).toEqual(["spokesman"]);
    expect(exact(s)).toEqual(["toutes les parties à la retenue."]);
  });

  it("reads an inverted French subject past the outlet the words were given to", () => {
    const r = fr(
      "« La frontière restera fermée », a affirmé au Daily Gazette Anna Berg, jointe par téléphone.",
    );
    expect(holders(r)).toEqual(["minister"]);
    expect(exact(r)).toEqual(["La frontière restera fermée"]);
  });

  it("reads the rest of an inverted subject's title and its name as no part of the words", () => {
    const r = run(
      "La Ruritanie suspend son aide, a indiqué son porte-parole pour les affaires étrangères, Jan Kowal.",
      { language: "fr", stretch: { surface: "porte-parole", actorKey: "spokesman" } },
    );
    expect(holders(r)).toEqual(["spokesman"]);
    expect(exact(r)).toEqual(["La Ruritanie suspend son aide"]);
  });

  it("reads a bare title in an attribution phrase or after an inverted verb as the speaker just quoted", () => {
    const r = ru(
      "Анна Берг заявила, что граница закрыта. По словам дипломата, переговоры зашли в тупик.",
    );
    expect(holders(r)).toEqual(["minister", "minister"]);
    expect(exact(r)[1]).toBe("переговоры зашли в тупик.");
    const q = ru(
      "«Граница закрыта», — сказал Павел Дорн. «Переговоры зашли в тупик», — добавил депутат.",
    );
    expect(holders(q)).toEqual(["president", "president"]);
    const f = fr(
      "Paul Dorn a déclaré que la frontière resterait fermée. Selon le ministre, les sanctions sont illégales.",
    );
    expect(holders(f)).toEqual(["president", "president"]);
    expect(exact(f)[1]).toBe("les sanctions sont illégales.");
  });

  it("reads a Russian short adjective of attitude after a subject with its title", () => {
    const r = ru(
      "Заместитель председателя комитета Павел Дорн уверен, что Руритания «готовит почву» для санкций.",
    );
    expect(holders(r)).toEqual(["president"]);
    expect(exact(r)).toEqual(["Руритания «готовит почву» для санкций."]);
  });

  it("reads a reflexive plural verb after a place as the place's impersonal position", () => {
    const r = ru("В Стрельсау опасаются, что инцидент станет предлогом для санкций.");
    expect(holders(r)).toEqual(["ruritania"]);
    expect(exact(r)).toEqual(["инцидент станет предлогом для санкций."]);
  });

  it("reads a Russian name given in the instrumental without quotation marks", () => {
    const r = ru("Павел Дорн еще в понедельник назвал обвинения голословными.");
    expect(holders(r)).toEqual(["president"]);
    expect(exact(r)).toEqual(["назвал обвинения голословными"]);
    // "назвал дату" names a date, no judgement.
    expect(ru("Павел Дорн назвал дату встречи.").statements).toEqual([]);
  });

  it("reads a Russian sentence opening on what is said, with the speakers after the verb", () => {
    const r = ru("О готовности направить корабли заявили Руритания и Павел Дорн.");
    expect(holders(r).sort()).toEqual(["president", "ruritania"]);
    expect(exact(r)).toEqual(["О готовности направить корабли", "О готовности направить корабли"]);
    // "Об этом" points back to the sentence before: another rule's business.
    expect(holders(ru("Об этом заявил Павел Дорн."))).toEqual([]);
  });
});

describe("attribute: English coordination, headings and closing attributions", () => {
  it("reads a heading whose verb has little or no object, but not one that only announces words", () => {
    expect(exact(run("Paul Dorn demands evidence"))).toEqual(["Paul Dorn demands evidence"]);
    expect(run("Paul Dorn responds").statements).toEqual([]);
  });

  it("reads 'followed suit' and 'a emboîté le pas' as the subject's position", () => {
    expect(exact(run("Ruritania followed suit."))).toEqual(["Ruritania followed suit."]);
    expect(holders(fr("La Ruritanie a emboîté le pas."))).toEqual(["ruritania"]);
  });

  it("reads 'was quoted as saying' as the verb of the subject before it", () => {
    const r = run('The state "considers the deal dead," the official was quoted as saying.');
    expect(holders(r)).toEqual(["official"]);
    expect(exact(r)).toEqual(["considers the deal dead"]);
  });

  it("reads a subject stretched over its relative clause up to the clause's comma", () => {
    const r = run(
      "A senior official, who asked not to be named because the talks were secret, said Ruritania would sign.",
      {
        stretch: { surface: "A senior official, who asked not to be named", actorKey: "official" },
      },
    );
    expect(holders(r)).toEqual(["official"]);
    expect(exact(r)).toEqual(["Ruritania would sign."]);
  });

  it("reads how an actor describes itself as no position", () => {
    expect(
      run("Ruritania, which describes itself as a neutral state, runs a port.").statements,
    ).toEqual([]);
  });

  it("reads 'told' followed by its hearer alone as closing the words before it", () => {
    expect(
      exact(
        run(
          "Ruritania will reopen the border, Paul Dorn told the parliament's foreign affairs and defence committee.",
        ),
      ),
    ).toEqual(["Ruritania will reopen the border"]);
    expect(
      exact(
        run(
          'Anna Berg spoke. Any intervention would be "unacceptable," she told a weekly briefing.',
        ),
      ),
    ).toEqual(['Any intervention would be "unacceptable,"']);
    // A hearer followed by a clause of its own is told that clause: the words are kept.
    expect(
      exact(run("Paul Dorn told the committee Ruritania would reopen the border."))[0],
    ).toContain("Ruritania would reopen the border");
  });

  it("reads a closing attribution followed by the writer's participle clause", () => {
    const r = run(
      "Ruritania will close the border, Paul Dorn said on Monday, hardening his tone a week after the talks.",
    );
    expect(holders(r)).toEqual(["president"]);
    expect(exact(r)).toEqual(["Ruritania will close the border"]);
  });

  it("gives a verb after 'and' or 'but' the opening subject whose first verb is no cue", () => {
    const r = run(
      "The Northern Union summoned the envoy and demanded that the border be reopened.",
    );
    expect(holders(r)).toEqual(["union"]);
    expect(exact(r)).toEqual(["the border be reopened."]);
    const b = run("Anna Berg declined to comment on the figure but said the border would reopen.");
    expect(holders(b)).toEqual(["minister"]);
    // "but" coordinates verbs of one subject too: the first object ends there.
    expect(exact(run("Anna Berg backed the plan but urged caution."))).toEqual(["the plan"]);
  });

  it("splits repeated infinitives and a raising verb into positions of their own", () => {
    expect(
      exact(
        run("Paul Dorn urged the government to close the ports and to review the fishing quotas."),
      ),
    ).toEqual(["the government to close the ports", "review the fishing quotas."]);
    // "and to the ship" coordinates objects.
    expect(
      exact(run("Paul Dorn urged the government to give access to the crew and to the ship.")),
    ).toHaveLength(1);
    expect(
      exact(
        run(
          "The Northern Union has demanded Dorn's release and is expected to cut its aid to Ruritania.",
        ),
      ),
    ).toEqual(["Dorn's release", "is expected to cut its aid to Ruritania."]);
  });

  it("ends the words where another actor opens a clause of its own after 'and'", () => {
    const r = run(
      "Ruritania has refused to take part and Paul Dorn and Anna Berg are strongly against it.",
    );
    expect(
      r.statements
        .filter((s) => s.holder === "ruritania")
        .map((s) => r.text.slice(s.evidence.start, s.evidence.end)),
    ).toEqual(["to take part"]);
  });

  it("reads a progressive verb after adverbs and a hedge's raising verb with the subject before them", () => {
    expect(
      holders(run("Ruritania is also reportedly thinking about cutting gas exports.")),
    ).toEqual(["ruritania"]);
    const r = run("The Northern Union is said to be preparing new sanctions against Ruritania.");
    expect(holders(r)).toEqual(["union"]);
    expect(exact(r)).toEqual(["new sanctions against Ruritania."]);
  });

  it("reads 'was careful to' as an attitude", () => {
    const r = run("Anna Berg, however, was careful to separate the ship from the state.");
    expect(holders(r)).toEqual(["minister"]);
  });
});
