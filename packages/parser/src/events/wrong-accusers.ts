import lexicon from "../../data/wrong-accusers.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { type ActorMention, closelyTied, mentionsIn } from "./actor-roles.js";
import { addDenial } from "./add-denial.js";
import { BE_FORMS, NEGATIONS } from "./clause-words.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// "Clinton said the mother is 'absolutely wrong' for saying Clinton lied to
// her": the accused answers a charge by calling whoever made it wrong. The
// charge is told right after ("for saying ...", "in their recollections that
// ..."), and it must name the speaker's side, or else the one called wrong
// must have accused that side before ("She's wrong."): "Trump is wrong" alone
// is a disagreement.

const WRONG = new Set(lexicon.wrongWords);
const INTENSIFIERS = new Set(lexicon.intensifiers);
const OPENERS = new Set(lexicon.openers);
const OWN = new Set(lexicon.ownSubjects);
const IMPERSONAL = new Set(lexicon.impersonalSubjects);
const FIRST_PERSON = new Set(lexicon.firstPersonObjects);
const QUOTES = new Set(['"', "“", "”", "'", "''"]);
/** Words between the be-form and "wrong": "is “absolutely wrong”", "are just sadly mistaken". */
const BE_REACH = 3;
/** Words from "wrong" to the saying word: "wrong in their recollections", "wrong for saying". */
const SAYING_REACH = 4;
/** How long the told charge may run. */
const CHARGE_REACH = 20;
/** A contracted be-form on its subject: "she's", "they're". */
const CONTRACTED = /^(he|she|they|you)(?:'s|'re)$/;

export function wrongAccusers(doc: Doc, tokens: Token[]): void {
  for (const c of doc.claims) {
    const speaker = c.speaker;
    if (!speaker) continue;
    const from = tokenIndexAt(tokens, c.content.start);
    const to = Math.min(tokenIndexAt(tokens, c.content.end), tokens.length);
    for (let k = from; k < to; k++) {
      if (!WRONG.has((tokens[k] as Token).lower)) continue;
      const be = beFormBefore(tokens, k, from);
      if (be < 0) continue;
      const subject = subjectAt(doc, tokens, be, from, speaker);
      if (subject === null) continue;
      const charge = chargeAfter(doc, tokens, k, to, speaker, c.kind === "direct");
      const bare =
        !charge && closesClause(tokens, k, to) && accusedBy(doc, subject, speaker, (tokens[k] as Token).start);
      if (!charge && !bare) continue;
      const subjectTok = tokens[be] as Token;
      const start =
        subject && subject.end <= subjectTok.start && subjectTok.start - subject.end < 3
          ? subject.start
          : subjectTok.start;
      addDenial(doc, speaker, charge, { start, end: charge ? charge.end : (tokens[k] as Token).end });
      break;
    }
  }
}

/** The be-form before "wrong" at `k`, behind intensifiers and quote marks, unnegated; -1 if none. */
function beFormBefore(tokens: Token[], k: number, from: number): number {
  for (let b = k - 1; b >= from && b >= k - 1 - BE_REACH; b--) {
    const w = (tokens[b] as Token).lower;
    if (NEGATIONS.has(w) || w.endsWith("n't")) return -1;
    if (BE_FORMS.has(w) || CONTRACTED.test(w)) return b;
    if (!INTENSIFIERS.has(w) && !QUOTES.has(w)) return -1;
  }
  return -1;
}

/**
 * Who is called wrong: the mention just before the be-form, or a third-person
 * pronoun ("she's"); undefined when it names no actor, null when it is the
 * speaker's own side or impersonal ("I was wrong", "it is wrong to").
 */
function subjectAt(
  doc: Doc,
  tokens: Token[],
  be: number,
  from: number,
  speaker: string,
): ActorMention | undefined | null {
  const beTok = tokens[be] as Token;
  const contracted = CONTRACTED.test(beTok.lower);
  const word = contracted ? beTok.lower : (tokens[be - 1]?.lower ?? "");
  if (!contracted && be - 1 < from) return null;
  if (OWN.has(word) || IMPERSONAL.has(word)) return null;
  const end = contracted ? beTok.end : (tokens[be - 1] as Token).end;
  const m = mentionsIn(doc, Math.max(0, end - 200), end)
    .filter((x) => x.end === end || (contracted && x.start === beTok.start))
    .pop();
  if (m && closelyTied(doc, m.actor, speaker)) return null;
  return m;
}

/** "for saying Clinton lied to her": an opener, a saying word, then a charge naming the speaker's side. */
function chargeAfter(doc: Doc, tokens: Token[], k: number, to: number, speaker: string, quoted: boolean) {
  const open = tokens[k + 1];
  const shift = open && QUOTES.has(open.lower) ? 2 : 1;
  if (!OPENERS.has(tokens[k + shift]?.lower ?? "")) return null;
  let say = -1;
  for (let j = k + shift + 1; j < to && j <= k + shift + SAYING_REACH; j++) {
    const t = tokens[j] as Token;
    if (t.punct) break;
    if (lexicon.sayingStems.some((s) => t.lower.startsWith(s))) {
      say = j;
      break;
    }
  }
  if (say < 0 || say + 1 >= to) return null;
  let end = say + 1;
  while (
    end < to &&
    end <= say + CHARGE_REACH &&
    (tokens[end] as Token).lower !== ";" &&
    (tokens[end] as Token).lower !== "."
  )
    end++;
  const span = { start: (tokens[say + 1] as Token).start, end: (tokens[end - 1] as Token).end };
  const names =
    mentionsIn(doc, span.start, span.end).some((x) => closelyTied(doc, x.actor, speaker)) ||
    tokens.slice(say + 1, end).some((t) => (quoted ? FIRST_PERSON : reportedSelf(doc, speaker)).has(t.lower));
  return names ? span : null;
}

/**
 * "Trump insisted that Mr. Khan was wrong to say he had not sacrificed": in
 * reported speech a pronoun of the speaker's kind in the charge stands for the
 * speaker ("he", "she" for a person; "it", "they" for a body).
 */
function reportedSelf(doc: Doc, speaker: string): Set<string> {
  return actorKind(doc, speaker) === "person" ? PERSON_PRONOUNS : BODY_PRONOUNS;
}
const PERSON_PRONOUNS = new Set(lexicon.personPronouns);
const BODY_PRONOUNS = new Set(lexicon.bodyPronouns);

/** "She's wrong." ends its clause. */
function closesClause(tokens: Token[], k: number, to: number): boolean {
  const next = tokens[k + 1];
  return (
    k + 1 >= to || !next || next.punct || QUOTES.has(next.lower) || next.sentence !== (tokens[k] as Token).sentence
  );
}

/** The one called wrong accused the speaker's side before `before`. */
function accusedBy(doc: Doc, subject: ActorMention | undefined, speaker: string, before: number): boolean {
  if (!subject) return false;
  return doc.accusations.some(
    (a) =>
      a.evidence.start < before &&
      closelyTied(doc, a.accuser, subject.actor) &&
      a.accused.some((x) => closelyTied(doc, x, speaker)),
  );
}
