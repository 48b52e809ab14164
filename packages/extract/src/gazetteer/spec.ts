/** Shapes of the curated gazetteer data modules, before they are built into entries and lookup indexes. */
import type { ActorKind, SourceKind } from "@stancemap/schema";

export type Lang = "en" | "ru" | "fr";

/**
 * Conventions shared by every spec:
 * - English names are written as readers see them; capitalisation is significant (an ALL-CAPS acronym
 *   only matches uppercase text, a Capitalised name only capitalised text, a lowercase word any case).
 * - Russian names are given in the nominative; case forms are generated. A word prefixed `!` never
 *   declines (foreign feminine surnames, genitive complements: "министр !иностранных !дел").
 * - French adjectives (`frDem`) are given in the masculine singular; agreement forms are generated.
 */
export interface StateSpec {
  key: string;
  name: string;
  /** ISO 3166-1 alpha-2 (XK for Kosovo, as the EU and ISO's user-assigned range use it). */
  iso2: string;
  aka?: string[];
  /** Demonym adjectives that stand for the state ("Russian"). */
  dem?: string[];
  /** Capitals and seats of government that stand for the state's government ("Moscow", "Kyiv"). */
  cap?: string[];
  ru?: string[];
  ruDem?: string[];
  ruCap?: string[];
  fr?: string[];
  frDem?: string[];
  frCap?: string[];
  wd?: string;
  /** Offices whose holder "the <demonym> leader" names, first the one that leads ("prime-minister" for Israel). */
  leader?: string[];
}

/** A government body, an international organisation or a non-state group. */
export interface ActorSpec {
  key: string;
  name: string;
  kind: ActorKind;
  /** memberOf keys, the primary first. */
  of?: string[];
  aka?: string[];
  ru?: string[];
  fr?: string[];
  /** Adjectives or names used attributively for it ("кремлёвский"). */
  dem?: string[];
  ruDem?: string[];
  frDem?: string[];
  /** Places that stand for it ("Brussels" for the EU). */
  metonyms?: string[];
  ruMetonyms?: string[];
  frMetonyms?: string[];
  cc?: string;
  wd?: string;
  domains?: string[];
  /** The ministry pattern this body answers to: the State Department is the US foreign ministry. */
  ministry?: [office: string, state: string];
}

export interface PersonSpec {
  key?: string;
  name: string;
  aka?: string[];
  ru?: string[];
  fr?: string[];
  /**
   * Short names. Default: the last word (with a preceding "von der", "al-", "bin" particle) of every
   * full name. `null` when the surname alone would be ambiguous or a common word.
   */
  sn?: string | string[] | null;
  /** "office/org/start-end" with years, `-` open; `=Display title` when it differs from the office's title. */
  roles?: string[];
  /** memberOf keys; default: the organisations of the roles, most recent first. */
  of?: string[];
  cc?: string;
  wd?: string;
}

export interface OutletSpec {
  key: string;
  name: string;
  kind: SourceKind;
  domain: string | null;
  cc: string | null;
  lang: string | null;
  aka?: string[];
  ru?: string[];
  fr?: string[];
  wd?: string;
  /** Further domains (regional editions, language services). */
  domains?: string[];
  /** The name is ambiguous on its own ("The Times"): keep it as the display name but do not match it in text. */
  unindexedName?: boolean;
}

/** An office (title) or a kind of body (ministry) that text names generically and qualifies by a state or organisation. */
export interface OfficeSpec {
  key: string;
  /** Display title. */
  title: string;
  /**
   * Forms per language. `{Q}` marks where a qualifier (state, organisation, demonym) sits inside the form;
   * a leading `+` marks a form that only counts with a qualifier ("+head": "NATO head", not "head").
   */
  en?: string[];
  ru?: string[];
  fr?: string[];
  /** The office a holder's role is filed under, when this is a national variant ("Secretary of State" → foreign-minister). */
  office?: string;
  /** The state or organisation the bare title implies ("Secretary of State" → united-states). */
  implies?: string;
  /** For ministries and other bodies: the actor kind of the body a qualified form names. */
  body?: "government" | "organization";
  /** Diplomatic posts take a destination: "ambassador to the UN". */
  destination?: boolean;
}
