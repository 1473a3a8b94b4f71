import cues from "../../data/accusation-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation, mainSubject } from "./accusation-builder.js";
import { labelCues } from "./accusation-lexicon.js";
import { actDoer, actNounAt } from "./act-doer.js";
import { type ActorMention, afterPreposition, mentionsIn, subjectBefore } from "./actor-roles.js";
import { condemnationsIn } from "./condemnation-lexicon.js";
import { wordCues } from "./cue-patterns.js";
import { notDoneBefore } from "./modality.js";
import { objectPronounActor } from "./object-pronoun.js";
import { possessiveAt } from "./possessive.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// "Cengiz called Mohammad's admission a political maneuver", "termed her a
// corrupt oaf": a damning name for someone or for their act. The accused is
// named between the cue and the label, or, when the cue names an act ("called
// the stabbing an act of barbarity", "called the investigation into X a
// sham"), the act's doer as the story tells it; else nothing is guessed.

export function labelledAccusations(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (const m of labelCues.matchAll(tokens, from, to)) {
    const head = tokens[m.first] as Token;
    const label = tokens[m.last] as Token;
    if (tokens.slice(m.first, m.last).some((t) => t.lower === "not" || t.lower === "n't")) continue;
    // "is still reluctant to call the attack an act of terrorism", "did not call him a liar": no label given
    if (notDoneBefore(tokens, m.first, from)) continue;
    const participle = head.lower.endsWith("ing") && tokens[m.first - 1]?.lower === ",";
    // "respond to Bush's calling him a jerk": a gerund's possessor does the calling, not the clause's subject
    const owner = head.lower.endsWith("ing") ? gerundOwner(doc, sentence.start, head.start) : null;
    const subject = owner ?? (participle ? null : clauseSubject(doc, sentence.start, head.start));
    const accuser = subject?.actor ?? mainSubject(doc, tokens, sentence, from, m.first);
    if (!accuser) continue;
    // "called immigrants from Mexico rapists": a name inside a prepositional phrase is not the one called
    // ("by" names the act's doer: "called the veto by Becker illegal")
    // "referred to migrants as criminals": the cue's own "to" leads to the one labelled
    const floor = tokens[m.first + 1]?.lower === "to" ? (tokens[m.first + 1] as Token).end : head.end;
    const named = mentionsIn(doc, head.end, label.start).filter(
      (x) =>
        x.actor !== accuser &&
        !(afterPreposition(doc, x, floor) && !BY_BEFORE.test(doc.text.slice(head.end, x.start))) &&
        !placeModifier(doc, x),
    );
    // only a condemnation's label ("a sham", "barbarity", "a witch hunt") reaches past the sentence for the act's doer
    const condemns =
      ACT_LABELS.has(label.lower) || condemnationsIn(tokens, m.last - 1, to).some((c) => c.last === m.last);
    const act = condemns ? actNounAt(tokens, m.first + 1, m.last) : -1;
    // "the investigation into Trump": a name after the act is its target, not its doer
    const accused =
      act >= 0 && (!named[0] || named[0].start > (tokens[act] as Token).start)
        ? actDoer(doc, tokens, act, [accuser])
        : // "Whitfield called him a liar": the pronoun stands for someone other than the one calling
          (named[0]?.actor ??
          objectPronounActor(doc, tokens, m.first, m.first + 1, accuser) ??
          (owner ? ownedGerundObject(doc, tokens, sentence.start, m.first, owner) : null));
    if (!accused) continue;
    const start = subject && head.start - subject.end < 60 ? subject.start : head.start;
    addAccusation(doc, tokens, {
      accuser,
      accused: [accused],
      allegation: { start: head.end, end: label.end },
      evidence: { start, end: label.end },
    });
  }
}

const PLACE_KINDS = new Set(["country", "location"]);
/** Words after a place's name that leave it the one called ("called Russia a threat", "cast Iran as ..."). */
const PLACE_FOLLOWERS = new Set(["a", "an", "the", "as", "and", "or", "of", "to", "itself", "is", "was"]);

/**
 * "dismissed Wisconsin Gov. Scott Walker as ...", "cast the U.S. presidential
 * candidate as ...", "called Mexican immigrants rapists": a place's name or a
 * demonym that another word follows modifies the one called; it is not called itself.
 */
function placeModifier(doc: Doc, m: ActorMention): boolean {
  if (!m.demonym && !PLACE_KINDS.has(m.kind) && !PLACE_KINDS.has(actorKind(doc, m.actor) ?? "")) return false;
  const next = /^\s+([\p{L}.]+)/u.exec(doc.text.slice(m.end, m.end + 30))?.[1];
  return !!next && !PLACE_FOLLOWERS.has(next.toLowerCase());
}

/**
 * The subject before a cue, unless it closes a phrase after a preposition
 * ("Trump, responding to Pelosi's announcement via Twitter, attacked ..."):
 * then the sentence's main subject speaks (null here).
 */
function clauseSubject(doc: Doc, sentenceStart: number, pos: number): ActorMention | null {
  const subject = subjectBefore(doc, sentenceStart, pos);
  if (!subject) return null;
  const before = doc.text.slice(Math.max(sentenceStart, subject.start - 20), subject.start);
  return PHRASE_OPENER.test(before) ? null : subject;
}
/** The name owning the gerund at `pos` ("Bush's calling him ..."), or null. */
function gerundOwner(doc: Doc, sentenceStart: number, pos: number): ActorMention | null {
  const m = mentionsIn(doc, sentenceStart, pos).at(-1);
  return m && possessiveAt(doc.text, m.end) && CLITIC_ONLY.test(doc.text.slice(m.end, pos)) ? m : null;
}
const CLITIC_ONLY = /^['’]s?\s+$/u;
const OBJECT_PRONOUNS = new Set(["him", "her"]);

/**
 * "to respond to Jeb Bush's calling him a jerk": the pronoun after an owned
 * gerund is not its owner: the person the sentence names first (its
 * subject), else the actor stage's reading of the pronoun.
 */
function ownedGerundObject(
  doc: Doc,
  tokens: Token[],
  sentenceStart: number,
  cue: number,
  owner: ActorMention,
): string | null {
  const t = tokens[cue + 1];
  if (!t || !OBJECT_PRONOUNS.has(t.lower)) return null;
  // the sentence's first person, who answers or meets the calling, before the actor stage's nearest-name guess
  const first = mentionsIn(doc, sentenceStart, owner.start).find((x) => actorKind(doc, x.actor) === "person");
  if (first && first.actor !== owner.actor) return first.actor;
  const resolved = mentionsIn(doc, t.start, t.end, true).find((x) => x.start === t.start)?.actor;
  return resolved && resolved !== owner.actor ? resolved : null;
}
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;

const PHRASE_OPENER = /\b(?:via|through|to|from|with|on|in|at|of|for|by)\s+(?:the\s+)?$/i;

// found through the shared cue index: a sentence without one costs one bit test
const LABELS_AS = wordCues(cues.labelsAs);
const LABEL_WORDS = new Set(cues.labels.words);
/** "declared the attack a terrorist incident": labels that, said of an act, accuse its doer. */
const ACT_LABELS = new Set(cues.labels.actWords);
const LIST_GLUE = new Set(["both", "and", "the", "of", "(", ")", ",", "as", "'", "’", "'s"]);

/**
 * "Erdoğan named both the Kurdistan Workers' Party (PKK) and People's
 * Protection Units (YPG) as terrorists": a list of names, however long, then
 * "as" and a damning label. Only names and list glue may stand between the
 * verb and "as", so "named a new envoy as ..." or a clause never counts.
 */
export function labelledLists(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (const cue of LABELS_AS.matchAll(tokens, from, to)) {
    const i = cue.first;
    const head = tokens[i] as Token;
    const named = mentionsIn(doc, head.end, sentence.end);
    let k = i + 1;
    let n = 0;
    const accused: string[] = [];
    while (k < to && k < i + 40) {
      const t = tokens[k] as Token;
      const m = named[n];
      if (m && t.start >= m.start && t.start < m.end) {
        // "the Kurdistan Workers' Party (PKK)": a name and its bracketed short form are one; the short form speaks
        const short = named[n + 1];
        const bracketed = short && /^['’]?\s*[\p{L}\s]{0,12}\(\s*$/u.test(doc.text.slice(m.end, short.start));
        if (!bracketed && !accused.includes(m.actor)) accused.push(m.actor);
        k = tokenIndexAt(tokens, m.end);
        n++;
        continue;
      }
      if (m && t.start >= m.end) {
        n++;
        continue;
      }
      // a name the entity stage left out ("People's Protection Units") is capitalised all along
      if (t.lower === "as" || !(LIST_GLUE.has(t.lower) || /^\p{Lu}/u.test(doc.text.charAt(t.start)))) break;
      k++;
    }
    const as = tokens[k];
    if (!as || as.lower !== "as" || accused.length === 0) continue;
    let label = -1;
    for (let j = k + 1; j < to && j <= k + 3; j++) if (LABEL_WORDS.has((tokens[j] as Token).lower)) label = j;
    if (label < 0) continue;
    if (tokens.slice(Math.max(from, i - 2), i).some((t) => t.lower === "not" || t.lower === "n't")) continue;
    const subject = subjectBefore(doc, sentence.start, head.start);
    const accuser = subject?.actor ?? mainSubject(doc, tokens, sentence, from, i);
    if (!accuser) continue;
    const end = (tokens[label] as Token).end;
    const start = subject && head.start - subject.end < 60 ? subject.start : head.start;
    addAccusation(doc, tokens, {
      accuser,
      accused,
      allegation: { start: (tokens[k + 1] as Token).start, end },
      evidence: { start, end },
    });
  }
}
