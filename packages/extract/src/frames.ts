/**
 * Issue frames: a curated lexicon of the recurring kinds of political issue (membership of an
 * alliance, sanctions, tariffs, a nuclear deal, ending a war ...), each with the words that evoke it,
 * the words that push against its proposition, and how to name it once its slots are filled.
 * Topics are induced by matching statements to these frames; nothing here names a particular story.
 */

/** Slots filled from the entities a statement mentions (or, failing that, its document's main ones). */
export interface FrameSlots {
  /** A state the issue is about (Ukraine, Iran, the EU as a trading bloc ...). */
  state: string | null;
  /** An organization the issue is about (NATO, the EU, the WTO ...). */
  org: string | null;
  /** Another actor the holder deals with (the other side of talks). */
  counterpart: string | null;
}

export interface Frame {
  key: string;
  /** More specific frames win when several match; e.g. a tariff exemption over tariffs. */
  priority: number;
  /** Patterns evoking the frame in the direction of its proposition (lowercased text; regex sources). */
  pro: string[];
  /** Patterns evoking the frame against its proposition. */
  con?: string[];
  /** Words against the proposition evoke the frame on their own when an organization is named ("exclusion from the alliance"). */
  conAloneWithOrg?: boolean;
  /** Words against the proposition evoke the frame on their own ("a military build-up"). */
  conAlone?: boolean;
  /** The holder's own side never fills a slot: talks and relations are with someone else. */
  otherSideOnly?: boolean;
  /** The state slot is the object after the frame's word ("Russia invades Ukraine"), not the agent before it. */
  slotAfter?: boolean;
  /**
   * The measure's words ("tariffs", "sanctions"): the state slot is its target, so a state that
   * imposes it ("U.S. tariffs", "sanctions imposed by Washington", for an exemption "exempted from
   * American duties") never fills the slot. A regex source, matched case-insensitively.
   */
  measure?: string;
  /** With no target named, the holder's own side is the one the issue is about (it wants the exemption). */
  selfWhenUnnamed?: boolean;
  /** The organization slot needs the clause to name it or say "the alliance": no guess from context. */
  orgNamed?: boolean;
  /** The frame's words are too common to evoke it unless an organization is named ("reduce" alone is not about NATO). */
  needsOrg?: boolean;
  /**
   * Substrings one of which every match of the frame contains (its pro patterns, and its con
   * patterns when they evoke it alone): a cheap test that spares the full patterns on most clauses.
   * A leading `^` anchors one at a word start, as every pattern's first word is. Every gate of the
   * lexicon is tested in one pass over a clause (see `gateHits`); a frame without one always runs.
   */
  gate?: string[];
  /**
   * A definite description that names the frame's object once a document has introduced it ("the
   * agreement", "the pact" after "the nuclear deal"): a clause saying only that takes the frame
   * the rest of its document names outright. Regex sources, matched on lowercased text.
   */
  anaphor?: string[];
  /** A broader frame this one refines. */
  parent?: string;
  /** Which slots the label needs; a frame without its required slot falls back to its generic label. */
  label(slots: FrameSlots): string;
  proposition(slots: FrameSlots): string;
}

const W = (s: string) => `(?<![\\p{L}\\p{N}])(?:${s})(?![\\p{L}\\p{N}])`;
/** A word prefix (stem) match, for inflected languages: "вступлени", "санкци". */
const STEM = (s: string) => `(?<![\\p{L}\\p{N}])(?:${s})`;

/** One word of any script, with an apostrophe or hyphen inside ("alliance's", "so-called"). */
const WORD = "[\\p{L}'’-]+";
/**
 * What "reduce", "cut" or "scale back" act on when the talk is of trade or budgets, not of an
 * organization's forces or role ("reduce its tariffs", "curtail imports"): after the verb, such an
 * object keeps the clause out of the scaling-back frame.
 */
const NOT_FORCES = `(?! (?:${"[\\p{L}'’-]+"} ){0,2}?(?:tariffs?|tax(?:es)?|duties|imports?|exports?|surplus(?:es)?|deficits?|emissions|prices?|rates?|costs?|spending|budgets?|debts?|subsid(?:y|ies)|quotas?|barriers?|trade|production|output|interest)(?![\\p{L}]))`;
/**
 * "The deal", "this agreement", "the 2015 accord", "l'accord", "сделка": what a document calls an
 * agreement it has already named. Not "a deal" or "any deal", which may be another one.
 */
const DEAL_ANAPHOR = `(?<![\\p{L}])(?:(?:the|this|that)(?: [\\p{L}\\p{N}'’-]+)? (?:deal|agreement|accord|pact)|(?:l['’]|cet )accord|(?:эт[\\p{L}]+ )?(?:сделк|соглашени)[\\p{L}]*)(?![\\p{L}])`;
/** Trade measures, as the word after the state that imposes them ("U.S. steel tariffs"). */
const TARIFF_WORDS = "tariffs?|duties|levies|пошлин[\\p{L}]*|droits de douane";
/** Verbs and nouns of drawing forces down. */
const REDUCE =
  "withdraw(?:s|ing|al|n)?|pull(?:s|ed|ing)? (?:back|out)|scal(?:e|es|ed|ing) (?:back|down)|roll(?:s|ed|ing)? back|reduc(?:e|es|ed|ing|tion)|cut(?:s|ting)?|draw(?:s|ing)? down|drawdown|remov(?:e|es|ed|al)|de-?escalat(?:e|es|ed|ing|ion)";
/** Where forces stand. */
const POSTURE =
  "(?:military |troop |armed )?(?:presence|deployments?|infrastructure|contingents?)|troops|forces|bases";

export const FRAMES: Frame[] = [
  {
    key: "membership",
    gate: [
      "^join",
      "^member",
      "^accession",
      "^admi",
      "^integration into",
      "^вступ",
      "^членств",
      "^adhésion",
      "^adhérer",
      "^rejoindre",
      "^exclu",
      "^out of",
      "^ties with",
      "^prevent",
      "^bar",
      "^delay",
      "^postpon",
    ],
    priority: 90,
    conAloneWithOrg: true,
    pro: [
      W("join(?:s|ed|ing)?"),
      W("membership"),
      W("accession"),
      // "admit" as letting in, never as confessing ("admitted their inability").
      W(
        `admi(?:t|ts|tted|tting) (?:${WORD} ){1,3}?(?:into|as (?:a )?(?:new )?members?)|admission (?:of|to|into)`,
      ),
      W("become (?:a )?members?"),
      W("integration into"),
      STEM("вступлени|вступит|вступать|членств"),
      W("adhésion|adhérer|rejoindre"),
    ],
    con: [
      W("exclu(?:de|ded|des|ding|sion)"),
      W("keep(?:s|ing)? [\\p{L}'’ ]{0,30} out of"),
      W("cut(?:s|ting)? (?:its |their )?ties with"),
      // Only with membership in sight: "delay a decision on tariffs on the EU" is no accession.
      W(
        "(?:prevent(?:s|ed|ing)?|bar(?:s|red|ring)?|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing))(?= (?:[\\p{L}'’-]+ ){0,5}?(?:join|member|accession|entry|admission|entering|вступ|adhésion))",
      ),
    ],
    label: (s) =>
      s.state && s.org
        ? `${possessive(s.state)} ${s.org} membership`
        : s.org
          ? `Membership of ${s.org}`
          : "Alliance membership",
    proposition: (s) => `${s.state ?? "The country"} should join ${s.org ?? "the alliance"}.`,
  },
  {
    key: "neutrality",
    gate: ["^neutral", "^non-aligned", "^limited", "^demilitari", "^нейтральн", "^демилитариз"],
    priority: 80,
    pro: [
      W("neutral(?:ity)?(?: state| status| country)?"),
      W("non-aligned"),
      W("limited (?:military|army|armed forces)"),
      W("demilitari[sz](?:e|ed|ation)"),
      STEM("нейтральн|демилитариз"),
      W("neutralité"),
    ],
    label: (s) =>
      `${s.state ? possessive(s.state) : "A"} neutrality`.replace(/^A neutrality$/, "Neutrality"),
    proposition: (s) => `${s.state ?? "The country"} should become a neutral state.`,
  },
  {
    key: "military_presence",
    gate: [
      "^withdraw",
      "^pull",
      "^scal",
      "^roll",
      "^curtail",
      "^reduc",
      "^diminish",
      "^weaken",
      "^back to",
      "^отвод",
      "^сокращени",
      "^вывод",
      "^retrait",
      "^réduction",
      "^réduire",
    ],
    priority: 85,
    orgNamed: true,
    needsOrg: true,
    pro: [
      W("withdraw(?:s|ing|al|n)?"),
      W("pull(?:s|ed|ing)? (?:back|out)"),
      W(`scal(?:e|es|ed|ing) (?:back|down)${NOT_FORCES}`),
      W(`roll(?:s|ed|ing)? back${NOT_FORCES}`),
      W(`curtail(?:s|ed|ing)?${NOT_FORCES}`),
      W(`reduc(?:e|es|ed|ing|tion)${NOT_FORCES}`),
      W(`diminish(?:es|ed|ing)?${NOT_FORCES}`),
      W("weaken(?:s|ed|ing)?"),
      W("(?:return|go) back to (?:its |the )?\\d{4} borders"),
      STEM("отвод|сокращени|вывод"),
      W("retrait|réduction|réduire"),
    ],
    con: [
      W("expan(?:d|ds|ded|ding|sion)"),
      W("enlarg(?:e|es|ed|ing|ement)"),
      W("strengthen(?:s|ed|ing)?"),
      W("reinforc(?:e|es|ed|ing|ement)"),
      STEM("расширени"),
    ],
    label: (s) => `Scaling back ${s.org ?? "the military presence"}`,
    proposition: (s) => `${s.org ?? "The alliance"} should scale back its presence and role.`,
  },
  {
    key: "force_posture",
    gate: [
      "^presence",
      "^deployment",
      "^infrastructure",
      "^contingent",
      "^troops",
      "^forces",
      "^bases",
      "^border",
      "^lines",
      "^positions",
      "^отвод",
      "^вывод",
      "^сокращени",
      "^retrait",
      "^réduire",
      "^build-up",
      "^buildup",
      "^massing",
      "^amass",
      "^soldiers",
      "^flank",
      "^наращивани",
      "^стягивани",
      "^войск",
      "^сил",
      "^военн",
      "^renforcement",
      "^concentration de troupes",
    ],
    priority: 87,
    parent: "military_presence",
    orgNamed: true,
    conAlone: true,
    pro: [
      W(`(?:${REDUCE}) (?:${WORD} ){0,5}?(?:${POSTURE})`),
      W(
        `(?:${POSTURE}) (?:${WORD} ){0,3}?(?:near|along|on|at|close to|around) (?:${WORD} ){0,2}?borders?`,
      ),
      W(`withdraw(?:s|ing|al|n)? (?:${WORD} ){0,3}?from (?:${WORD} ){0,3}?borders?`),
      W("\\d{4} (?:borders|lines|positions)"),
      STEM(
        "отвод[а-я]* (?:войск|сил)|вывод[а-я]* (?:войск|сил|военн|инфраструктур)|сокращени[а-я]* (?:военного )?присутстви",
      ),
      W("retrait des (?:troupes|forces)|réduire (?:sa |leur )?présence"),
    ],
    con: [
      W("(?:military |troop )?build-?ups?|massing|amass(?:es|ed|ing)"),
      W(`increas(?:e|es|ed|ing) (?:${WORD} ){0,3}?(?:presence|troops|forces)`),
      W(
        `(?:send|deploy|move)(?:s|ed|ing)? (?:more|additional|extra) (?:${WORD} ){0,4}?(?:troops|forces|soldiers)`,
      ),
      W(`(?:reinforc|strengthen)(?:e|es|ed|ing|s)? (?:${WORD} ){0,3}?(?:presence|flank|forces)`),
      STEM("наращивани[а-я]* (?:войск|сил|военн)|стягивани[а-я]* (?:войск|сил)"),
      STEM(
        "(?:направ|перебро[сш]|развер[нт]|отправ)[а-я]* (?:больше|дополнительн[а-я]*) (?:[а-я]+ ){0,3}?(?:войск|сил|военн)",
      ),
      W("renforcement militaire|concentration de troupes"),
    ],
    // Whose forces: an organization the clause names; a state slot would mostly hold the border's owner.
    label: (s) => (s.org ? `${possessive(s.org)} military presence` : "Troop deployments"),
    proposition: (s) =>
      `${s.org ?? "The forces concerned"} should scale back their military presence.`,
  },
  {
    key: "territorial_concessions",
    gate: [
      "^territor",
      "^land",
      "^ced",
      "^cession",
      "^обмен",
      "^территори",
      "^уступ",
      "^échange",
      "^concessions",
      "^céder",
    ],
    priority: 67,
    parent: "territory",
    pro: [
      W(
        `(?:exchang|swap|trad)(?:e|es|ed|ing)? (?:of )?(?:${WORD} ){0,2}?(?:territor(?:y|ies)|lands?)`,
      ),
      W("(?:land|territor(?:y|ial)) (?:swaps?|exchanges?|concessions?|compromises?)"),
      W("ced(?:e|es|ed|ing)|cession"),
      W(`(?:give|gives|giving|gave) up (?:${WORD} ){0,3}?(?:territor(?:y|ies)|lands?)`),
      STEM("обмен[а-я]* территори|территориальн[а-я]* уступк|уступ[а-я]* территори"),
      W("échange(?:s)? de territoires|concessions territoriales|céder"),
    ],
    label: (s) => `Territorial concessions${s.state ? ` in ${s.state}` : ""}`,
    proposition: (s) =>
      `Territory${s.state ? ` in ${s.state}` : ""} should be exchanged or ceded for a settlement.`,
  },
  {
    key: "peace_plan",
    gate: ["^peace", "^plan", "^propos", "^initiative", "^blueprint", "^roadmap", "^мирн"],
    priority: 61,
    parent: "end_war",
    pro: [
      W("peace (?:plans?|proposals?|initiatives?|formula|framework|blueprint|roadmap|terms)"),
      // "plan" only as a noun: after a determiner or possessive, never "he plans to end the war".
      W(
        `(?:(?:the|a|an|his|her|their|its|our|any|new|this|that|${WORD}['’]s) (?:${WORD} )?plans?|proposals?|initiatives?|blueprints?|roadmaps?) (?:${WORD} ){0,4}?(?:for|to end|on) (?:${WORD} ){0,2}?(?:war|conflict|settlement)`,
      ),
      STEM("мирн[а-я]+ (?:план|предложени|инициатив)"),
      W("plan de paix|propositions? de paix"),
    ],
    label: () => "Peace proposals",
    proposition: () => "The peace proposals on the table should be accepted.",
  },
  {
    key: "end_war",
    gate: [
      "^end",
      "^war",
      "^conflict",
      "^fighting",
      "^resol",
      "^peace",
      "^ceasefire",
      "^cease-fire",
      "^truce",
      "^armistice",
      "^suspend",
      "^deal",
      "^agreement",
      "^settlement",
      "^accord",
      "^прекращени",
      "^мирн",
      "^перемири",
      "^cessez",
      "^fin de la guerre",
    ],
    priority: 60,
    pro: [
      W(
        "end(?:s|ed|ing)? (?:to )?(?:the |this |that |a )?(?:[\\p{L}-]+ )?(?:war|conflict|fighting|hostilities)",
      ),
      W("(?:war|conflict|fighting) (?:over|to end|could end|can end|will end|ends)"),
      W("get (?:the |that |this )?war over"),
      W("resol(?:ve|ves|ved|ving|ution)(?: to| of)? (?:the |this |that )?(?:war|conflict)"),
      W("peace (?:deal|agreement|settlement|plan|talks|process|efforts|summit|proposals?)"),
      W("ceasefire|cease-fire|truce|armistice"),
      W("suspend(?:ing)? hostilities"),
      W(
        "(?:war|conflict|fighting) (?:could|can|would|will|might|should) (?:be )?(?:resolved|ended|settled|over|end)",
      ),
      W(
        "(?:reach|strike|broker|secure|negotiate)(?:s|d|ed|ing)? (?:a |an )?(?:peace )?(?:deal|agreement|settlement|accord) between",
      ),
      W("stop (?:the |this )?(?:war|fighting)"),
      STEM(
        "прекращени[еяю] (?:войны|огня|конфликта)|мирн[а-я]+ (?:переговор|соглашени|урегулировани)|перемири",
      ),
      W("cessez-le-feu|fin de la guerre|accord de paix"),
    ],
    con: [W("continu(?:e|es|ed|ing) (?:the )?(?:war|fighting)"), W("escalat(?:e|es|ed|ing|ion)")],
    // Unqualified: the two sides of a war rarely name the country it is "in" the same way.
    label: () => "Ending the war",
    proposition: () => "The war should be ended through a settlement.",
  },
  {
    key: "talks",
    gate: [
      "^meet",
      "^summit",
      "^talks",
      "^negotiat",
      "^sit down with",
      "^dialogue",
      "^discuss",
      "^переговор",
      "^встреч",
      "^négociation",
      "^rencontre",
      "^sommet",
    ],
    otherSideOnly: true,
    priority: 40,
    pro: [
      W("meet(?:s|ing)?(?: with)?"),
      W("summit"),
      W("talks"),
      W("negotiat(?:e|es|ed|ing|ions?)"),
      W("sit down with"),
      W("dialogue"),
      // Discussing a means ("ways to", "options for") or with someone is talking; discussing an issue
      // ("discussing the budget") leaves the issue as the head.
      W(
        "discuss(?:es|ed|ing|ions?)? (?:with|ways|how|options|means|steps|possibilities|the (?:possibility|prospects?|options))",
      ),
      STEM("переговор|встреч"),
      W("négociations?|rencontre|sommet"),
    ],
    con: [W("refus(?:e|es|ed|ing) to (?:meet|talk|negotiate)"), W("no (?:talks|negotiations)")],
    label: (s) => (s.counterpart ? `Talks with ${s.counterpart}` : "Negotiations"),
    proposition: (s) => `Talks${s.counterpart ? ` with ${s.counterpart}` : ""} should take place.`,
  },
  {
    key: "military_aid",
    gate: [
      "^military",
      "^provide",
      "^send",
      "^supply",
      "^deliver",
      "^weapons",
      "^arms",
      "^support for",
      "^военн",
      "^поставк",
      "^aide militaire",
      "^livraisons",
    ],
    priority: 70,
    pro: [
      W("military (?:aid|support|assistance|help)"),
      W(
        "(?:provide|send|supply|deliver)(?:s|ed|ing)? (?:[\\p{L}-]+ )?(?:weapons|arms|ammunition|missiles|tanks)",
      ),
      W("weapons (?:deliveries|supplies|shipments)"),
      W("arms (?:deliveries|supplies|sales)"),
      // Frames match lowercased text, so "support for" a name is told from "support for the efforts" by
      // the missing determiner.
      W(
        "support for (?!(?:the|a|an|this|that|these|those|its|their|his|her|our|any|such|all)(?![\\p{L}]))[\\p{L}-]+",
      ),
      STEM("военн[а-я]+ помощ|поставк[а-я]* оружи"),
      W("aide militaire|livraisons d'armes"),
    ],
    con: [
      W("halt(?:s|ed|ing)?"),
      W("withhold(?:s|ing)?"),
      W("cut(?:s|ting)? off"),
      W("stop(?:s|ped|ping)? (?:sending|supplying)"),
    ],
    label: (s) => `Military support for ${s.state ?? "the war effort"}`,
    proposition: (s) => `${s.state ?? "The country"} should keep receiving military support.`,
  },
  {
    key: "backing",
    gate: [
      "^stand",
      "^solidarity",
      "^sid",
      "^солидарн",
      "^solidarité",
      "^aux côtés",
      "^abandon",
      "^betray",
      "^turn",
    ],
    priority: 58,
    conAlone: true,
    pro: [
      W("stand(?:s|ing)? (?:firmly |shoulder to shoulder )?(?:with|behind)"),
      W("(?:solidarity|sid(?:e|es|ed|ing)) with"),
      STEM("солидарн[а-я]* с"),
      W("solidarité avec|aux côtés d"),
    ],
    con: [
      W("abandon(?:s|ed|ing)?"),
      W("betray(?:s|ed|ing|al)?"),
      W("turn(?:s|ed|ing)? (?:its|their|his|her|our) backs? on"),
    ],
    label: (s) => `Backing for ${s.counterpart ?? s.state ?? "an ally"}`,
    proposition: (s) => `${s.counterpart ?? s.state ?? "The ally"} should be backed.`,
  },
  {
    key: "weapons_use",
    gate: ["^weapons", "^arms", "^missiles", "^use"],
    priority: 72,
    parent: "military_aid",
    pro: [
      W("(?:weapons|arms|missiles) (?:can|could|may|should) (?:be used|strike)"),
      W("(?:used|use) against"),
    ],
    label: (s) => `Use of supplied weapons${s.state ? ` against ${s.state}` : ""}`,
    proposition: (s) => `Supplied weapons may be used${s.state ? ` against ${s.state}` : ""}.`,
  },
  {
    key: "territory",
    gate: [
      "^territor",
      "^occupied",
      "^annex",
      "^control over",
      "^land for peace",
      "^территори",
      "^аннекси",
    ],
    priority: 65,
    pro: [
      W("territor(?:y|ies|ial)"),
      W("occupied"),
      W("annex(?:ed|ation)?"),
      W("(?:de facto )?control over"),
      W("land for peace"),
      STEM("территори|аннекси"),
      W("territoire|annexion"),
    ],
    label: (s) => `Control of territory${s.state ? ` in ${s.state}` : ""}`,
    proposition: (s) => `${s.state ?? "The country"} should regain control of all its territory.`,
  },
  {
    key: "security_guarantees",
    gate: ["^security", "^гаранти", "^garantie"],
    priority: 75,
    pro: [
      W("security (?:guarantees?|agreements?|arrangements?|assurances?|pact)"),
      STEM("гаранти[а-я]* безопасност"),
      W("garanties? de sécurité"),
    ],
    label: (s) => `Security guarantees${s.state ? ` for ${s.state}` : ""}`,
    proposition: (s) => `${s.state ?? "The country"} should receive security guarantees.`,
  },
  {
    key: "peacekeepers",
    gate: [
      "^peacekeep",
      "^on the ground",
      "^deploy",
      "^миротворц",
      "^casques bleus",
      "^forces de maintien",
    ],
    priority: 78,
    pro: [
      W("peacekeep(?:ers|ing(?: force| troops| mission)?)"),
      W("(?:troops|boots) on the ground"),
      W("deploy(?:s|ed|ing|ment of)? (?:[\\p{L}-]+ )?(?:troops|forces|soldiers|peacekeepers)"),
      STEM("миротворц"),
      W("casques bleus|forces de maintien de la paix"),
    ],
    label: (s) => `Foreign troops${s.state ? ` in ${s.state}` : ""}`,
    proposition: (s) =>
      `Foreign troops or peacekeepers should be deployed${s.state ? ` in ${s.state}` : ""}.`,
  },
  {
    key: "sanctions",
    gate: ["^sanction", "^embargo", "^restrictive measures", "^penalt", "^санкци"],
    priority: 70,
    pro: [
      W("sanctions?"),
      W("embargo(?:es)?"),
      W("restrictive measures"),
      W("penalt(?:y|ies)"),
      STEM("санкци"),
      W("sanctions?"),
    ],
    con: [W("lift(?:s|ed|ing)?"), W("eas(?:e|es|ed|ing)"), W("relief"), W("remov(?:e|es|ed|ing)")],
    measure: "sanctions?|embargo(?:es)?|санкци[\\p{L}]*",
    label: (s) => `Sanctions${s.state ? ` on ${s.state}` : ""}`,
    proposition: (s) => `Sanctions${s.state ? ` on ${s.state}` : ""} should be imposed or kept.`,
  },
  {
    key: "tariffs",
    gate: [
      "^tariff",
      "^duties",
      "^levies",
      "^trade barriers",
      "^пошлин",
      "^droits de douane",
      "^tarifs douaniers",
    ],
    priority: 60,
    pro: [
      W("tariffs?"),
      W("duties"),
      W("levies"),
      W("trade barriers"),
      W("impose(?:s|d)? (?:[\\p{L}-]+ )?(?:tariffs|duties)"),
      STEM("пошлин"),
      W("droits de douane|tarifs douaniers"),
    ],
    con: [W("retaliat(?:e|es|ed|ing|ion|ory)"), W("trade war")],
    measure: TARIFF_WORDS,
    label: (s) => `Tariffs${s.state ? ` on ${s.state}` : ""}`,
    proposition: (s) => `Tariffs${s.state ? ` on ${s.state}` : ""} should be imposed.`,
  },
  {
    key: "tariff_exemption",
    gate: [
      "^exempt",
      "^waiver",
      "^reprieve",
      "^carve-out",
      "^deadline",
      "^delay",
      "^postpon",
      "^defer",
      "^отлож",
      "^отсроч",
      "^report",
      "^repouss",
    ],
    priority: 88,
    parent: "tariffs",
    pro: [
      W("exempt(?:s|ed|ion|ions)?"),
      W("waivers?"),
      W("reprieve"),
      W("carve-outs?"),
      W("(?:extend|extension of|extended) (?:the )?(?:deadline|exemptions?)"),
      W("permanent exemption"),
      // Putting tariffs off is a reprieve for whoever they would hit ("delayed a decision on the
      // tariffs for the EU"): the same position as extending its exemption.
      W(
        `(?:(?:delay|postpone|defer)(?:s|ed|ing|ment)?|отлож[\\p{L}]*|отсроч[\\p{L}]*|(?:report|repouss)(?:er|é|ée|és|e|ent)) (?:${WORD} ){0,6}?(?:${TARIFF_WORDS})`,
      ),
    ],
    con: [
      W("no (?:more |further )?(?:exemptions?|extensions?)"),
      W("end (?:the |its )?exemptions?"),
      W("final extension"),
    ],
    measure: TARIFF_WORDS,
    selfWhenUnnamed: true,
    label: (s) => `Tariff exemption${s.state ? ` for ${s.state}` : ""}`,
    proposition: (s) => `${s.state ?? "Trading partners"} should be exempted from the tariffs.`,
  },
  {
    key: "trade_deal",
    gate: ["^trade", "^market access", "^concession"],
    priority: 55,
    pro: [
      W("trade (?:deal|agreement|pact|talks)"),
      W("free trade"),
      W("market access"),
      W("concessions?"),
    ],
    anaphor: [DEAL_ANAPHOR],
    label: (s) => `Trade deal${s.state ? ` with ${s.state}` : ""}`,
    proposition: (s) => `A trade deal${s.state ? ` with ${s.state}` : ""} should be reached.`,
  },
  {
    key: "nuclear_deal",
    gate: [
      "^nuclear",
      "^jcpoa",
      "^joint comprehensive plan of action",
      "^iran deal",
      "^ядерн",
      "^nucléaire",
    ],
    priority: 86,
    pro: [
      W("nuclear (?:deal|agreement|accord|pact)"),
      W("jcpoa"),
      W("joint comprehensive plan of action"),
      W("iran deal"),
      STEM("ядерн[а-я]+ (?:сделк|соглашени)"),
      W("accord (?:sur le )?nucléaire"),
    ],
    con: [
      W("withdraw(?:s|ing|al)? from"),
      W("pull(?:s|ed|ing)? out of"),
      W("scrap(?:s|ped|ping)?"),
      W("tear(?:s|ing)? up"),
      W("(?:leave|leaves|leaving|quit|exit)"),
      W("flawed|terrible|worst|bad deal"),
      W("renegotiat(?:e|ed|ion)"),
      W("fix(?:ed)?"),
    ],
    anaphor: [DEAL_ANAPHOR],
    label: (s) => `The ${s.state ? `${s.state} ` : ""}nuclear deal`,
    proposition: (s) => `The nuclear deal${s.state ? ` with ${s.state}` : ""} should be kept.`,
  },
  {
    key: "nuclear_programme",
    gate: ["^nuclear", "^uranium", "^atomic bomb", "^ядерн", "^nucléaire"],
    priority: 68,
    pro: [
      W(
        "nuclear (?:weapons?|programs?|programmes?|arms|bomb|ambitions|capabilit(?:y|ies)|activities|files|archive)",
      ),
      W("enrich(?:ment|ing|ed)? uranium|uranium enrichment"),
      W("atomic bomb"),
      STEM("ядерн[а-я]+ (?:оружи|программ)"),
      W("programme nucléaire|arme nucléaire"),
    ],
    label: (s) =>
      `${s.state ? `${possessive(s.state)} ` : "The "}nuclear programme`.replace(
        /^The nuclear/,
        "The nuclear",
      ),
    proposition: (s) => `${s.state ?? "The country"} is pursuing nuclear weapons.`,
  },
  {
    key: "aggression",
    gate: [
      "^invasion",
      "^invad",
      "^aggression",
      "^attack",
      "^offensive",
      "^incursion",
      "^вторжени",
      "^вторг",
      "^агресси",
      "^нападени",
      "^agression",
      "^military intervention",
      "^military option",
      "^military force",
      "intervention",
      "^use of",
      "^военн",
      "^применени",
      "^recours à la force",
      "^usage de la force",
      "^option",
    ],
    slotAfter: true,
    priority: 62,
    pro: [
      W("invasion"),
      W("invad(?:e|es|ed|ing)"),
      W("(?:military )?aggression"),
      W("attack(?:s|ed|ing)?(?: on| against)?"),
      W("offensive"),
      W("incursion"),
      // Armed intervention is military action whoever calls for it ("the military option",
      // «военное вмешательство», "une intervention militaire").
      W(
        "military (?:intervention|option|force)|(?:armed|foreign military) intervention|use of (?:military )?force",
      ),
      STEM(
        "вторжени|вторг|агресси|нападени|военн[\\p{L}]* (?:вмешательств|операци)|применени[\\p{L}]* (?:военной )?силы",
      ),
      W(
        "invasion|agression|interventions? militaires?|options? militaires?|recours à la force|usage de la force",
      ),
    ],
    con: [
      W("consequences|costs?|price to pay|punish(?:ed|ment)?|sanctions|deter(?:rence)?"),
      STEM("последстви|наказ"),
      W("conséquences|coût"),
    ],
    label: (s) => `Military action${s.state ? ` against ${s.state}` : ""}`,
    proposition: (s) => `Military action${s.state ? ` against ${s.state}` : ""} is acceptable.`,
  },
  {
    // An offer or a call to mediate ("offered its good offices", «готова стать посредником»).
    key: "mediation",
    gate: ["^mediat", "^good offices", "^посредни", "^médiat", "^bons offices"],
    priority: 55,
    pro: [
      W("mediat(?:e|es|ed|ing|ion|ors?)"),
      W("good offices"),
      STEM("посредни"),
      W("médiat(?:ion|eur|eurs|rice)|bons offices"),
    ],
    label: () => "Mediation",
    proposition: () => "Mediation between the parties should take place.",
  },
  {
    // Outside interference in a state's affairs, which those it would touch reject ("foreign
    // interference", «вмешательство во внутренние дела», "ingérence"). The state is the one interfered
    // with: the speaker's own unless the clause names another.
    key: "interference",
    gate: [
      "^interfer",
      "^meddl",
      "^internal affairs",
      "^вмешательств",
      "^вмешива",
      "^ingér",
      "^affaires intérieures",
    ],
    priority: 50,
    pro: [
      W("interfer(?:e|es|ed|ing|ence)|meddl(?:e|es|ed|ing)"),
      W("internal affairs"),
      STEM("вмешательств|вмешива"),
      W("ingérences?|s['’]ingérer|affaires intérieures"),
    ],
    label: (s) => `Foreign interference${s.state ? ` in ${s.state}` : ""}`,
    proposition: (s) => `Foreign interference${s.state ? ` in ${s.state}` : ""} is acceptable.`,
  },
  {
    // Blame for an incident (sabotage, an attack, a leak, a coup): accusers support the proposition,
    // deniers oppose it. Who is accused takes syntax to tell ("accused X of", "X denied",
    // "accusations against X"), so the topic names no state. Not "responsible for" or
    // «ответственность за»: "will be held responsible for any invasion" is a warning.
    key: "responsibility",
    gate: [
      "^accus",
      "^blam",
      "^responsib",
      "^behind",
      "^involve",
      "^sabot",
      "^culprit",
      "^perpetrat",
      "^allegation",
      "^claims",
      "nothing",
      "^обвин",
      "^причаст",
      "^непричаст",
      "^отношени",
      "^стоит за",
      "^стоят за",
      "^диверси",
      "^голослов",
      "^impliqu",
      "^rien à voir",
    ],
    priority: 45,
    conAlone: true,
    pro: [
      W("accus(?:e|es|ed|ing|ations?)"),
      W("blam(?:e|es|ed|ing)"),
      W("(?:is|was|are|were|be|been) behind"),
      W("involvement in"),
      W("sabotage|saboteurs?"),
      W("culprits?|perpetrators?"),
      STEM("обвин|причастн|сто(?:ит|ят) за|диверси"),
      W("accus(?:e|es|é|ée|és|ées|er|ent|ation|ations)|impliqu(?:é|ée|és|ées|ation)|sabotage"),
    ],
    con: [
      W("nothing (?:whatsoever |at all )?to do with"),
      W(
        "den(?:y|ies|ied|ying) (?:any |all |the )?(?:involvement|responsibility|accusations|allegations|claims)",
      ),
      W("not (?:involved|responsible)"),
      W(
        "(?:absurd|baseless|groundless|unfounded|false|fabricated|ridiculous|slanderous) (?:accusations|allegations|claims)",
      ),
      W(
        "(?:accusations|allegations|claims) (?:(?:were|are|as) )?(?:absurd|baseless|groundless|unfounded|false|fabricated|ridiculous|fantasies)",
      ),
      STEM("(?:не )?имеет (?:никакого )?отношения|непричастн|голословн|беспочвенн"),
      W("rien à voir"),
    ],
    label: () => "Responsibility for the incident",
    proposition: () => "The side accused is responsible for the incident.",
  },
  {
    key: "energy",
    gate: ["^pipeline", "^gas ", "^energy ", "^oil ", "^газопровод", "^поставк", "^gazoduc"],
    priority: 66,
    pro: [
      W("pipelines?"),
      W("gas (?:supplies|deliveries|transit|exports|imports)"),
      W("energy (?:supplies|exports|imports|security)"),
      W("oil (?:exports|imports|supplies)"),
      STEM("газопровод|поставк[а-я]* газа"),
      W("gazoduc"),
    ],
    con: [
      W("halt(?:s|ed|ing)?"),
      W("block(?:s|ed|ing)?"),
      W("stop(?:s|ped|ping)?"),
      W("suspend(?:s|ed|ing)?"),
      W("cancel(?:s|led|ing)?"),
    ],
    label: (s) => `Energy supplies${s.state ? ` from ${s.state}` : ""}`,
    proposition: (s) => `Energy projects${s.state ? ` with ${s.state}` : ""} should go ahead.`,
  },
  {
    key: "world_order",
    gate: [
      "^order",
      "^reshap",
      "^redraw",
      "^overhaul",
      "^rewrit",
      "^remak",
      "^rules of the",
      "^multipolar",
      "^security",
      "^threat",
      "^миропорядок",
      "^многополярн",
      "^ordre",
    ],
    priority: 50,
    pro: [
      W("(?:international|world|global) order"),
      W(
        "(?:reshap|redraw|overhaul|rewrit|remak)(?:e|es|ed|ing) (?:the )?(?:global|international|european|world) (?:security|order|system|architecture)",
      ),
      W("rules of the (?:international )?(?:order|game)"),
      W("multipolar"),
      W("security (?:architecture|order|framework)"),
      W("threats? to [\\p{Lu}][\\p{L}-]+"),
      STEM("миропорядок|многополярн"),
      W("ordre (?:mondial|international)"),
    ],
    label: () => "Reshaping the international order",
    proposition: () => "The international order should be changed.",
  },
  {
    key: "prisoners",
    gate: ["^exchange", "^swap", "^prisoner", "^deported children", "^release of", "^обмен"],
    priority: 74,
    pro: [
      W("(?:exchange|swap)(?:s)? of (?:[\\p{L}-]+ )?(?:prisoners|captives|soldiers|pows)"),
      W("prisoner (?:exchange|swap)s?"),
      W("deported children"),
      W("release of (?:[\\p{L}-]+ )?(?:prisoners|hostages|detainees)"),
      STEM("обмен[а-я]* пленн"),
    ],
    label: () => "Prisoner exchanges",
    proposition: () => "Prisoners should be exchanged.",
  },
  {
    key: "relations",
    gate: ["^relations", "^ties", "^tensions", "^rapprochement", "^отношени"],
    otherSideOnly: true,
    priority: 35,
    pro: [
      W(
        "(?:improv|normali[sz]|restor|mend|repair)(?:e|es|ed|ing|ation) (?:of )?(?:relations|ties)",
      ),
      W("eas(?:e|es|ed|ing) tensions"),
      W("good (?:ties|relations)"),
      W("rapprochement"),
      W("(?:bilateral )?relations"),
      // "в отношении", "по отношению к" mean "regarding", "не имеет (никакого) отношения к" "has
      // nothing to do with": not relations.
      STEM("(?<!(?:в|по|имеет|имеют|никакого) )отношени"),
      W("relations"),
    ],
    con: [W("sever(?:s|ed|ing)?"), W("downgrad(?:e|ed|ing)"), W("expel(?:s|led|ling)?")],
    label: (s) =>
      `Relations${s.counterpart ? ` with ${s.counterpart}` : s.state ? ` with ${s.state}` : ""}`,
    proposition: (s) =>
      `Relations${s.counterpart ? ` with ${s.counterpart}` : s.state ? ` with ${s.state}` : ""} should improve.`,
  },
];

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

export interface CompiledFrame extends Frame {
  proRe: RegExp;
  conRe: RegExp | null;
  anaphorRe: RegExp | null;
  /** Position in `compiledFrames()`, which indexes `gateHits`. */
  order: number;
  /** For a frame with a `measure`: whether the state mentioned at `at` imposes it (see below). */
  imposes: ((text: string, at: number) => boolean) | null;
}

/**
 * Whether the state mentioned at `at` imposes the frame's measure rather than being its target:
 * the measure right after its name with no preposition between ("U.S. tariffs", "American steel
 * duties"), "by" before it ("sanctions imposed by Washington"), or, for an exemption, "from" before
 * it ("exempted from the U.S. tariffs").
 */
function imposerTest(frame: Frame): ((text: string, at: number) => boolean) | null {
  if (!frame.measure) return null;
  const after = new RegExp(
    `^[\\p{L}.'’-]+(?:[ \\u00a0](?!(?:on|for|from|against|to|with|and|or|by|in|of|на|для|против|sur|contre|pour)[ \\u00a0])[\\p{L}.'’-]+){0,3}?[ \\u00a0]+(?:${frame.measure})(?![\\p{L}])`,
    "iu",
  );
  const before = frame.selfWhenUnnamed
    ? /(?:^|[^\p{L}])(?:by|from|par|de la part)[ \u00a0]+(?:the[ \u00a0]+)?$/iu
    : /(?:^|[^\p{L}])(?:by|par)[ \u00a0]+(?:the[ \u00a0]+)?$/iu;
  return (text, at) =>
    after.test(text.slice(at, at + 80)) || before.test(text.slice(Math.max(0, at - 16), at));
}

let compiled: CompiledFrame[] | null = null;

/** The frames with their patterns compiled once. */
export function compiledFrames(): CompiledFrame[] {
  compiled ??= FRAMES.map((frame) => ({
    ...frame,
    proRe: new RegExp(frame.pro.join("|"), "giu"),
    conRe: frame.con ? new RegExp(frame.con.join("|"), "giu") : null,
    anaphorRe: frame.anaphor ? new RegExp(frame.anaphor.join("|"), "iu") : null,
    order: 0,
    imposes: imposerTest(frame),
  }))
    .sort((a, b) => b.priority - a.priority)
    .map((frame, order) => ({ ...frame, order }));
  return compiled;
}

/**
 * The gates' matcher: an Aho-Corasick automaton over every gate of every frame, so one pass over a
 * clause tells which frames can match at all. It reads symbols, not characters: a character stands
 * for the gate character it equals under the patterns' case folding (they match with the `iu`
 * flags, so "ſ" is an "s"), and a word start (a letter or digit after none, as the patterns'
 * `(?<![\p{L}\p{N}])` sees it) is a symbol of its own before it, which `^` in a gate asks for.
 */
interface GateMatcher {
  /** Symbols per state; symbol 0 is any other character, 1 a word start, 2… the gates' characters. */
  width: number;
  delta: Int32Array;
  /** Frames (by order) whose gate ends at each state, directly or through its failure links. */
  outputs: number[][];
  /** Gate character → symbol. */
  symbols: Map<string, number>;
  /** Frames with no gate: they always run. */
  ungated: number[];
  frames: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/iu;
const START = 1;

let matcher: GateMatcher | null = null;

/** Symbol and word flag per UTF-16 code unit, found on first sight: bit 0x8000 is "letter or digit". */
let unitInfo: Int32Array | null = null;

function buildMatcher(frames: readonly CompiledFrame[]): GateMatcher {
  const symbols = new Map<string, number>();
  const words: { symbols: number[]; frame: number }[] = [];
  const ungated: number[] = [];
  for (const frame of frames) {
    if (!frame.gate) {
      ungated.push(frame.order);
      continue;
    }
    for (const gate of frame.gate) {
      const anchored = gate.startsWith("^");
      const chars = [...(anchored ? gate.slice(1) : gate)];
      const seq: number[] = [];
      chars.forEach((ch, i) => {
        const word = LETTER_OR_DIGIT.test(ch);
        const afterWord = i > 0 && LETTER_OR_DIGIT.test(chars[i - 1] as string);
        if (word && !afterWord && (i > 0 || anchored)) seq.push(START);
        if (!symbols.has(ch)) symbols.set(ch, symbols.size + 2);
        seq.push(symbols.get(ch) as number);
      });
      words.push({ symbols: seq, frame: frame.order });
    }
  }
  const width = symbols.size + 2;
  // The trie, then failure links breadth first, folded into a full transition table.
  const next: number[][] = [new Array<number>(width).fill(-1)];
  const ends: Set<number>[] = [new Set()];
  for (const { symbols: seq, frame } of words) {
    let state = 0;
    for (const sym of seq) {
      const row = next[state] as number[];
      if ((row[sym] as number) < 0) {
        row[sym] = next.length;
        next.push(new Array<number>(width).fill(-1));
        ends.push(new Set());
      }
      state = row[sym] as number;
    }
    (ends[state] as Set<number>).add(frame);
  }
  const delta = new Int32Array(next.length * width);
  const fail = new Int32Array(next.length);
  const outputs: number[][] = new Array(next.length);
  const queue: number[] = [];
  for (let sym = 0; sym < width; sym++) {
    const to = (next[0] as number[])[sym] as number;
    delta[sym] = to < 0 ? 0 : to;
    if (to > 0) queue.push(to);
  }
  outputs[0] = [];
  for (const state of queue) outputs[state] = [...(ends[state] as Set<number>)];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] as number;
    for (let sym = 0; sym < width; sym++) {
      const to = (next[state] as number[])[sym] as number;
      const viaFail = delta[(fail[state] as number) * width + sym] as number;
      if (to < 0) {
        delta[state * width + sym] = viaFail;
        continue;
      }
      delta[state * width + sym] = to;
      fail[to] = viaFail;
      outputs[to] = [...new Set([...(ends[to] as Set<number>), ...(outputs[viaFail] as number[])])];
      queue.push(to);
    }
  }
  return { width, delta, outputs, symbols, ungated, frames: frames.length };
}

/** A code unit's symbol and word flag (0x8000), as the patterns' case folding sees it. */
function infoOf(unit: number, symbols: ReadonlyMap<string, number>): number {
  const ch = String.fromCharCode(unit);
  let symbol = symbols.get(ch) ?? 0;
  if (symbol === 0 && (unit < 0xd800 || unit > 0xdfff)) {
    for (const [gateChar, sym] of symbols) {
      if (new RegExp(`^\\u{${(gateChar.codePointAt(0) as number).toString(16)}}$`, "iu").test(ch)) {
        symbol = sym;
        break;
      }
    }
  }
  return symbol | (LETTER_OR_DIGIT.test(ch) ? 0x8000 : 0);
}

/**
 * Which frames (by `order`) a lowercased clause may evoke: 1 where one of the frame's gates occurs
 * or it has none. A frame marked 0 cannot match, so its patterns need not run.
 */
export function gateHits(lower: string): Uint8Array {
  const frames = compiledFrames();
  matcher ??= buildMatcher(frames);
  const { width, delta, outputs, symbols } = matcher;
  if (!unitInfo) unitInfo = new Int32Array(0x10000).fill(-1);
  const info = unitInfo;
  const hits = new Uint8Array(matcher.frames);
  for (const order of matcher.ungated) hits[order] = 1;
  let state = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const unit = lower.charCodeAt(i);
    let symbol: number;
    let word: boolean;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < lower.length) {
      // An astral character: a letter or not, but never a gate's character.
      const low = lower.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        word = LETTER_OR_DIGIT.test(lower.slice(i, i + 2));
        symbol = 0;
        i++;
      } else {
        word = false;
        symbol = 0;
      }
    } else {
      let known = info[unit] as number;
      if (known < 0) {
        known = infoOf(unit, symbols);
        info[unit] = known;
      }
      symbol = known & 0x7fff;
      word = known >= 0x8000;
    }
    if (word && !inWord) {
      state = delta[state * width + START] as number;
      for (const order of outputs[state] as number[]) hits[order] = 1;
    }
    inWord = word;
    state = delta[state * width + symbol] as number;
    for (const order of outputs[state] as number[]) hits[order] = 1;
  }
  return hits;
}
