/** Stage 2: marks (never deletes) the page furniture around an article: prompts, captions, feeds, bios, tags. */
import type { ExcludedKind, ExcludedRange } from "@stancemap/schema";
import { isSpaceUnit, type Line, lines, trimSpan } from "./text-lines.js";
import type { Span } from "./types.js";

export interface BoilerplateOptions {
  /** The metadata header block from `loadDocument`, marked `metadata_header`. */
  header?: Span | null;
}

// ---------------------------------------------------------------------------------------------
// Patterns. Each matches a whole trimmed line unless it says otherwise; all are case-insensitive.

const TEMPLATE_TAG =
  /\{\{[^{}\n]{0,200}\}\}|\{%[^\n]{0,200}?%\}|\[\[[^[\]\n]{0,200}\]\]|<%[^\n]{0,200}?%>/g;

/** Standalone labels that head a block of links to other stories. */
const FEED_MARKER = new RegExp(
  "^(?:news\\s*feed|related|related\\s+(?:articles?|stories|news|posts|coverage|content|reading|topics)|" +
    "more\\s+(?:stories|news|articles|headlines|from\\s+.{1,40}|on\\s+(?:this|the)\\s+(?:story|topic)|to\\s+read)|" +
    "read\\s+(?:more|next|also)|see\\s+also|also\\s+read|you\\s+(?:may|might)\\s+(?:also\\s+)?(?:like|be\\s+interested\\s+in)|" +
    "recommended(?:\\s+(?:for\\s+you|stories|articles))?|most\\s+(?:read|popular|viewed|shared)|trending(?:\\s+now)?|" +
    "(?:the\\s+)?latest(?:\\s+(?:news|stories|headlines))?|top\\s+stories|what\\s+to\\s+read\\s+next|editor[’']?s\\s+picks|" +
    "читайте\\s+также|смотрите\\s+также|по\\s+теме|другие\\s+новости|lire\\s+aussi|à\\s+lire\\s+aussi|sur\\s+le\\s+même\\s+sujet|" +
    "lesen\\s+sie\\s+auch|mehr\\s+zum\\s+thema|leer\\s+más|te\\s+puede\\s+interesar)[\\s:.…»›>|-]*$",
  "iu",
);

/** "Read more" buttons and one-line teasers: "Read more: Ministers agree ...", "Show More", "Continue reading". */
const READ_MORE_LINE = new RegExp(
  "^(?:(?:(?:read|show|load|see|view)\\s+(?:more|all|less|full\\s+(?:story|article))|continue\\s+reading(?:\\s+the\\s+main\\s+story)?|" +
    "(?:read|see)\\s+(?:also|next)|also\\s+read|see\\s+also|related(?:\\s+(?:articles?|stories|news|coverage))?|more\\s+on\\s+this(?:\\s+story)?|" +
    "читайте\\s+также|подробнее|читать\\s+далее|lire\\s+(?:aussi|la\\s+suite)|à\\s+lire\\s+aussi|lesen\\s+sie\\s+(?:auch|mehr)|" +
    "weiterlesen|leer\\s+más|seguir\\s+leyendo)\\s*(?:[:»›>|–—-].{0,200}|[.…]*)|read\\s+more\\s+(?:about|on|at|from|here|in)\\b.{0,150})$",
  "iu",
);

const READ_TIME =
  /^(?:\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+(?:read|reading|de\s+lecture))?|(?:reading|read)\s+time\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?)$/iu;

const COMMENT_LINE = new RegExp(
  "^(?:leave\\s+an?\\s+\\p{L}+|post\\s+a\\s+comment|add\\s+(?:a|your)\\s+comment|(?:show|view|hide|load|read|see)\\s+(?:all\\s+)?(?:\\d+\\s+)?comments?(?:\\s*\\(\\d+\\))?|" +
    "\\d+\\s+comments?|comments?(?:\\s*\\(\\d+\\))?|join\\s+the\\s+(?:conversation|discussion)|comment\\s+on\\s+this\\s+(?:story|article)|" +
    "you\\s+must\\s+be\\s+logged\\s+in\\s+to\\s+(?:post\\s+a\\s+)?comment.*|your\\s+email\\s+address\\s+will\\s+not\\s+be\\s+published.*|" +
    "комментарии|commentaires|kommentare)[.!:]?$",
  "iu",
);

const NEWSLETTER_LINE = new RegExp(
  "^(?:get\\s+(?:our|the)\\b.{0,60}\\bnewsletter|join\\s+(?:our|the)\\b.{0,60}\\b(?:newsletter|mailing\\s+list|channel)|" +
    "enter\\s+your\\s+e-?mail|(?:follow|join|find)\\s+us\\s+on\\b|подпис(?:ывайтесь|аться)(?!\\p{L})|abonnez-vous|inscrivez-vous|newsletter\\b)",
  "iu",
);
/** Imperatives that are prompts only when short or about a newsletter ("Sign up rates rose" is news). */
const NEWSLETTER_VERB =
  /^(?:sign\s+up\b|subscribe\b|don[’']t\s+miss\b|never\s+miss\b|want\s+more\b|stay\s+(?:informed|up\s+to\s+date)\b)/iu;
const NEWSLETTER_WORD =
  /\b(?:newsletters?|inbox|e-?mails?|updates|alerts|notifications|subscription|briefing|digest)\b/iu;

/** Image placeholders and ad slots left by copying a page. */
const PLACEHOLDER = new RegExp(
  "^(?:(?:article|featured|cover|lead|hero|header)\\s+image|avatar|image|images|photo|photos|picture|video|gallery|thumbnail|" +
    "image\\s+caption|media\\s+caption|photo\\s+gallery|open\\s+gallery|enlarge(?:\\s+(?:this\\s+)?image)?|expand(?:\\s+image)?|" +
    "play(?:\\s+video)?|watch(?:\\s+video)?|zoom|фото|видео|illustration|caption)$",
  "iu",
);
const ADVERT = new RegExp(
  "^(?:advertisement|advertising|ad|ads|sponsored(?:\\s+content)?|реклама|publicité|anzeige|" +
    "scroll\\s+(?:down\\s+)?to\\s+continue(?:\\s+(?:reading|with\\s+content))?|(?:story|article)\\s+continues\\s+(?:below|after)(?:\\s+(?:this\\s+)?ad(?:vertisement)?)?)$",
  "iu",
);
const NAVIGATION_LINE = new RegExp(
  "^(?:share|share\\s+(?:this|the)\\s+(?:article|story|page)|share\\s+(?:on|via)\\s+\\p{L}+|tweet|email|e-mail|print|copy\\s+link|link\\s+copied|" +
    "skip\\s+to\\s+(?:main\\s+)?content|back\\s+to\\s+top|(?:next|previous)\\s+(?:article|story|post)|menu|main\\s+menu|search|close|" +
    "log\\s*in|sign\\s+in|register|bookmark|save(?:\\s+(?:article|story))?|listen(?:\\s+to\\s+(?:this\\s+)?article)?|" +
    "(?:text|font)\\s+size|(?:tags|topics|filed\\s+under)\\s*:.{0,200}|you\\s+are\\s+here\\s*:.{0,200}|поделиться|partager)$",
  "iu",
);
/** "Home > World > Europe", "Home / News / Politics". */
const CRUMBS =
  /^(?:home|main|start|news|главная|accueil|startseite)\s*(?:>|›|»|\/|\|)\s*[\p{L}\p{N} &'’-]{2,30}(?:\s*(?:>|›|»|\/|\|)\s*[\p{L}\p{N} &'’-]{2,30}){0,6}$/iu;

const CREDIT_LINE = new RegExp(
  "^(?:(?:photo|photograph|image|picture|foto|фото|credit|photo\\s+credit|image\\s+credit|illustration|video)s?" +
    "(?:\\s+by)?\\s*[:|]\\s*.{2,150}|(?:photo|image)s?\\s+by\\s+.{2,100}|image\\s+source\\s*[,:]\\s*.{2,100}|" +
    "\\(?(?:additional\\s+)?(?:reporting|writing|editing|compiled|edited|written)\\s+by\\s+.{2,250}|" +
    ".{2,120}\\bcontributed\\s+(?:to\\s+)?(?:this\\s+)?(?:report|story|article)(?:ing)?\\.?\\)?)$",
  "iu",
);
const COPYRIGHT_LINE =
  /^(?:©|\(c\)|copyright\b).{0,300}$|^.{0,200}\ball rights reserved\b.{0,200}$/iu;

/** A credit in parentheses closing a caption: "(Contributor/Getty Images)", "(Photo: AFP)". */
const CAPTION_CREDIT =
  /\((?:\s*\p{Lu}[^()]{0,80}\/\s*\p{Lu}[^()]{0,60}|[^()]{0,60}\b(?:photos?|foto|getty|images?|shutterstock|pool|handout|file|epa|ap\s+photo|alamy|courtesy|screenshot|screengrab|illustration)\b[^()]{0,60})\)\s*$/iu;
/** A trailing "| Getty Images" or "— AP Photo/Name" credit on a caption line. */
const TRAILING_CREDIT =
  /(?:\s[|—–]\s*|\b(?:photo|image)s?\s*:\s*)(?:[^|—–/]{1,60}\/\s*)?(?:getty\s+images|shutterstock|ap\s+photo(?:\s*\/[^|—–]{1,40})?|afp|reuters|epa(?:-efe)?|alamy|sputnik|anadolu)(?:\s+via\s+getty\s+images)?\s*\.?$/iu;

const EMBED_LINE = new RegExp(
  "^(?:embed\\s+from\\s+getty\\s+images|view\\s+this\\s+post\\s+on\\s+instagram|a\\s+post\\s+shared\\s+by\\b.{0,120}|" +
    "view\\s+on\\s+(?:instagram|twitter|x|facebook|youtube|tiktok)|watch\\s+on\\s+youtube|follow\\s+on\\s+(?:instagram|x|twitter)|" +
    "this\\s+content\\s+is\\s+(?:not\\s+available|hosted\\s+by).{0,200}|https?:\\/\\/\\S+)$",
  "iu",
);
const MONTH_WORD =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** "— Name (@handle) January 5, 2025": the signature under an embedded tweet. */
const TWEET_SIGNATURE = new RegExp(
  `^[—–-]{1,2}\\s*[^()\\n]{1,80}\\(@\\w{1,30}\\)\\s*(?:${MONTH_WORD}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_WORD}\\s+\\d{4})?\\.?$`,
  "iu",
);
const TWEET_LINK = /(?:https?:\/\/)?pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+/giu;

/** Job titles that make a short line a byline's second line ("News Editor", "Moscow correspondent"). */
const JOB_TITLE =
  /\b(?:editor|reporter|correspondent|writer|journalist|columnist|contributor|producer|analyst|author|bureau\s+chief|anchor|host|intern|freelancer?|photographer|videographer|fellow|redacteur|rédacteur|rédactrice|journaliste)\b|(?<!\p{L})(?:корреспондент|редактор|журналист|обозреватель)(?!\p{L})/iu;
const NAME_LINE =
  /^(?:(?:by|von|par)\s+)?(?:(?:dr|prof|mr|ms|mrs)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|de|da|van|von|der|al|bin|le|la)){1,3}$/u;
/** "Jane Doe is a reporter at ...", "Jane Doe covers energy for ...": the opening of an author bio. */
const BIO_OPENING =
  /^(?:(?:dr|prof|mr|ms|mrs)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:is|was|has\s+been|serves\s+as|works\s+as)\s+(?:a|an|the|our)\s+[^.]{2,160}?\b(?:at|for|with|of|in|based)\b|^(?:(?:dr|prof)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:covers|reports\s+on|writes\s+about|joined)\s+[^.]{2,160}?\b(?:for|at|in)\b/u;
const BYLINE = /^(?:By|BY|by)\s+\p{Lu}[^.!?\n]{2,100}$/u;
const QUOTE_MARK = /["“”«»„]/u;

/** Sentences inside a paragraph that only speak to the reader. */
const COMMENT_SENTENCE = /\b(?:comments?|commentaires?)\b|(?<!\p{L})комментари\p{L}*/iu;
const COMMENT_CUE =
  /\b(?:your|below|let\s+us\s+know|tell\s+us|share|hear|leave|post|join|vos|votre)\b|(?<!\p{L})(?:вашим|ваше|ваши)(?!\p{L})/iu;
const NEWSLETTER_SENTENCE =
  /^\W*(?:(?:please\s+|click\s+here\s+to\s+)?(?:sign\s+up|subscribe)\b.*\b(?:newsletters?|inbox|e-?mails?|updates|alerts)\b|stay\s+tuned\s+(?:to|for|with)\b)/iu;

// ---------------------------------------------------------------------------------------------

interface TextLine extends Line {
  /** Trimmed content. */
  t: string;
  /** Index among non-blank lines. */
  index: number;
}

const TERMINAL = /[.!?…"”’»)\]:;]$/u;
/** How many whitespace-separated words `s` holds, as `s.split(/\s+/).filter((w) => w !== "").length` counts. */
function wordCount(s: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceUnit(s.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

function headlineLike(t: string): boolean {
  const words = wordCount(t);
  return words >= 2 && words <= 30 && t.length <= 220 && !/[.,;:]$/.test(t);
}

/**
 * Boilerplate ranges of `text`: sorted, non-overlapping, adjacent ranges of one kind merged. Rules are
 * news-page conventions (feeds, prompts, captions, bios), matched on lines, with few sentence-level ones.
 */
export function findBoilerplate(text: string, opts: BoilerplateOptions = {}): ExcludedRange[] {
  const header = opts.header ?? null;
  const out: ExcludedRange[] = [];
  const mark = (kind: ExcludedKind, start: number, end: number) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) out.push({ kind, ...span });
  };
  if (header && header.end > header.start) mark("metadata_header", header.start, header.end);

  const bodyStart = header ? header.end : 0;
  const all: TextLine[] = [];
  for (const line of lines(text, bodyStart)) {
    const t = line.content.trim();
    if (t !== "") all.push({ ...line, t, index: all.length });
  }
  const bodyEnd = all.at(-1)?.end ?? bodyStart;
  const bodyLength = Math.max(1, bodyEnd - bodyStart);
  const position = (l: TextLine) => (l.start - bodyStart) / bodyLength;

  // Template tags anywhere in the body.
  TEMPLATE_TAG.lastIndex = 0;
  for (let m = TEMPLATE_TAG.exec(text); m; m = TEMPLATE_TAG.exec(text)) {
    if (m.index >= bodyStart) mark("template", m.index, m.index + m[0].length);
  }
  TWEET_LINK.lastIndex = 0;
  for (let m = TWEET_LINK.exec(text); m; m = TWEET_LINK.exec(text)) {
    if (m.index >= bodyStart) mark("embed", m.index, m.index + m[0].length);
  }

  // Related feed: a marker in the last part of the page, followed by teasers to the end.
  let feedStart = -1;
  for (const l of all) {
    if (!FEED_MARKER.test(l.t) || l.index < 2) continue;
    const before = l.start - bodyStart;
    const after = bodyEnd - l.end;
    // A marker with nothing under it is a button ("Read more"), left to the line rules.
    if (l.index < all.length - 1 && after <= before / 2 && position(l) >= 0.4) {
      feedStart = l.index;
      mark("related_feed", l.start, bodyEnd);
      break;
    }
    // Mid-article: the marker and the headline-like links right under it.
    let last = l;
    for (let i = l.index + 1; i < all.length; i++) {
      const next = all[i] as TextLine;
      if (!headlineLike(next.t) || TERMINAL.test(next.t) || wordCount(next.t) > 20) break;
      last = next;
    }
    if (last !== l) mark("related_feed", l.start, last.end);
  }
  const inFeed = (l: TextLine) => feedStart >= 0 && l.index >= feedStart;

  // Line rules.
  const seen = new Set<string>();
  for (const l of all) {
    if (inFeed(l)) continue;
    const t = l.t;
    const short = t.length <= 250;
    if (short && READ_MORE_LINE.test(t)) mark("read_more", l.start, l.end);
    else if (READ_TIME.test(t)) mark("other", l.start, l.end);
    else if (short && COMMENT_LINE.test(t)) mark("comment_prompt", l.start, l.end);
    else if (short && isNewsletterPrompt(t)) mark("newsletter_prompt", l.start, l.end);
    else if (PLACEHOLDER.test(t)) mark("caption", l.start, l.end);
    else if (ADVERT.test(t)) mark("other", l.start, l.end);
    else if (short && (NAVIGATION_LINE.test(t) || CRUMBS.test(t)))
      mark("navigation", l.start, l.end);
    else if (short && CREDIT_LINE.test(t)) mark("credit", l.start, l.end);
    else if (short && COPYRIGHT_LINE.test(t)) mark("other", l.start, l.end);
    else if (short && (EMBED_LINE.test(t) || TWEET_SIGNATURE.test(t)))
      mark("embed", l.start, l.end);
    else if (isCaption(t)) mark("caption", l.start, l.end);
    else if (l.index < 12 && BYLINE.test(t) && wordCount(t) <= 14)
      mark("author_bio", l.start, l.end);
    else if (l.index < 3 && FEED_MARKER.test(t)) mark("navigation", l.start, l.end);
    else markSentences(text, l, mark);

    // The second copy of a repeated line or paragraph (a headline pasted twice, a duplicated lead).
    if (t.length >= 25 || wordCount(t) >= 4) {
      const key = t.replace(/\s+/g, " ").toLowerCase();
      if (seen.has(key)) mark("duplicate_lead", l.start, l.end);
      else seen.add(key);
    }
  }

  // Truncated teasers: a headline and the first words of a story, cut off mid-sentence.
  // The first line is a title, and the paragraph under it a lead, whatever their punctuation.
  for (let i = 2; i < all.length; i++) {
    const excerpt = all[i] as TextLine;
    const head = all[i - 1] as TextLine;
    if (inFeed(excerpt)) break;
    const cut = !TERMINAL.test(excerpt.t) || /(?:…|\.\.\.)$/.test(excerpt.t);
    if (cut && wordCount(excerpt.t) >= 15 && headlineLike(head.t) && !QUOTE_MARK.test(excerpt.t)) {
      mark("related_feed", head.start, excerpt.end);
    }
  }

  markOffTopicTeasers(all, mark);
  markAuthorBios(all, position, inFeed, mark);
  return mergeRanges(text, out);
}

/** A wire-style dateline opening the body: "WASHINGTON —", "TEL AVIV (Reuters) -", "PARIS, May 3 (AFP) –". */
const DATELINE_LEAD =
  /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s+[\p{L}.]+\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s/u;
/** Words of four letters or more, lowercased and cut to five letters: enough to meet "Iran"/"Iranian". */
function contentStems(t: string): Set<string> {
  const out = new Set<string>();
  for (const m of t.toLowerCase().matchAll(/[\p{L}]{4,}/gu)) out.add(m[0].slice(0, 5));
  return out;
}

/**
 * A teaser for another story placed between the headline and the dateline that opens the body (a
 * related video's caption, a "watch" embed): it shares no word with the headline, where a deck or
 * a pull quote restates it. Only the stretch up to the dateline, and only when there is one.
 */
function markOffTopicTeasers(
  all: readonly TextLine[],
  mark: (kind: ExcludedKind, start: number, end: number) => void,
): void {
  const dateline = all.findIndex((l, i) => i > 0 && i <= 6 && DATELINE_LEAD.test(l.t));
  const headline = all[0];
  if (dateline < 2 || !headline || !headlineLike(headline.t)) return;
  const title = contentStems(headline.t);
  for (let i = 1; i < dateline; i++) {
    const l = all[i] as TextLine;
    if (wordCount(l.t) < 8) continue;
    if (![...contentStems(l.t)].some((w) => title.has(w))) mark("embed", l.start, l.end);
  }
}

function isNewsletterPrompt(t: string): boolean {
  if (QUOTE_MARK.test(t) || wordCount(t) > 40) return false;
  if (NEWSLETTER_LINE.test(t)) return true;
  return NEWSLETTER_VERB.test(t) && (wordCount(t) <= 12 || NEWSLETTER_WORD.test(t));
}

function isCaption(t: string): boolean {
  if (wordCount(t) > 80 || QUOTE_MARK.test(t)) return false;
  return CAPTION_CREDIT.test(t) || (t.length <= 300 && TRAILING_CREDIT.test(t));
}

/** Reader prompts inside a paragraph: only the prompting sentence is marked. */
function markSentences(
  text: string,
  l: TextLine,
  mark: (kind: ExcludedKind, start: number, end: number) => void,
) {
  const content = text.slice(l.start, l.end);
  const boundary = /[.!?…]+["”’»)]*(?=\s+["“‘«(]?\p{Lu})|[.!?…]+["”’»)]*\s*$/gu;
  let from = 0;
  for (let m = boundary.exec(content); m; m = boundary.exec(content)) {
    const end = m.index + m[0].length;
    const sentence = content.slice(from, end);
    if (
      COMMENT_SENTENCE.test(sentence) &&
      COMMENT_CUE.test(sentence) &&
      /\b(?:comments?\s+(?:below|section)|in\s+the\s+comments?|comment\s+below|(?:leave|post|share)\s+(?:a|your)\s+comments?|your\s+comments?)\b/iu.test(
        sentence,
      )
    ) {
      mark("comment_prompt", l.start + from, l.start + end);
    } else if (NEWSLETTER_SENTENCE.test(sentence) && sentence.length <= 300) {
      mark("newsletter_prompt", l.start + from, l.start + end);
    }
    from = end;
  }
}

/**
 * Author boxes: "Jane Doe is a reporter at ..." near the end, or anywhere when a name line and a
 * job-title line ("News Editor") sit right above it; the name and title lines are marked with it.
 */
function markAuthorBios(
  all: readonly TextLine[],
  position: (l: TextLine) => number,
  inFeed: (l: TextLine) => boolean,
  mark: (kind: ExcludedKind, start: number, end: number) => void,
) {
  const end = all.findIndex((l) => inFeed(l));
  const lastIndex = (end < 0 ? all.length : end) - 1;
  const lastLines = (l: TextLine) => l.index >= lastIndex - 2;
  const isJobLine = (t: string) =>
    wordCount(t) <= 7 && JOB_TITLE.test(t) && !/[.!?]$/.test(t) && !QUOTE_MARK.test(t);
  for (const l of all) {
    if (inFeed(l)) continue;
    // A name line with a job-title line under it: a byline block.
    const next = all[l.index + 1];
    if (next && NAME_LINE.test(l.t) && l.t.length <= 50 && isJobLine(next.t)) {
      mark("author_bio", l.start, next.end);
    }
    const bio = BIO_OPENING.exec(l.t);
    if (!bio || QUOTE_MARK.test(l.t) || wordCount(l.t) > 150) continue;
    const name = (bio[1] ?? bio[2] ?? "").toLowerCase();
    let start = l;
    for (let i = l.index - 1; i >= Math.max(0, l.index - 3); i--) {
      const prev = all[i] as TextLine;
      const isName =
        NAME_LINE.test(prev.t) &&
        (prev.t.toLowerCase().includes(name) || name.includes(prev.t.toLowerCase()));
      if (isName || isJobLine(prev.t)) start = prev;
      else break;
    }
    // Without a byline block above it, a bio must be among the last lines and be about a journalist:
    // "Mark Doe is a former minister at ..." near the end of an article is background, not a bio.
    const nearEnd =
      position(l) >= 0.6 && lastLines(l) && (JOB_TITLE.test(l.t) || /\bjoined\b/u.test(l.t));
    if (start !== l || nearEnd) mark("author_bio", start.start, l.end);
  }
}

/**
 * Sorts ranges and makes them disjoint: a range inside another is dropped, a partial overlap is cut,
 * and ranges of one kind separated only by whitespace become one.
 */
export function mergeRanges(text: string, ranges: readonly ExcludedRange[]): ExcludedRange[] {
  const sorted = [...ranges]
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const result: ExcludedRange[] = [];
  for (const range of sorted) {
    const r = { ...range };
    const last = result.at(-1);
    if (last && r.start < last.end) {
      if (r.end <= last.end) continue;
      if (r.kind === last.kind) {
        last.end = r.end;
        continue;
      }
      r.start = last.end;
    }
    if (last && r.kind === last.kind && text.slice(last.end, r.start).trim() === "") {
      last.end = r.end;
      continue;
    }
    result.push(r);
  }
  return result;
}
