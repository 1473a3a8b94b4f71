import { actorKind } from "../actors/actor-at.js";
import { addMessage, type Doc } from "../doc.js";
import type { Response, ResponseType, Span } from "../model.js";
import { stableId } from "../stable-id.js";
import { firstWrong } from "./accusation-lexicon.js";
import { actDoer, actNounAt } from "./act-doer.js";
import {
  type ActorMention,
  actorIds,
  closelyTied,
  counterpartBefore,
  listStart,
  mentionsIn,
  neighbourBefore,
  objectsIn,
  possessorOf,
  sameSide,
  sideOf,
  subjectBefore,
} from "./actor-roles.js";
import { appealedDecider, isAppeal } from "./appealed-decider.js";
import { appointingBody } from "./appointing-body.js";
import { findAppointmentCalls } from "./appointment-calls.js";
import { attackDoerAfter } from "./attack-doer.js";
import { backingSides, backingTold, isBacking } from "./backing-verbs.js";
import { caseOpponent } from "./case-opponent.js";
import { asDefendants, defendantOf } from "./case-parties.js";
import {
  ANAPHORIC,
  BE_FORMS,
  EVENT_NOUNS,
  isAdverb,
  isObjectStop,
  isPassive,
  MODAL_AUXILIARIES,
  NEGATIONS,
  NOUN_DETERMINERS,
  objectEnd,
  REPORTING,
} from "./clause-words.js";
import { contactSides, isContact } from "./contact-verbs.js";
import { coordinatedAcross } from "./coordinated-verb.js";
import { courtNoun, courtOf, isArrest, isCourt, isInquiryBody, storyPolice } from "./court-actor.js";
import { type CueMatch, dropOverlaps } from "./cue-patterns.js";
import { declineTargets } from "./decline-target.js";
import { bareDemand, demandOwner } from "./demand-owner.js";
import { nounEndorsement } from "./endorsement-nouns.js";
import { firstPersonBefore } from "./first-person.js";
import { forDoer } from "./for-doer.js";
import { governingAddressee } from "./governing-addressee.js";
import { habitual } from "./habitual-acts.js";
import { identifiedPerson, isUnnamedPerson, unnamedPersonAt, unnamedPersonWord } from "./identified-person.js";
import { impliedAgent, impliedRole, policeOfUnnamed, storyAttacker } from "./implied-agent.js";
import { kinSubject } from "./kin-subjects.js";
import { marketDemand } from "./market-demand.js";
import { type MeetingOwner, meetingOwner } from "./meeting-owner.js";
import { inCondition, modalityBefore } from "./modality.js";
import { modifiedPerson } from "./name-modifier.js";
import { namedSides } from "./nominal-agent.js";
import { attributiveDoer, nominalAct } from "./owned-nominal-act.js";
import { paperOwner } from "./paper-owner.js";
import { perpetratorObject } from "./perpetrator-object.js";
import { possessedLegalAct } from "./possessed-legal-act.js";
import { POSSESSIVE_CLITICS } from "./possessive.js";
import { mainCountry, prosecutingState } from "./prosecuting-state.js";
import { refusedAsker } from "./refused-asker.js";
import { relativeDoer } from "./relative-doer.js";
import { relativeObject } from "./relative-object.js";
import { onlyReportingOutlet } from "./reporting-outlet.js";
import { toOpensNoRequest } from "./request-infinitive.js";
import { REQUEST_NOUNS, requestOf } from "./request-owner.js";
import {
  ADJACENT_SUBJECT,
  ADMIT_OBJECTS,
  ANNOUNCING,
  ANSWER_TYPES,
  APPOINTEES,
  ASKED_FOR,
  ASKING_VERBS,
  ATTRACTION_SENSES,
  ATTRIBUTED_BY,
  ATTRIBUTED_TO,
  ATTRIBUTIVE_ACTS,
  BARE_VERBS,
  BLOWS,
  CAMPAIGN_EVENTS,
  CHARGE_SENSES,
  COMPLETED_BY,
  COURT_ONLY_PENALTIES,
  COURT_ORDERS,
  ENDORSEMENT_NOUNS,
  FOR_ALL,
  FORECAST_AFTER,
  FORECAST_MODALS,
  GATHERING,
  GOVERNED,
  INFINITIVE_BREAKS,
  INQUIRY_ASKED,
  INVESTIGATED_ATTACKS,
  ISSUING,
  LOCAL_TARGETS,
  MESSAGE_NOUNS,
  NOBODY,
  NOUN_FORMS,
  OFFENDED_BODIES,
  OWN_SIDE_TYPES,
  PASSIVE_REPORTED,
  PLEAS,
  POLICE_SUBJECTS,
  REDUCED_CLAUSE_OPENERS,
  REFUSALS,
  REQUIREMENTS,
  type ResponseCue,
  responseCodes,
  responseCues,
  STATE_ACTS,
  TELLING,
  WEIGHED_THINGS,
  WEIGHING,
} from "./response-lexicon.js";
import { withoutDayAdverbials } from "./responses-day-gaps.js";
import { endorsement } from "./responses-endorse.js";
import { findGreetedProtests } from "./responses-greeted.js";
import { findOpposedProtests } from "./responses-opposed.js";
import { retypedAct } from "./retyped-acts.js";
import { roleHolders } from "./role-holder.js";
import { agreementPlace, isThing, subjectThingOwner, thingHead, thingOwner } from "./thing-owner.js";
import { docTokens, sentenceRange, startSentencesBack, type Token, tokenIndexAt } from "./tokens.js";
import { withoutUnaddressedAsks } from "./unaddressed-asks.js";
import { hasViolentDoer, needsViolentDoer } from "./violent-doer.js";

// acts whose target, when their own words name none, is seldom the one a guess from the sentences
// around finds: opposition ("voted against the bill") and admissions ("he later apologized")
const UNAIMED_GUESSES = new Set(["reject", "admit"]);

/**
 * Finds actions between actors (ANNOTATION.md's response types): a cue from
 * the response lexicon, its actor (the subject, or the agent of a passive),
 * its targets (the objects, or the side the actor acts against), and whether
 * it happened (modality).
 */

export function findResponses(doc: Doc): void {
  const all = docTokens(doc);
  doc.sentences.forEach((sentence, s) => {
    const [first, end] = sentenceRange(all, s);
    // "met on Monday with": the sentence read without its day adverbials, when it has any
    const view = withoutDayAdverbials(all, first, end);
    const tokens = view?.tokens ?? all;
    const from = view ? 0 : first;
    const to = view?.to ?? end;
    const matches = dropOverlaps(
      withoutUnaddressedAsks(doc, tokens, responseCues.matchAll(tokens, from, to)),
      (m) => m.pattern.value.rank,
    );
    let previous: Response | null = null;
    for (const m of matches) {
      const built = buildResponse(doc, tokens, sentence, from, to, m, previous);
      // "proposed barring all Muslims", "threats of airstrikes": the act asked for or threatened, not done
      const retype = built && retypedAct(tokens, m.first, from, built.type);
      const r = built && retype ? retyped(built, retype) : built;
      if (!r || doc.responses.some((x) => x.type === r.type && x.actor === r.actor && overlaps(x.evidence, r.evidence)))
        continue;
      if (hypotheticalInQuote(doc, r, (tokens[m.first] as Token).start)) continue;
      // "his mother refused to teach him Japanese": kin the story does not name, not the possessor, acted
      if (kinSubject(doc.text, r)) continue;
      // "Israel has routinely exchanged imprisoned Palestinians": a habit, not an act told
      if (habitual(tokens, m.first, from)) continue;
      // "has not endorsed Trump", "hasn't met with the president", "did not sign an agreement": no
      // cooperation happened, and a stance left unsaid is no rejection either
      if (r.type === "cooperate" && r.modality === "negated") continue;
      // "if Russia were to start bombing": a supposed act is no act told
      if (inCondition(tokens, m.first, from)) continue;
      if (previous?.type === "threaten" && threatCondition(tokens, m.first, from)) continue;
      // "asked Zelensky to investigate Hunter Biden": the act asked for is not told as done
      if (previous?.type === "demand" && requested(tokens, m.first, from, previous.evidence.end)) continue;
      if (askedOf(doc, tokens, m.first, from)) continue;
      // "..., the Orlando Sentinel reported": the outlet telling the act is not its target (an untargeted act is dropped later)
      r.targets = r.targets.filter((t) => !onlyReportingOutlet(doc, r, t));
      doc.responses.push(r);
      previous = r;
      // "did not accede to protesters' demands": the demand answered is its owner's, made of the one answering
      const asked = answeredDemand(doc, tokens, sentence, to, m, r);
      if (asked && !doc.responses.some((x) => x.type === asked.type && overlaps(x.evidence, asked.evidence)))
        doc.responses.push(asked);
    }
  });
  findAppointmentCalls(doc);
  // "will be greeted by thousands of protesters": the crowd met protests against the one it met
  findGreetedProtests(doc);
  // "anti-Trump protesters gathered outside the hotel": the protest is against the one "anti-" names
  findOpposedProtests(doc);
  if (doc.responses.length > 0 && doc.mentions.length === 0)
    addMessage(doc, "responses/no-mentions", "response cues found but no actor mentions to fill their roles");
}

// "by a Trump supporter", "by an ISIS fighter", after a few words ("in the face"): a name before a lower-case head
const NAMED_MODIFIER_AGENT = /^(?:\s+[a-z]+){0,4}\s+by\s+(?:a|an)\s+(?:[A-Z][\w.'’-]*\s+)+[a-z]/;

// acts on a person a verb cue used as a noun may tell with both sides named ("the arrest of X by Y")
const NOMINAL_SIDES = new Set(["legal_action", "investigate"]);

// words after which an -ing form opens a clause as its subject ("that keeping him in jail will ...")
const GERUND_OPENERS = new Set(["that", "whether", "because", "since", "although", "though", "if", "unless"]);

// prepositions that make an -ing plea a noun ("credit for pleading guilty", "the option of pleading guilty")
const PLEA_GOVERNORS = new Set(["for", "of", "about", "without", "by"]);

// "do not" / "does not" right before a cue: the present simple, a habit or a rule
const HABIT_AUXILIARIES = new Set(["do", "does"]);
const HABIT_NEGATIONS = new Set(["don't", "doesn't"]);

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function buildResponse(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  to: number,
  m: CueMatch<ResponseCue>,
  previous: Response | null,
): Response | null {
  const cue = m.pattern.value;
  const head = tokens[m.first] as Token;
  const last = tokens[m.last] as Token;
  const before = tokens[m.first - 1];
  if (cue.type === "demand" && marketDemand(tokens, m.first, from)) return null;
  // "Palin's endorsement of Trump", "won the endorsement of the NRA": both sides named around the noun, or no act
  // "had the backing of Mitt Romney": a backing verb after a determiner is the noun
  const backingNoun =
    ENDORSEMENT_NOUNS.verbNouns.has(head.lower) && ENDORSEMENT_NOUNS.determiners.has(before?.lower ?? "");
  if (cue.type === "cooperate" && cue.noun && ENDORSEMENT_NOUNS.verbNouns.has(head.lower) && !backingNoun) return null;
  if (cue.type === "cooperate" && (ENDORSEMENT_NOUNS.nouns.has(head.lower) || backingNoun)) {
    const e = nounEndorsement(doc, tokens, sentence, from, to, m.first);
    const r = e && responseOf(cue, e.actor, e.targets, "done", e.evidence);
    // "his support for a united Jerusalem", "win the support of the American people": backing
    // between people and bodies, as its verb (backing-verbs.ts), not a state's or a place's
    return r && backingNoun && !backingSides(doc, r) ? null : r;
  }
  // "after his conviction last summer", "Vale's arrest": a legal act owned by the one it was done to
  if (cue.noun && cue.type === "legal_action" && m.first === m.last) {
    const act = possessedLegalAct(doc, tokens, from, m.first);
    return act && responseOf(cue, act.actor, [act.target], "done", act.evidence);
  }
  // "her lawsuit against President Becker", "its impeachment investigation into X": the possessor
  // did the act to the one named after its preposition; "US sanctions on Iran": a sided noun's doer
  // may also be the state named right before it, and it tells nothing without both sides
  const nominal = cue.noun
    ? nominalAct(doc, tokens, sentence.start, from, to, { ...m, type: cue.type, sided: cue.sided })
    : null;
  if (nominal) return responseOf(cue, nominal.actor, nominal.targets, "done", nominal.evidence);
  // "the arrest of Tom Baker by Norwegian police", "the shooting of Jo Roe by police": a nominal act
  // naming both its sides is told, whatever its article; a sided noun is told only so
  const sides = cue.noun ? namedSides(doc, tokens, m.last, to) : null;
  if (cue.sided && !sides) return null;
  // "the FBI is continuing its investigation of X": an inquiry owned by "its" / "their" is its subject's, when that is a body that investigates
  const ownInquiry =
    cue.noun && cue.type === "investigate" && POSSESSIVE_PRONOUNS.has(before?.lower ?? "")
      ? subjectBefore(doc, sentence.start, head.start)
      : null;
  const inquirer = ownInquiry && isInquiryBody(doc, ownInquiry.actor) ? ownInquiry.actor : null;
  // "police announced the arrest of X", "the ministry confirmed the ban on Y": an act told by its
  // doer's own announcement is told here, though "the" names it; the one announcing did it
  const teller = announcedAct(doc, tokens, sentence, from, m.first);
  if (cue.noun && before && ANAPHORIC.has(before.lower) && !sides && !inquirer && !teller) return null;
  // "in the sixteen weeks of protests": a count after "the" points back as well
  if (
    cue.noun &&
    before &&
    /^\d|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|several|few)$|teen$|ty$/.test(
      before.lower,
    ) &&
    ANAPHORIC.has(tokens[m.first - 2]?.lower ?? "")
  )
    return null;
  // "more subpoenas are likely": an act forecast, not told
  if (BE_FORMS.has(tokens[m.last + 1]?.lower ?? "") && FORECAST_AFTER.has(tokens[m.last + 2]?.lower ?? "")) return null;
  // "nobody is conducting a formal inquiry", "no one has been charged": an act no one does
  for (let k = m.first - 1; k >= from && k >= m.first - 3; k--) {
    const w = (tokens[k] as Token).lower;
    if (NOBODY.has(w) || (w === "one" && tokens[k - 1]?.lower === "no")) return null;
  }
  // "visited the Capitol on Thursday to meet with", "address the conference or meet with": a bare verb
  // with its subject out of reach; "will meet with", "plans to meet with" tell a plan
  if (BARE_VERBS.words.has(head.lower) && !bareVerbTold(doc, tokens, m.first, from)) return null;
  // "a super PAC backing Jeb Bush", "28 percent of caucusgoers supported Mr. Trump": backing words
  // that tell no backer's act (backing-verbs.ts)
  const backing = cue.type === "cooperate" && cue.needsObject && isBacking(tokens, m.first);
  // "Patel spoke with Wikinews": talks with a medium are an interview (contact-verbs.ts)
  const contact = cue.type === "cooperate" && cue.needsObject && isContact(tokens, m.first);
  if (backing && !backingTold(doc.text, tokens, m.first, from, to)) return null;
  // "a majority is needed to impeach", "a policy of not charging a sitting president": a rule or
  // a power, not an act the story tells
  if (before?.lower === "to" && REQUIREMENTS.has(tokens[m.first - 2]?.lower ?? "")) return null;
  // "refusing to ask for federal help": the act refused is not done (the refusal is its own cue)
  if (cue.type !== "reject" && before?.lower === "to" && REFUSALS.has(tokens[m.first - 2]?.lower ?? "")) return null;
  if (before && NEGATIONS.has(before.lower) && tokens[m.first - 2]?.lower === "of") return null;
  // "a bombing in Kabul killed ten, an attack ascribed to the Taliban": an attack told for the first
  // time ("a", not "the") whose doer the story names is an act, though its cue is a noun
  const newAttack = cue.type === "military_action" && (before?.lower === "a" || before?.lower === "an");
  // "a subpoena issued by a grand jury": a nominal act whose doer a participle's "by" names
  // "the protesters' demands", "the demands of the protesters": the owner's demand, of those who govern unless addressed
  const owner = cue.type === "demand" ? demandOwner(doc, tokens, m.first, m.last, to, sentence.start) : null;
  if (owner) return ownedDemand(doc, tokens, m, to, owner);
  // "the events expanded to include demands for investigations": in a story of protests, demands no
  // one is named owning are the protesters', made of those who govern (the story's government, else
  // the country it names most)
  const crowd = cue.type === "demand" && bareDemand(tokens, m.first, m.last, to) ? protesterGroup(doc) : null;
  if (crowd) {
    const governing = governments(doc, crowd);
    const targets = governing.length ? governing : [mainCountry(doc, crowd)].filter((id): id is string => id !== null);
    // the evidence reads through what is asked for: "demands for investigations into police brutality"
    const end = Math.max(last.end, objectPhraseEnd(tokens, m.last + 2, to));
    return targets.length ? responseOf(cue, crowd, targets, "done", { start: head.start, end }) : null;
  }
  // "at the request of Johnson, the Queen suspended Parliament": the owner asks whoever acts on it
  if (cue.type === "demand" && last.lower === "of" && REQUEST_NOUNS.has(tokens[m.last - 1]?.lower ?? "")) {
    const request = requestOf(doc, tokens, m.first, m.last, from, to, sentence.start);
    if (!request?.asked) return null;
    const evidence = { start: Math.min(head.start, request.asked.start), end: request.owner.end };
    return responseOf(cue, request.owner.actor, [request.asked.actor], "done", evidence);
  }
  const nounUse = !cue.noun && !cue.subjectIsTarget && usedAsNoun(doc, tokens, m.first, from, cue.type);
  const issuer = nounUse ? issuedBy(doc, tokens, m.last + 1, to) : null;
  // "the arrest of Tom Baker by Norwegian police": a verb cue used as a noun that names both its sides
  const nounSides = nounUse && !issuer && NOMINAL_SIDES.has(cue.type) ? namedSides(doc, tokens, m.last + 1, to) : null;
  if (nounSides) {
    const evidence = { start: head.start, end: Math.max(nounSides.agent.end, nounSides.patient.end) };
    return responseOf(cue, nounSides.agent.actor, [nounSides.patient.actor], "done", evidence);
  }
  // "his private meeting with Pope Francis": a meeting told as a noun is its possessor's
  const meeting = nounUse && cue.type === "cooperate" ? meetingOwner(doc, tokens, m.first, from, sentence) : null;
  if (meeting) return ownedMeeting(doc, tokens, m, to, meeting);
  if (teller && !issuer && ((cue.noun && !sides) || nounUse)) {
    // "ordered the killing of 300,000 pigs": the one acted on is named right after "of", or none is
    const link = m.last + 1 < to && (tokens[m.last + 1] as Token).lower === "of" ? m.last + 1 : m.last;
    const object = namedObject(doc, tokens, link, to);
    if (!object || object.actor === teller) return null;
    const evidence = { start: (tokens[m.first - 2] as Token).start, end: object.end };
    return responseOf(cue, teller, [object.actor], "done", evidence);
  }
  if (nounUse && !issuer && !(newAttack && attributedDoer(doc, tokens, m.last + 1, 1)))
    return ownedAct(doc, tokens, sentence, from, to, m);
  // "the decision to recall the ambassador" points back to an event already told, but "announced
  // its decision to expel three diplomats" tells it
  if (
    before?.lower === "to" &&
    EVENT_NOUNS.has(tokens[m.first - 2]?.lower ?? "") &&
    ANAPHORIC.has(tokens[m.first - 3]?.lower ?? "") &&
    !(m.first - 4 >= from && TELLING.has((tokens[m.first - 4] as Token).lower))
  )
    return null;
  if (head.lower === "charges" && before?.lower === "in") return null;
  // "she is sure that keeping Santilli in jail will make him louder": a gerund opening its clause is
  // the clause's subject, an act talked about, not one told as done by the subject before it
  if (head.lower.endsWith("ing") && (m.first === from || GERUND_OPENERS.has(before?.lower ?? ""))) return null;
  // "They do not impose fines", "it doesn't require Republicans to ...": a present habit or rule
  // denied, not an act withheld (a negation inside the cue, "does not recognise", is the cue's own)
  if (
    HABIT_NEGATIONS.has(before?.lower ?? "") ||
    (NEGATIONS.has(before?.lower ?? "") && HABIT_AUXILIARIES.has(tokens[m.first - 2]?.lower ?? ""))
  )
    return null;
  // "voted to hold X in contempt", not "voted to hold a referendum": the sense comes later in the sentence
  // (a call names what it asks for: "called for the impeachment of X" needs no "against")
  const completion = cue.type === "demand" ? undefined : COMPLETED_BY.get(last.lower);
  if (completion && !wordIn(tokens, m.last + 1, to, completion)) return null;
  // "supporters gathered outside the hospital": a crowd, not a protest, unless the story is one of protests
  if (
    cue.type === "protest" &&
    GATHERING.has(head.lower) &&
    !wordIn(tokens, m.last + 1, to, COMPLETED_BY.get(head.lower) ?? new Set()) &&
    !protesterGroup(doc) &&
    !doc.responses.some((r) => r.type === "protest")
  )
    return null;
  // "continued to hold campaign rallies", "a victory rally": a candidate's or a winner's event, no protest
  if (cue.type === "protest" && campaignEvent(tokens, Math.max(from, m.first - 1), m.last)) return null;
  if (cue.needsWrong && !ownsUpTo(tokens, m.last + 1, to)) return null;
  // "two points of credit for pleading guilty": a plea a preposition governs is talked about, not told
  if (
    cue.type === "admit" &&
    PLEAS.has(head.lower) &&
    head.lower.endsWith("ing") &&
    PLEA_GOVERNORS.has(before?.lower ?? "")
  )
    return null;
  // "the plan was rejected by X", not "Smith was criticised by Jones" (a person's conduct is accused)
  if (cue.thing && subjectThingAt(tokens, from, m.first) < 0) return null;
  // "wants foreign forces to leave", not "wants to leave": the one asked stands inside the cue
  if (cue.needsAddressee && !mentionsIn(doc, head.end, last.start).some((x) => x.end <= last.start)) return null;
  // "asked Hong Kong Chief Executive Carrie Lam, who ..., to resign", not "asked Smith how the research is linked to":
  // over a long gap the one asked is the verb's object, and only a relative clause stands between it and its "to"
  if (cue.needsAddressee && m.last - m.first > LONG_ASK && !addresseeNext(doc, tokens, m)) return null;
  // "told Yahoo in response to a question", "told POLITICO they planned to respond": that "to" asks for nothing
  if (toOpensNoRequest(tokens, m.first, m.last, m.pattern)) return null;
  // "was interrupted by protesting legislators": an -ing form in a passive's agent describes the agent
  if (
    head.lower.endsWith("ing") &&
    before?.lower === "by" &&
    m.first - 3 >= from &&
    (tokens[m.first - 2] as Token).lower.endsWith("ed") &&
    BE_FORMS.has((tokens[m.first - 3] as Token).lower)
  )
    return null;
  if (cue.type === "admit" && forecast(tokens, m.last + 1, to)) return null;
  // "blame him for encouraging farmers to ...": what an accusation alleges is not an act the story tells,
  // nor the ground of a legal act ("held in contempt for refusing to turn over documents")
  if (
    head.lower.endsWith("ing") &&
    (before?.lower === "for" || before?.lower === "of") &&
    (alleged(doc, head.start) || previous?.type === "legal_action")
  )
    return null;
  // "wept in his lawyer's arms when convicted": a reduced clause points back to an act told elsewhere
  if (
    !cue.noun &&
    before &&
    REDUCED_CLAUSE_OPENERS.has(before.lower) &&
    head.lower.endsWith("ed") &&
    !BE_FORMS.has(tokens[m.first - 2]?.lower ?? "")
  )
    return null;

  if (cue.endorse) {
    const e = endorsement(doc, tokens, sentence, from, to, m);
    return e && responseOf(cue, e.actor, e.targets, modalityBefore(tokens, m.first, from, cue.type), e.evidence);
  }
  // "responded by throwing stones": a "by" inside the cue names the means, not a passive's agent;
  // "was charged by prosecutors with fraud": a name after that "by" is the agent
  const agentInCue = cueAgent(doc, tokens, m);
  const passive =
    isPassive(tokens, m.first, from) &&
    !(tokens[m.first + 1]?.lower === "by" && m.last > m.first + 1 && !agentInCue) &&
    !meansAfterNamedDoer(doc, tokens, sentence, m.first);
  // "assailants attacked Roe", "X was attacked by gunmen"; not "Smith attacked his rival" (a bare
  // verb cue: "attacked a convoy", "attacked X with missiles" are cues of their own)
  if (
    m.first === m.last &&
    needsViolentDoer(head.lower) &&
    !hasViolentDoer(doc.text, tokens, m.first, from, to, passive)
  )
    return null;
  const object = cue.needsObject && !passive ? namedObject(doc, tokens, m.last, to) : null;
  // "Greece, which the Commission has fined twice": the object is the relative pronoun's noun
  if (cue.needsObject && !passive && !object && !relativeObjectOf(doc, tokens, sentence, m, from, to)) return null;
  // "charged Smith $300 for the repairs": a price asked; "a racially charged debate against X": an
  // adjective. A charge brought names the one charged right after its verb, with no amount after
  // (its passive with no "with" leaves charge and charger untold: "Assange was not charged")
  if (cue.needsObject && passive && CHARGE_SENSES.has(head.lower)) return null;
  if (
    object &&
    CHARGE_SENSES.has(head.lower) &&
    (!/^\s+(?:(?:the|a|an)\s+)?$/i.test(doc.text.slice(last.end, object.start)) ||
      /^\s*(?:[$£€]|US\$|\d)/.test(doc.text.slice(object.end, object.end + 4)))
  )
    return null;
  // "Trump's broad appeal among Republicans": a bare appeal that no subject, auxiliary or "to" makes a verb
  if (
    cue.type === "legal_action" &&
    m.first === m.last &&
    ATTRACTION_SENSES.heads.has(head.lower) &&
    !appealVerb(doc, tokens, m.first, from)
  )
    return null;
  // "US forces killed X", "X was killed by US forces": a doer named next to "killed", not a
  // collision "which killed X" nor "his lions"
  // "was killed in a US drone strike": a passive killing's doer named as the attack it happened in
  const attacker = passive && cue.type === "military_action" ? attackDoerAfter(doc, tokens, m.last, to) : null;
  if (ADJACENT_SUBJECT.has(head.lower) && !attacker && !namedNextTo(doc, tokens, sentence, from, to, m.first, passive))
    return null;
  let actor: string | null = null;
  let targets: string[] = [];
  let actorMention: ActorMention | null = null;
  let unnamedPatients = false;
  // "the suspect's wife was taken into custody": the one acted on is named, but by no actor
  let possessedPatient = false;
  // "an inmate had been stabbed": the one acted on is named by no actor
  let unnamedSubjectAct = false;
  // "a 25-year-old man was arrested": the one acted on is a person the story may identify later
  let unnamedPersonSubject = false;
  // "a suspect was charged": an indefinite subject brings a new person into the story
  let introducedSubject = false;

  if (cue.addressed) {
    // '"They need to stand by us," she said', 'said foreign powers should "get out"': the speaker asks the subject
    const speaker = quoteSpeaker(doc, head.start);
    const addressee = subjectBefore(doc, sentence.start, head.start);
    if (!speaker || !addressee || sameSide(doc, addressee.actor, speaker)) return null;
    // the subject is inside the words (a pronoun's antecedent may be told before the sentence)
    const from = addressee.start < sentence.start ? head.start : addressee.start;
    if (!doc.claims.some((c) => c.content.start <= from && head.start < c.content.end)) return null;
    actor = speaker;
    targets = [addressee.actor];
  } else if (cue.subjectIsTarget) {
    // "Mahan has been the subject of United States sanctions"
    const patient = subjectBefore(doc, sentence.start, head.start);
    actor = mentionsIn(doc, head.end, last.start)[0]?.actor ?? null;
    targets = patient ? [patient.actor] : [];
    // "Chirac was given a suspended sentence", "X faces charges of fraud": a sentence or a charge
    // borne with no one named bringing it is the story's court's, else the prosecuting state's; not
    // one only possible ("could receive up to life"), denied ("should face no charges") or borne by
    // a noun no actor names ("kids who smoke get a jail sentence", "a person can face charges")
    if (!actor && patient && cue.type === "legal_action" && bornePenalty(doc, tokens, m, from))
      actor = (cue.court ? courtOf(doc, head.start) : null) ?? prosecutingState(doc, head.start, patient.actor);
  } else if (issuer) {
    actor = issuer;
    targets = againstAfter(doc, tokens, m.last + 1, to, actor);
  } else if (cue.noun) {
    // "Russia's expulsion of ...", "protests have been taking place": no subject to the left
    const possessor = mentionsIn(doc, sentence.start, head.start).at(-1);
    const owned = possessor && /^\s*['’]s?\s*$/.test(doc.text.slice(possessor.end, head.start));
    // "an appeal by Spanton and prosecutors": a nominal act whose cue ends in "by" names its doer after it
    // "objections from conservatives": a noun of disapproval names its doer after "from" as well
    const agent = AGENT_LINKS.has(last.lower) ? agentAfter(doc, tokens, m.last, to, last.lower) : null;
    // "an FBI investigation into X", "the Senate probe of Y": a body that investigates named right
    // before the inquiry is its doer (not "the Clinton Foundation probe": there the name is its topic)
    const body =
      !owned &&
      cue.type === "investigate" &&
      possessor &&
      attributiveDoer(doc, sentence.start, head.start) === possessor
        ? isInquiryBody(doc, possessor.actor) && !inquiryAskedFor(tokens, tokenIndexAt(tokens, possessor.start), from)
        : false;
    actor =
      agent ??
      sides?.agent.actor ??
      (owned || body ? (possessor?.actor ?? null) : cue.type === "protest" ? protesters(doc) : inquirer);
    if (!actor) return null;
    if (sides && !agent) {
      const evidence = { start: head.start, end: Math.max(sides.agent.end, sides.patient.end) };
      return responseOf(cue, actor, [sides.patient.actor], modalityBefore(tokens, m.first, from, cue.type), evidence);
    }
    // the names after "by" are the doers ("by Spanton and prosecutors"), not whom the act is against:
    // that one follows "against" ("a lawsuit filed by the Senate against the governor")
    // or, with none named, is the clause's subject ("he announced it despite criticism by Greece")
    targets = agent ? againstAfter(doc, tokens, m.last + 1, to, actor) : targetsOf(doc, tokens, m, to, actor, null);
    // "a case brought by the Philippines that could make China's claims illegal": the one its clause names
    const opponent =
      agent && targets.length === 0 && cue.type === "legal_action"
        ? caseOpponent(doc, tokens, m.last + 1, to, actor)
        : null;
    if (opponent) targets = [opponent];
    const subject = agent && targets.length === 0 ? subjectBefore(doc, sentence.start, head.start) : null;
    if (subject && !sameSide(doc, subject.actor, actor)) targets = [subject.actor];
  } else if (passive) {
    // "was joined by Australia": a cue that ends in "by" leaves its agent right after it
    // "was punched in the face by a Trump supporter": a name modifying an unnamed doer is not the doer
    if (BLOWS.has(head.lower) && NAMED_MODIFIER_AGENT.test(doc.text.slice(last.end, sentence.end))) return null;
    const agent =
      agentInCue ?? agentAfter(doc, tokens, last.lower === "by" ? m.last : m.last + 1, to) ?? attacker?.actor ?? null;
    // "a same-sex author was sentenced", "the suspect's wife was taken into custody": a subject no
    // actor names is acted on, not the name before it
    // "a suspect in Denmark was charged": the noun the place follows heads the subject, not the place
    const subjectWord = locatedHead(doc, tokens, from, subjectHead(tokens, from, m.first));
    // ("the governor's plan was rejected by X": a thing is no one acted on; its owner is the target)
    const unnamedSubject = subjectWord >= 0 && !cue.thing && namesNoOne(doc, tokens[subjectWord] as Token);
    possessedPatient = unnamedSubject && POSSESSIVE_CLITICS.has(tokens[subjectWord - 1]?.lower ?? "");
    const patient = unnamedSubject ? null : patientBefore(doc, tokens, sentence, from, m.first);
    unnamedSubjectAct = unnamedSubject;
    unnamedPersonSubject = unnamedSubject && !possessedPatient && unnamedPersonWord(tokens[subjectWord]?.lower ?? "");
    introducedSubject = unnamedPersonSubject && indefiniteBefore(tokens, from, subjectWord);
    // "two suspects were arrested", "the minister was stabbed": the story's police, or its attacker,
    // as the cue's words tell, before whoever reports the act
    // ("a 78-year-old man was charged": a charge on someone the story leaves unnamed is its police's too)
    const role = agent
      ? null
      : (impliedRole(tokens, m.first, m.last) ??
        (patient && policeOfUnnamed(head.lower) && isUnnamedPerson(doc, patient.actor) ? "police" : null));
    const implied = role ? impliedAgent(doc, role, head.start, patient ? [patient.actor] : []) : null;
    actor =
      agent ??
      destinationAfter(doc, tokens, m, to) ??
      offendedBody(doc, tokens, m, to) ??
      // "were tried by the same court": a verdict's unnamed agent is the story's court, never its reporter
      (cue.court ? courtOf(doc, head.start) : null) ??
      implied ??
      // "the attacker claimed he was wrongfully imprisoned": one who tells of an act on himself did not do it
      (PASSIVE_REPORTED.has(cue.type) && !cue.court && !PERSONAL.has(tokens[subjectWord]?.lower ?? "")
        ? reportingDoer(doc, cue.type, reporterOf(doc, tokens, sentence, from, m.first))
        : null);
    // "could be charged", "at risk of being deported", "recommended that the minister be prosecuted": an
    // act only supposed or asked for has no doer the story implies
    if (!agent && supposedPassive(tokens, m.first, from, cue.type)) return null;
    // "more than 200 people have been arrested": unnamed people arrested by the story's police, if it names one
    const near = tokens[Math.max(from, m.first - 6)] as Token;
    // ("Vale, a footballer with a ranking of 12, was arrested": a long apposition still names its subject)
    const unnamed =
      cue.type === "legal_action" &&
      mentionsIn(doc, near.start, head.start).length === 0 &&
      !(patient && APPOSITION_GAP.test(doc.text.slice(patient.end, head.start)));
    if (actor && unnamed && role === "police" && actor === implied) unnamedPatients = true;
    // "Rebic said at least 71 people were arrested": the reporter's arrests of people unnamed, too
    if (actor && !agent && isArrest(head.lower) && !namedSinceReport(doc, tokens, from, m.first))
      unnamedPatients = true;
    if (!actor && patient && cue.type === "recall_ambassador") actor = sideOf(doc, patient.actor);
    // "Avenatti was charged with three crimes" after "the government accused Avenatti": the one
    // who acted on, or accused, the same people before is the agent the passive leaves out
    // (a verdict is only ever a court's: "pleaded guilty or were convicted" names no one else)
    if (!actor && patient && ACTED_ON.has(cue.type) && !cue.court)
      actor = actedOnBefore(doc, patient.actor, head.start, cue.type === "legal_action");
    // "Congress voted to hold a Cabinet officer in contempt ... Holder was held in contempt": the same act just told
    const retold = !actor && ACTED_ON.has(cue.type) && !cue.court ? sameActBefore(doc, tokens, from, cue.type) : null;
    if (retold) actor = retold;
    // "Khan was convicted of terrorism years ago", "Blagojevich was jailed for corruption": a state's act on a
    // named person that no agent, court, police or earlier act accounts for is the prosecuting state's
    const byState =
      !actor &&
      patient !== null &&
      cue.type === "legal_action" &&
      (cue.court || wordIn(tokens, m.first, m.last + 1, STATE_ACTS)) &&
      !toldBy(doc, patient.actor, PERSONAL.has(tokens[subjectWord]?.lower ?? ""), head.start);
    if (byState) actor = prosecutingState(doc, head.start, patient.actor);
    // "was granted clemency": only one told granting mercy grants it, never the court that convicted
    if (role === "mercy") actor = implied;
    // a court sentences its own country's people: only the court itself is no target of its verdict
    // ("Indonesia's security minister Wiranto was stabbed": the patient, not the body in his title)
    if (patient && !unnamedPatients)
      targets = (
        appositiveList(doc, sentence.start, patient) ??
        // "Waseem, brother of Qandeel Baloch, was sentenced": the names inside his apposition are not acted on
        (/^\s*,[^,]+,[^,]*$/.test(doc.text.slice(patient.end, head.start))
          ? [patient.actor]
          : actorIds(
              mentionsIn(doc, listStart(doc, sentence.start, patient), head.start, true).filter(
                // "a man from Sweden was arrested": the place a patient comes from is not acted on
                (x) => x === patient || !LOCATIVES.has(tokens[tokenIndexAt(tokens, x.start) - 1]?.lower ?? ""),
              ),
            ))
      ).filter(
        (a) =>
          // a court, or the police, acts on its own country's people too
          // (and any state its own people: "a 25-year-old man was arrested", the person described, whatever their side)
          // (or the attack named: "were killed in an Israeli airstrike" gives its dead no Israeli side)
          // (and a person a legal act's named agent acts on: "Kade was charged by Varlandic prosecutors")
          (cue.court ||
          byState ||
          (attacker !== null && agent === attacker.actor) ||
          (role !== null && role !== "attacker" && actor === implied) ||
          (cue.type === "legal_action" &&
            a === patient.actor &&
            // (or the one the same act just told was done by: "Congress voted to hold a Cabinet officer in
            // contempt ... Holder was held in contempt" acts on one of its own country's people)
            ((agent !== null && agent === actor) ||
              (retold !== null && retold === actor) ||
              patient.via === "description") &&
            isPerson(doc, a))
            ? a !== actor
            : !sameSide(doc, a, actor ?? "")) &&
          (a === patient.actor || !closelyTied(doc, a, patient.actor)),
      );
  } else {
    // "responded by expelling ... and closing ...": a coordinated verb shares its subject
    // "police ... determined the car had come from X and spoke with Y": the main subject
    // "agreed to add members but did not accede to ...": a negated verb after "but did" shares it too
    const negatedAfter = NEGATIONS.has(head.lower) && AUXILIARIES.has(before?.lower ?? "") ? tokens[m.first - 2] : null;
    // "questioned him and then arrested him", "and would seek to extradite him": timing and seeking words between
    const andVerb =
      before?.lower === "and" ||
      before?.lower === "or" ||
      (negatedAfter != null && CONJOINING.has(negatedAfter.lower)) ||
      coordinatedAcross(tokens, m.first, from);
    const coordinatedVerb = previous && andVerb;
    // "..., threatening to ...", "..., often pushing X to ...": a participle after a comma is the main subject's act
    const participle =
      head.lower.endsWith("ing") &&
      (before?.lower === "," || (isAdverb(before?.lower ?? "") && tokens[m.first - 2]?.lower === ","));
    // "a chorus of Democrats urging him to quit": an -ing cue right after a name is that name's act
    const named = head.lower.endsWith("ing") && !participle ? nameRightBefore(doc, sentence.start, head.start) : null;
    // "fighters were killed in Turkish airstrikes": a name right before a nominal act is its doer
    // "railed against Republicans for refusing to ...": the one blamed or praised "for" an act did it
    const doer =
      (ATTRIBUTIVE_ACTS.has(head.lower) ? attributiveDoer(doc, sentence.start, head.start) : null) ??
      forDoer(doc, tokens, m.first, from, sentence.start);
    // "Smith praised the workers who marched": a relative clause's act is the described noun's, not the subject's
    const relative = doer || coordinatedVerb ? undefined : relativeDoer(doc, tokens, m.first, from);
    // "two people who were demonstrating": the clause describes no actor, so no one is credited
    if (relative === null) return null;
    actorMention =
      doer ??
      (relative !== undefined
        ? relative
        : coordinatedVerb
          ? null
          : (named ??
            (andVerb || participle
              ? // '"Give him time," said Biden, urging ...': a name inside a quote the cue stands outside is not its doer
                (mentionsIn(doc, sentence.start, head.start).find(
                  (x) => !sourceOnly(doc, sentence, x) && !quotedApart(doc, x.start, head.start),
                ) ?? null)
              : subjectBefore(doc, sentence.start, head.start))));
    actor = coordinatedVerb && !doer ? (previous?.actor ?? null) : (actorMention?.actor ?? null);
    // '"We call on Italy ..."': the first person inside a quote is its speaker
    const speaker = firstPersonBefore(tokens, m.first, from, cue.type === "threaten" ? THREAT_REACH : 4)
      ? quoteSpeaker(doc, head.start)
      : null;
    if (speaker) {
      actor = speaker;
      actorMention = null;
    } else if (actorMention && subjectOutsideQuote(doc, actorMention, head.start)) {
      // '"By confessing this, he's ..."': a quote's act whose doer is not named inside it is not the speaker's
      return null;
    }
    // "the primary threatens to knock him out", "a debate that threatened to break campaigns": a thing
    // that threatens makes no threat, and whoever is named before it did not make one either (the
    // subject of "made threats" is someone's, "his backers")
    if (
      cue.type === "threaten" &&
      head.lower.startsWith("threaten") &&
      !speaker &&
      !doer &&
      !named &&
      relative === undefined &&
      !coordinatedVerb &&
      !participle &&
      thingSubject(doc, tokens, from, m.first)
    )
      return null;
    if (!actor && cue.type === "protest") actor = protesters(doc);
    // "a man claiming allegiance to ISIS gunned down 49 people": a name a preposition governs, right
    // before the verb, is not the one who fired; the doer is a noun no actor names
    if (
      cue.type === "military_action" &&
      actorMention &&
      !doer &&
      governedName(tokens, actorMention.start, from) &&
      /^\s*$/.test(doc.text.slice(actorMention.end, head.start))
    )
      return null;
    if (!actor && cue.type === "military_action") actor = attributedDoer(doc, tokens, m.last + 1, 1);
    // "A court in Moscow sentenced Navalny", "a jury convicted Marek": a court the story does not name
    // as an actor speaks for the state that prosecutes the one it convicts; so does its other legal
    // acts ("a federal judge dismissed Acme's lawsuit", "a grand jury indicted X") and its refusals
    // of another's paper ("an appeals court rejected the petition filed by X")
    // (beyond a verdict, only one named in the act's own phrase: "dismissed Acme's lawsuit", "rejected the
    // petition filed by X"; not one told past a comma, "blocked the law, opposed by Democrats")
    // ("a judge ordered the city to release the video": the one ordered, whatever its kind, before the act ordered)
    const order = courtOrder(cue, head);
    const convicted =
      !actor && (courtsAct(cue) || order) && !actorMention && roleSubject(tokens, m.first, from, courtNoun)
        ? mentionsIn(
            doc,
            cue.owner || order ? head.end : last.end,
            cue.court ? sentence.end : phraseEnd(tokens, m.last, to),
          ).find((x) => order || x.kind !== "country")
        : undefined;
    if (convicted) actor = courtOf(doc, head.start) ?? prosecutingState(doc, head.start, convicted.actor);
    // "Armed officers shot Marek dead", "detectives arrested two men": unnamed officers act for the story's police
    if (!actor && !actorMention && roleSubject(tokens, m.first, from, (w) => POLICE_SUBJECTS.has(w)))
      actor = storyPolice(doc, head.start);
    if (!actor) return null;
    targets = targetsOf(doc, tokens, m, to, actor, actorMention);
    // "Acme, which the Justice Department sued last year": the object is the noun the clause describes
    const described =
      actorMention && !doer && relative === undefined && !coordinatedVerb
        ? relativeObject(doc, tokens, actorMention, m.last, from, to)
        : null;
    if (described && described.actor !== actor) targets = [described.actor];
    // a court convicts its own country's people: the one convicted is the target whatever its side
    if (convicted && targets.length === 0 && convicted.actor !== actor) targets = [convicted.actor];
    // "Turkey and Libya agreed on maritime borders": in a mutual act each is the other's target
    const partner = actorMention && partnerOf(doc, actorMention, sentence.start);
    // the first-named is the actor, the rest its partners ("Turkey and Libya agreed" → Turkey with Libya)
    // (not one backed by both: "Pierce and Carroll endorsed Smith")
    if (cue.type === "cooperate" && partner && actorMention && !object) {
      targets = [actor];
      actor = partner.actor;
      actorMention = partner;
    }
  }
  // "endorsed his former rival, Joe Biden": the object named is the target, none is guessed
  if (object && object.actor !== actor && !targets.includes(object.actor)) targets = [object.actor];
  // "a Kabul car bombing killed five, another attack ascribed to the Taliban": the doer the story names
  // for an attack, in its sentence or (for a passive with no agent) the next, outranks a subject guessed
  if (cue.type === "military_action") {
    const doer = attributedDoer(doc, tokens, m.last + 1, passive && !actor ? 2 : 1);
    if (doer && doer !== actor) {
      targets = targets.filter((t) => t !== doer);
      if (actor && !sameSide(doc, actor, doer) && targets.length === 0) targets = [actor];
      actor = doer;
    }
  }
  // "were found guilty", "received prison terms": a verdict with no agent is the court's
  if (!actor && cue.court) actor = courtOf(doc, head.start);
  if (!actor) return null;
  if (cue.type === "protest") {
    // protests are people's, against those who govern: "Serbians protested" is the protesters'
    const people = protesterGroup(doc);
    if (people && actorKind(doc, actor) === "country") actor = people;
    if (targets.length === 0) targets = governments(doc, actor);
  }
  // "called for the bill to be dropped": who makes laws is asked, the story's government
  if (cue.type === "demand" && targets.length === 0 && wordIn(tokens, m.first, Math.min(to, m.last + 5), GOVERNED))
    targets = governments(doc, actor);
  // "urged the administration to raise the cutoff": a governing body asked by its bare noun is the story's government
  // (a state asks another by its name: one read as asking "the government" is a subject misread)
  if (
    cue.type === "demand" &&
    targets.length === 0 &&
    actorKind(doc, actor) !== "country" &&
    governingAddressee(tokens, m.last + 1, to)
  )
    targets = governments(doc, actor);
  // "a ruling in favor of a lawsuit filed by the Senate against the governor": a legal act is against whom "against" names
  if (cue.type === "legal_action") {
    const against = againstAfter(doc, tokens, m.last + 1, to, actor);
    if (against.length) targets = against;
    targets = asDefendants(doc, targets, actor);
    // "X sued in Austria": with no one named, the defendant of the case the story names with X as plaintiff
    if (targets.length === 0) targets = [defendantOf(doc, actor)].filter((d): d is string => d !== null);
    // "police arrested the accused", "ordered the suspect remain in custody": the story's one perpetrator
    if (targets.length === 0) targets = perpetratorObject(doc, tokens, m.first, m.last, to, actor);
    // "Avenatti intended to appeal the conviction": an appeal naming no one is against who acted on the appellant
    if (targets.length === 0 && isAppeal(tokens, m.first, m.last)) targets = appealedDecider(doc, head.start, actor);
  }
  // "dismissed the lawsuit filed by Acme", "defied the court's order": an act on a paper is aimed at its owner
  if (cue.owner) {
    const owners = paperOwner(doc, tokens, m.first, m.last, to, actor);
    if (owners.length) targets = owners;
  }
  // "ruled against its initial attempt", "rejected their request": whose act or paper it is, told just before
  if (targets.length === 0 && OWNER_TARGETED.has(cue.type)) targets = pronounOwner(doc, tokens, sentence, m, to, actor);
  // "rejected the demarcation", "criticised May's proposed deal": an act on a thing is aimed at its
  // owner, not at names further on ("rejected the plan, and Greece said ..."); "the decision prompted
  // objections from X", "the plan was criticised by X": there the thing is the subject
  // (an admission's object is one's own act; one asked, or a partner, is named, not the owner of what
  // is asked for or signed: "signed the EU deal with Poland")
  if (!cue.owner && !cue.endorse && !cue.targetInComplement && !unnamedSubjectAct && last.lower !== "to") {
    const owners =
      !NAMED_PARTIES.has(cue.type) || targets.length === 0
        ? ownerOfObject(doc, tokens, m, from, to, actor, passive || cue.noun)
        : [];
    if (owners.length) targets = owners;
  }
  // "opposed the Iran deal": the state the deal is named for is no one acting on it is aimed at, named or guessed
  const party = cue.owner || cue.endorse || cue.targetInComplement ? null : objectAgreementPlace(doc, tokens, m, to);
  if (party) targets = targets.filter((t) => t !== party);
  targets = targets.filter((t) => t !== actor);
  // "demand the resignation of the party chairwoman, Debbie Wasserman Schultz": the holder, not the party
  // (the apposition may lie past the clause's end, which stops at its comma)
  targets = roleHolders(doc, targets, (tokens[m.last] as Token).end, sentence.end).filter((t) => t !== actor);
  // "Clinton's attorney, David Kendall, declined to comment": the one whose matter it is, not a name nearby
  if (cue.type === "decline_comment") {
    // "I refuse to answer the survey", '"I wouldn't say what Trump said"': a first person's own stance, no decline told
    if (before?.lower === "i") return null;
    const decliner = actor;
    targets = declineTargets(doc, tokens, m.first, m.last, to, decliner, actorMention, () =>
      toldActionActor(doc, tokens, m, to, decliner),
    );
  }
  // "called for a special prosecutor to investigate X": asked of whoever appoints one, not of the one
  // to be investigated (a cue that names the one asked, "called on Lynch to appoint", is another cue)
  if (cue.type === "demand" && APPOINTEES.words.has(last.lower))
    targets = [appointingBody(doc, actor)].filter((t): t is string => t !== null);
  // "pleaded guilty to donating to X": a plea is made to the state that prosecutes, not to one named in the charge
  if (cue.type === "admit" && PLEAS.has(head.lower))
    targets = [pleadedTo(doc, head.start, actor)].filter((t): t is string => t !== null && t !== actor);
  // "rammed into a military base in Afghanistan's Wardak province": an attack with no one named is on the state it struck
  if (targets.length === 0 && cue.type === "military_action") targets = struckState(doc, tokens, m.last, to, actor);
  // "withheld aid to Moldova", "aid that had been slated for Ukraine": aid cut off hits its recipient
  // (not whoever the cue's words name: "ordered his staff to delay aid")
  if (cue.type === "sanction" && wordIn(tokens, m.first, m.last + 1, AID_WORDS)) {
    const recipients = recipientAfter(doc, tokens, m.last, to, actor);
    if (recipients.length) targets = recipients;
  }
  // "an inmate had been stabbed": no one the story names stands in for one it leaves unnamed
  // whether the cue's own words named a target, before the guesses from the sentences around
  const namedTarget = targets.length > 0;
  const guessing = !unnamedSubjectAct;
  if (targets.length === 0 && guessing) targets = toldActionActor(doc, tokens, m, to, actor);
  // "called for an investigation into the shooting": a call to look into an act is aimed at its doer
  if (targets.length === 0 && cue.type === "demand") targets = inquiredActDoer(doc, tokens, m.last, to, actor);
  // "the FBI is investigating the shooting", "police opened an inquiry into the attack": a body's inquiry into an
  // attack is aimed at its doer (a subject that is no such body is often a guess from afar)
  if (targets.length === 0 && cue.type === "investigate" && isInquiryBody(doc, actor))
    targets = investigatedActDoer(doc, tokens, m.last, to, actor);
  // "X authorized subpoenas for Barr. Barr refused to hand over the documents": an answer with no
  // one named answers whoever acted on its actor just before
  if (targets.length === 0 && guessing && ANSWERS.has(cue.type)) targets = answeredActor(doc, tokens, from, actor);
  // "... authorized subpoenas for documents. Ross refused to hand over the documents": whoever asked for them
  // (read whenever the cue's words named no one: an answer guessed above stands when one asked is found too)
  const askers =
    cue.type === "reject" && !namedTarget
      ? refusedAsker(doc, tokens, m.last, to, startSentencesBack(doc, (tokens[from] as Token).sentence, 2), actor)
      : [];
  if (targets.length === 0) targets = askers;
  const asked = askers.length > 0;
  // "The House has only impeached two other Presidents": an act on others than the story's, named nowhere
  if (targets.length === 0 && othersAsObject(tokens, m.last + 1, to)) return null;
  // "arrested a 25-year-old man ... the man, later identified as X": the person the story identifies
  if (targets.length === 0 && IDENTIFIABLE.has(cue.type) && !passive && unnamedPersonAt(doc, tokens, m.last + 1, to))
    targets = [identifiedPerson(doc, head.start, actor)].filter((p): p is string => p !== null);
  if (targets.length === 0 && guessing) {
    // the same kind of act told before stands for the same targets (a call or a meeting: only just before)
    const near = LOCAL_TARGETS.has(cue.type) ? startSentencesBack(doc, (tokens[from] as Token).sentence, 1) : 0;
    const inherited = [...doc.responses]
      .reverse()
      .find((r) => r.type === cue.type && r.targets.length > 0 && r.evidence.start >= near);
    // "police arrested 33 individuals": an object of its own, unnamed as an actor, is the target;
    // only a state told before stands in for it, never a bystander from the last sentence
    // "asked people to pray": an unnamed object inside the cue, before its "to", is the cue's own too
    const ownObject =
      hasOwnObject(tokens, m.last + 1, to) ||
      (last.lower === "to" && m.last - m.first >= 2 && hasOwnObject(tokens, m.first + 1, m.last));
    // a lawsuit, an arrest or a protest is aimed at someone the sentence names (or, for a
    // protest, the story's government); a state named before is no stand-in.
    // Nor for any act with an object of its own ("began investigations of the crash", "warn the
    // Saudis", "never threaten anybody"): the state told last before is a bystander, not its target
    // "Planned Parenthood, along with the ACLU, plans to oppose the bill": one acting with the actor is no guess
    const partner = actorMention ? partnerOf(doc, actorMention, sentence.start)?.actor : undefined;
    const guessed =
      (cue.type === "legal_action" && !passive) || cue.type === "protest" || ownObject
        ? null
        : (counterpartBefore(doc, actor, head.start) ?? neighbourBefore(doc, actor, head.start));
    const guess = guessed === partner ? null : guessed;
    // "sued in Austria": the place the act happened in is no guess at its target
    const placed = placesAfter(doc, tokens, m.last, to);
    const fallback =
      // a court tries its own country's people: its verdicts inherit the case's targets whatever their side
      inherited && (cue.court || !inherited.targets.every((t) => sameSide(doc, t, actor)))
        ? inherited.targets
        : [guess].filter((x): x is string => x !== null && !placed.has(x));
    targets = fallback;
  }
  // "voted against the legislation", "rejected the idea": opposition whose own words name no one is
  // aimed at whoever owns what it opposes, which a guess from the sentences around misses far more
  // often than not: on unseen political news 3 guessed targets in 29 were right, most of them a
  // person's or a party's stance guessed onto a bystander; "he later apologized": 1 in 16. With no
  // one to aim at, the act is left out (no annotated response lacks a target). Kept: a refusal of
  // what was asked ("the embassy declined the request", "refused to hand over the documents" after
  // subpoenas for them), and a body's or a state's act guessed onto a state ("the SDF opposed the
  // withdrawal"). An answer guessed onto whoever acted on its actor before was right on 0 of 6.
  if (party) targets = targets.filter((t) => t !== party);
  if (
    UNAIMED_GUESSES.has(cue.type) &&
    !namedTarget &&
    !asked &&
    !cue.answer &&
    !wordIn(tokens, m.first, m.last + 1, ASKED_FOR) &&
    !(actorKind(doc, actor) !== "person" && targets.length > 0 && actorKind(doc, targets[0] as string) === "country")
  )
    return null;

  // "asked Judge X to delay his ruling, but he declined": a bare refusal answers the one who just acted on its
  // actor, and with no such act it tells nothing ("the party has declined")
  if (cue.answer) {
    targets = answeredActor(doc, tokens, from, actor, true);
    if (targets.length === 0) return null;
  }
  // its evidence holds the act it answers when that is told in its sentence: "asked X to delay ..., but he declined"
  const answered = cue.answer
    ? [...doc.responses].reverse().find((r) => r.actor === targets[0] && r.evidence.start >= sentence.start)
    : undefined;
  // "the suspect's wife was taken into custody": no one the story names as an actor stands in for her
  if (possessedPatient) targets = [];
  // those arrested are named nowhere: no one told nearby stands in for them, unless the story is of
  // protests ("71 people were arrested" after protesters stormed parliament): then they are the protesters
  // ("an individual has been arrested after the mayor was stabbed": in a story of an attack, its attacker)
  if (unnamedPatients && !possessedPatient)
    targets = [protesters(doc) ?? storyAttacker(doc, [actor])].filter((p): p is string => p !== null && p !== actor);
  // "a man was arrested ... identified as X": an unnamed person acted on in the passive, too
  // ("a suspect in Wisconsin has been charged" after the story's suspect was named: someone new)
  if (targets.length === 0 && IDENTIFIABLE.has(cue.type) && unnamedPersonSubject)
    targets = [identifiedPerson(doc, head.start, actor, introducedSubject)].filter((p): p is string => p !== null);
  // a subject found in an earlier sentence (a pronoun's antecedent) stays out of the evidence
  const start = Math.min(
    answered?.evidence.start ?? Number.POSITIVE_INFINITY,
    actorMention && actorMention.start >= sentence.start && head.start - actorMention.end < 120
      ? actorMention.start
      : leadIn(tokens, m.first, from),
  );
  const end = Math.max(last.end, objectsReach(doc, tokens, m, to), objectPhraseEnd(tokens, m.last + 1, to));
  const modality = modalityBefore(tokens, m.first, from, cue.type);
  // "would consider charging the gunman": an act weighed is a measure considered, not the act
  // "is considering a request to open an investigation": the act asked for is weighed too
  const weighed =
    (head.lower.endsWith("ing") && WEIGHING.has(before?.lower ?? "")) || weighedRequest(tokens, m.first, from);
  // "a judge ordered the city to release the video": a court's order is a legal act
  const ordered = courtOrder(cue, head) && (isCourt(doc, actor) || roleSubject(tokens, m.first, from, courtNoun));
  const response = responseOf(weighed ? CONSIDERED : ordered ? COURT_ORDERED : cue, actor, targets, modality, {
    start,
    end,
  });
  // "Republicans ... support Trump", "Norland backed X": a backing between people and organizations only
  if (contact && !contactSides(doc, response)) return null;
  return backing && !backingSides(doc, response) ? null : response;
}

/** The subject of an announcing verb right before "the" and a nominal cue ("police announced the arrest of"). */
function announcedAct(doc: Doc, tokens: Token[], sentence: Span, from: number, first: number): string | null {
  const verb = tokens[first - 2];
  if (first - 2 < from || !verb || !ANNOUNCING.has(verb.lower) || !ANAPHORIC.has(tokens[first - 1]?.lower ?? ""))
    return null;
  // "announcing the arrest in May" points back to an arrest told before; "the arrest of X" tells whose
  if (!tokens.slice(first + 1, first + 3).some((t) => t.lower === "of" || t.lower === "on")) return null;
  // "Police confirmed the arrest": unnamed officers announce for the story's police
  return (
    subjectBefore(doc, sentence.start, verb.start)?.actor ??
    (roleSubject(tokens, first - 2, from, (w) => POLICE_SUBJECTS.has(w)) ? storyPolice(doc, verb.start) : null)
  );
}

/** A bare verb after a modal or a pronoun subject, or after "to" that follows a lower-case word ("plans to"). */
function bareVerbTold(doc: Doc, tokens: Token[], first: number, from: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || first - 1 < from) return false;
  if (BARE_VERBS.after.has(prev.lower)) return true;
  const word = tokens[first - 2];
  return prev.lower === "to" && first - 2 >= from && !!word && !word.punct && !capitalised(doc, word);
}

const CONSIDERED_CODES = responseCodes.get("consider_measures");
const CONSIDERED = {
  type: "consider_measures",
  cameo: CONSIDERED_CODES?.cameo ?? "014",
  plover: CONSIDERED_CODES?.plover ?? null,
} as const;

const COURT_ORDERED_CODES = responseCodes.get("legal_action");
const COURT_ORDERED = {
  type: "legal_action",
  cameo: COURT_ORDERED_CODES?.cameo ?? "173",
  plover: COURT_ORDERED_CODES?.plover ?? null,
} as const;

/**
 * The state a plea at `pos` is made to: the prosecuting state (prosecuting-state.ts), read as its
 * country when that is a court of one ("the Superior Court" pleads to Canada, whose prosecutors
 * the story may name apart from the court).
 */
function pleadedTo(doc: Doc, pos: number, actor: string): string | null {
  const body = prosecutingState(doc, pos, actor);
  const state = body ? doc.actors.find((a) => a.id === body)?.affiliation : null;
  return state && actorKind(doc, state) === "country" ? state : body;
}

/** A demand cue that opens with an order ("ordered X to ..."), a legal act when a court gives it. */
function courtOrder(cue: ResponseCue, head: Token): boolean {
  return cue.type === "demand" && COURT_ORDERS.has(head.lower);
}

// how far before a cue a weighing verb may stand ("is considering a request from the mayor to open")
const WEIGHED_REACH = 7;

/** A weighing verb followed by what is weighed ("a request", "whether") stands a few words before the cue, in its clause. */
function weighedRequest(tokens: Token[], first: number, from: number): boolean {
  for (let k = first - 1; k >= from && k >= first - WEIGHED_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    if (!WEIGHING.has(t.lower)) continue;
    const next = tokens[k + 1]?.lower ?? "";
    return (
      WEIGHED_THINGS.has(next) || (NOUN_DETERMINERS.includes(next) && WEIGHED_THINGS.has(tokens[k + 2]?.lower ?? ""))
    );
  }
  return false;
}

/** "a subpoena issued by a grand jury", "charges brought by prosecutors": the agent after a participle right after the cue. */
function issuedBy(doc: Doc, tokens: Token[], i: number, to: number): string | null {
  const participle = tokens[i];
  if (!participle || i >= to || !ISSUING.has(participle.lower) || tokens[i + 1]?.lower !== "by") return null;
  return agentAfter(doc, tokens, i + 1, to);
}

const ANSWERS = new Set<string>(ANSWER_TYPES);
// the words after which a nominal cue names its doer ("criticism by Greece", "objections from conservatives")
const AGENT_LINKS = new Set(["by", "from"]);
// "arrested a 36-year-old Cheltenham man": how far after a legal act its direct object starts
const DIRECT_REACH = 6;
const isPerson = (doc: Doc, id: string) => doc.actors.find((x) => x.id === id)?.kind === "person";
// acts on a person the story may leave unnamed at first and identify later ("arrested a man")
const IDENTIFIABLE = new Set(["legal_action", "military_action"]);
// passives whose agent, left out, is whoever acted on the same people before
const ACTED_ON = new Set(["legal_action", "sanction"]);
const ATTRIBUTING_BY = new Set<string>(ATTRIBUTED_BY);
const ATTRIBUTING_TO = new Set<string>(ATTRIBUTED_TO);
const AUXILIARIES = new Set(["did", "does", "do", "would", "will", "could", "can", "has", "have", "had"]);
const CONJOINING = new Set(["and", "or", "but"]);

function alleged(doc: Doc, pos: number): boolean {
  return doc.accusations.some((a) => a.allegation && a.allegation.start <= pos && pos < a.allegation.end);
}

/** One of `words` among the `reach` words from `i` (before `to`), with no punctuation before it. */
function wordSoonAfter(tokens: Token[], i: number, to: number, reach: number, words: ReadonlySet<string>): boolean {
  for (let k = i; k < to && k < i + reach; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    if (words.has(t.lower)) return true;
  }
  return false;
}

/** "admits that he will likely lose": a modal within four words after the cue makes the clause a forecast. */
function forecast(tokens: Token[], i: number, to: number): boolean {
  return wordSoonAfter(tokens, i, to, 4, FORECAST_MODALS);
}

/** The response told as another type (retyped-acts.ts): a threat is threatened, the rest keep their modality. */
function retyped(r: Response, type: ResponseType): Response {
  const codes = responseCodes.get(type);
  const cue = { type, cameo: codes?.cameo ?? r.cameo, plover: codes?.plover ?? null };
  return responseOf(cue, r.actor, r.targets, type === "threaten" ? "threatened" : r.modality, r.evidence);
}

/** A response of the cue's type; its id follows from the type and the evidence. */
function responseOf(
  cue: Pick<ResponseCue, "type" | "cameo" | "plover">,
  actor: string,
  targets: string[],
  modality: Response["modality"],
  evidence: Span,
): Response {
  return {
    id: stableId(`response:${cue.type}:${evidence.start}:${evidence.end}`),
    actor,
    targets,
    type: cue.type,
    cameo: cue.cameo,
    plover: cue.plover,
    modality,
    evidence,
    date: null,
    respondsTo: null,
  };
}

// "Their demands have included dissolving Parliament": a possessed act that opens the sentence
// and is its subject is the possessor's act
const OWNED_TYPES = new Set(["demand", "threaten", "protest"]);
const SUBJECT_VERBS = new Set([
  "have",
  "has",
  "had",
  "include",
  "included",
  "includes",
  "were",
  "was",
  "are",
  "is",
  "on",
  "of",
  "from",
  "against",
]);
const ADDRESSEE_LINKS = new Set(["on", "of", "from", "against"]);

function ownedAct(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  to: number,
  m: CueMatch<ResponseCue>,
): Response | null {
  const cue = m.pattern.value;
  const owner = tokens[m.first - 1];
  if (!OWNED_TYPES.has(cue.type) || !owner || m.first - 1 !== from) return null;
  if (!SUBJECT_VERBS.has(tokens[m.last + 1]?.lower ?? "")) return null;
  const actor = possessorOf(doc, sentence.start, owner.lower)?.actor;
  if (!actor) return null;
  const last = tokens[m.last] as Token;
  // the addressee follows "on" / "of" / "from" / "against"; what the demand is for ("dissolving Parliament") is not it
  const link = tokens[m.last + 1];
  const addressed =
    link && ADDRESSEE_LINKS.has(link.lower) ? objectsIn(doc, link.end, (tokens[to - 1] as Token).end, [actor]) : [];
  const targets = addressed.length ? addressed.slice(0, 1) : governments(doc, actor);
  const evidence = { start: owner.start, end: Math.max(last.end, objectsReach(doc, tokens, m, to)) };
  return responseOf(cue, actor, targets, "done", evidence);
}

// acts on someone's act or paper ("ruled against its attempt", "rejected their request"): aimed at its owner
const OWNER_TARGETED = new Set(["legal_action", "reject"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their"]);

/** The one a possessive "its" / "their" in or right after the cue stands for (not the actor itself). */
function pronounOwner(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  m: CueMatch<ResponseCue>,
  to: number,
  actor: string,
): string[] {
  for (let k = m.first + 1; k < to && k <= m.last + 2; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return [];
    if (!POSSESSIVE_PRONOUNS.has(t.lower)) continue;
    // "Acme said the court rejected its appeal": one named before the actor in the sentence, else the sentences before
    const fits = (id: string) =>
      !closelyTied(doc, id, actor) && (t.lower === "their" || actorKind(doc, id) !== "person");
    const before = mentionsIn(doc, sentence.start, (tokens[m.first] as Token).start).filter((x) => fits(x.actor));
    const owner = before.at(-1)?.actor ?? possessorOf(doc, sentence.start, t.lower)?.actor;
    return owner && fits(owner) ? [owner] : [];
  }
  return [];
}

const LONG_ASK = 5;
// "asked Agriculture Minister Petra Novak": only a title's capitalised words before the name
const ADDRESSEE_HEAD = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
const ADDRESSEE_TAIL = /^(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*(?:,\s*(?:who|which|whose|whom)\b[^,;]*,\s*)?$/u;

/** The one asked is named right after the verb, and nothing but a relative clause comes between it and the cue's "to". */
function addresseeNext(doc: Doc, tokens: Token[], m: CueMatch<ResponseCue>): boolean {
  const head = tokens[m.first] as Token;
  const to = (tokens[m.last] as Token).start;
  const named = mentionsIn(doc, head.end, to)[0];
  if (!named || !ADDRESSEE_HEAD.test(doc.text.slice(head.end, named.start))) return false;
  // "Hong Kong Chief Executive Carrie Lam": a place, a title and a name, all capitalised, are one person asked
  return ADDRESSEE_TAIL.test(doc.text.slice(named.end, to));
}

/** A meeting owned by `owner`: held with whom its "with" names; none named, no act. */
function ownedMeeting(
  doc: Doc,
  tokens: Token[],
  m: CueMatch<ResponseCue>,
  to: number,
  owned: MeetingOwner,
): Response | null {
  const last = tokens[m.last] as Token;
  const targets = objectsIn(doc, last.end, (tokens[to - 1] as Token).end, [owned.owner.actor]).slice(0, 1);
  const with_ = mentionsIn(doc, last.end, (tokens[to - 1] as Token).end).find((x) => x.actor === targets[0]);
  if (!with_) return null;
  // the evidence ends with the one met: "Following his meeting with Ryan, Trump met with ..." tells two meetings
  return responseOf(m.pattern.value, owned.owner.actor, targets, "done", { start: owned.start, end: with_.end });
}

// answers whose words may hold the demand they answer ("rejected the union's demands", "met their demands")
const ANSWERING = new Set(["reject", "cooperate"]);

/** The demand an answer's own words name with its owner ("refused the protesters' demands"): the owner asked the one answering. */
function answeredDemand(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  to: number,
  m: CueMatch<ResponseCue>,
  answer: Response,
): Response | null {
  if (!ANSWERING.has(answer.type)) return null;
  const demand = responseCues.matchAll(tokens, m.first, m.last + 1).find((x) => x.pattern.value.type === "demand");
  // "rejected the union's demands" tells the refusal alone; "demands for a new inquiry" tells what was asked too
  if (!demand || tokens[demand.last + 1]?.lower !== "for") return null;
  const owner = demandOwner(doc, tokens, demand.first, demand.last, to, sentence.start);
  if (!owner || owner.actor === answer.actor || closelyTied(doc, owner.actor, answer.actor)) return null;
  const r = ownedDemand(doc, tokens, demand, to, owner);
  return { ...r, targets: [answer.actor] };
}

/** A demand owned by `owner`: addressed to whom "on" / "from" / "against" names, else to the story's government. */
function ownedDemand(doc: Doc, tokens: Token[], m: CueMatch<ResponseCue>, to: number, owner: ActorMention): Response {
  const head = tokens[m.first] as Token;
  const link = tokens[m.last + 1];
  const addressed =
    link && link.lower !== "of" && ADDRESSEE_LINKS.has(link.lower)
      ? objectsIn(doc, link.end, (tokens[to - 1] as Token).end, [owner.actor])
      : [];
  const targets = addressed.length ? addressed.slice(0, 1) : governments(doc, owner.actor);
  const start = Math.min(owner.start, head.start);
  // "protesters' demands for a new inquiry": the evidence reads through what is asked for
  const asked = link?.lower === "for" ? m.last + 2 : m.last + 1;
  const end = Math.max(owner.end, objectsReach(doc, tokens, m, to), objectPhraseEnd(tokens, asked, to));
  return responseOf(m.pattern.value, owner.actor, targets, "done", { start, end });
}

function targetsOf(
  doc: Doc,
  tokens: Token[],
  m: CueMatch<ResponseCue>,
  to: number,
  actor: string,
  actorMention: ActorMention | null,
): string[] {
  const head = tokens[m.first] as Token;
  const last = tokens[m.last] as Token;
  // one works with its own allies too: only the actor itself is no partner
  const ally = m.pattern.value.type === "cooperate";
  // a state jails, fines or investigates its own people and firms: the one named as the cue's object
  // ("Russia jailed opposition leader Alexei Navalny") is its target though the story ties it to the state
  // ("levied sanctions against al-Muhandis", "an inquiry into Trump": or right after the cue's preposition)
  const own = OWN_SIDE_TYPES.has(m.pattern.value.type) ? ownSideObject(doc, tokens, m.last, to) : undefined;
  // a state arrests and tries its own people: the person a legal act names right after it
  // ("arrested a man in Kerala") is its target whatever their side
  const direct =
    m.pattern.value.type === "legal_action" ? mentionsIn(doc, last.end, last.end + DIRECT_REACH)[0]?.actor : undefined;
  const notMine = (ids: string[], addressee = false) =>
    ids.filter((a) =>
      ally || a === own || (a === direct && isPerson(doc, a)) || (addressee && asksOwnSide(m.pattern.value.type))
        ? a !== actor
        : !closelyTied(doc, a, actor),
    );
  // objects inside the cue: "expelled Russian diplomats", "asking the US to"
  const inside = notMine(objectsIn(doc, head.end, last.end, [actor]), true);
  // "supporting the government of Hadi": whom the cue's last "of" names, not the noun before it
  // "neither the EU nor the US would endorse": the names inside a cue opened by "nor" act with the subject
  if (inside.length && last.lower !== "of" && head.lower !== "nor") return inside;
  // "ordered the network to shut down": the one ordered stands before "to", never after the cue
  // (a "to" of the cue's own words: "invited the countries to open dialogue" only passes one in a gap)
  // (a state may order its own firms and people: anyone but the actor itself is the one ordered)
  if (/\sto\s/.test(m.pattern.source))
    for (let k = m.first + 1; k < m.last; k++)
      if ((tokens[k] as Token).lower === "to") return objectsIn(doc, head.end, last.end, [actor]);
  // a cue that ends in "to" leaves the requested act after it, not the addressee; but what is
  // handed over with a gap before "to" goes to the one named after it ("disclosed the matter to the SEC")
  const recipient = m.pattern.value.type === "cooperate" && /~\d to$/.test(m.pattern.source);
  if (last.lower !== "to" || recipient) {
    let stop = m.pattern.value.targetInComplement ? to : objectEnd(tokens, m.last + 1, to);
    // "urged the embassy to reconsider": the addressee comes before the request
    if (m.pattern.value.type === "demand")
      for (let k = m.last + 1; k < stop; k++) if ((tokens[k] as Token).lower === "to") stop = k;
    const stopAt = (tokens[stop] as Token | undefined)?.start ?? (tokens[to - 1] as Token).end;
    // a court case is brought somewhere, a protest held somewhere: "sued in Austria" and
    // "protesting in Belgium" name the place, not the one aimed at
    const placed = m.pattern.value.type === "legal_action" || m.pattern.value.type === "protest";
    const floor = placed ? m.last : m.last + 1;
    const after = notMine(objectsIn(doc, last.end, stopAt, [actor]), true).filter((id) => {
      const at = mentionsIn(doc, last.end, stopAt).find((x) => x.actor === id);
      return !at || !locative(tokens, floor, at.start);
    });
    if (after.length) return after;
  }
  // "refused to provide the network with a licence", "refused to meet Putin": the refused act's object
  if (last.lower === "to" && m.pattern.value.type === "reject" && m.last + 2 < to) {
    // the object right after the refused verb, not a name further on ("refused to answer whether ...")
    const end = Math.min(objectEnd(tokens, m.last + 2, to), m.last + 6);
    const stopAt = (tokens[end] as Token | undefined)?.start ?? (tokens[to - 1] as Token).end;
    const refused = notMine(objectsIn(doc, (tokens[m.last + 1] as Token).end, stopAt, [actor]));
    if (refused.length) return refused.slice(0, 1);
  }
  // "reviewing measures in response to Moscow's alleged offer": whom the cause names
  const stop = objectEnd(tokens, m.last + 1, to);
  if (stop < to && CAUSES.has((tokens[stop] as Token).lower)) {
    const cause = notMine(objectsIn(doc, (tokens[stop] as Token).start, (tokens[to - 1] as Token).end, [actor]));
    if (cause.length)
      return FOR_ALL.has(last.lower) && (tokens[stop] as Token).lower === "for" ? cause : cause.slice(0, 1);
  }
  // "wrote to the US Embassy asking ...": between the subject and the cue, but not a name
  // coordinated with the subject ("neither the EU nor the US would endorse"): that one acts too
  if (actorMention) {
    const first = mentionsIn(doc, actorMention.end, head.start).find(
      (x) => !COORDINATED.test(doc.text.slice(actorMention.end, x.start)),
    );
    return first ? notMine(objectsIn(doc, first.start, head.start, [actor])) : [];
  }
  return [];
}

// "Senator Collins called on the US to stay neutral", "the opposition urged the government to resign":
// one asks one's own state or party as readily as a foreign one, so the one named as asked is the target
const OWN_SIDE_ASKED = new Set(["demand"]);
const asksOwnSide = (type: string) => OWN_SIDE_ASKED.has(type);

/**
 * "heard the demands", "the double bombing": a verb cue after a determiner (or,
 * for an -ing form, after a determiner and one modifier that names no actor) is
 * a noun, not an action told here.
 */
function usedAsNoun(doc: Doc, tokens: Token[], first: number, from: number, type: string): boolean {
  const prev = tokens[first - 1];
  if (!prev || first - 1 < from) return false;
  if (DETERMINERS.has(prev.lower)) return true;
  // "with airstrikes" is an act told; "a goal of ousting" is not
  const gerund = (tokens[first] as Token).lower.endsWith("ing");
  if (NOUN_CONTEXT.has(prev.lower) && (VERB_OR_NOUN.has(type) || gerund)) return true;
  // "the double bombing", "a parting shot", but not "the embassy declined" (a subject and its verb)
  const prev2 = tokens[first - 2];
  const word = (tokens[first] as Token).lower;
  if (!word.endsWith("ing") && !NOUN_FORMS.has(word)) return false;
  if (!prev2 || first - 2 < from || prev.punct || !DETERMINERS.has(prev2.lower)) return false;
  // "issued a statement urging Iran to", "passed a resolution calling on Russia": a participle saying what the message does
  if (MESSAGE_NOUNS.has(prev.lower)) return false;
  const named = mentionsIn(doc, prev2.start, prev.end + 200, true).some(
    (m) => m.start < prev.end && m.end > prev.start,
  );
  return !named && !capitalised(doc, prev);
}

// acts whose verb doubles as a noun ("demands", "threats", "protests", "arrests")
const VERB_OR_NOUN = new Set(["demand", "threaten", "protest", "legal_action", "investigate"]);

// "have expanded to include demands", "amid threats", "a goal of ousting": words after which a verb cue is a noun
const NOUN_CONTEXT = new Set([
  "of",
  "with",
  "include",
  "includes",
  "included",
  "including",
  "amid",
  "despite",
  "about",
  "such",
  "new",
  "many",
  "several",
  "cardiac",
  "under",
]);

const DETERMINERS = new Set([...NOUN_DETERMINERS, "'s", "no"]);

/** "arrested 33 individuals", "sued the newspaper": the cue is followed by an object noun phrase of its own. */
function hasOwnObject(tokens: Token[], i: number, to: number): boolean {
  const next = tokens[i];
  if (!next || i >= to || next.punct) return false;
  return !NOT_OBJECT.has(next.lower);
}

const NOT_OBJECT = new Set([
  "to",
  "in",
  "on",
  "at",
  "for",
  "over",
  "against",
  "with",
  "by",
  "from",
  "after",
  "and",
  "or",
  "but",
  "that",
  "as",
  "it",
  "them",
  "him",
  "her",
  "its",
  "their",
  "his",
  "back",
  "out",
  "up",
]);

// words that end an object before any name: "endorsed it, Hawkins said", "the killers of Khashoggi"
const OBJECT_BREAKS = new Set([
  "it",
  "them",
  "him",
  "me",
  "us",
  "you",
  "this",
  "these",
  "those",
  "of",
  "like",
  "that",
  "and",
  "or",
  "but",
  "as",
  "by",
  "with",
  "for",
  "after",
  "over",
  "at",
  "in",
  "until",
  "back",
  "out",
  "up",
]);
// "banned travel from China", "banned flights to Iran": a preposition after the object's noun leads to whom
const OBJECT_LINKS = new Set(["from", "to", "on", "against"]);
const POSSESSIVE_DETERMINERS = new Set(["his", "her", "its", "their"]);
const OBJECT_WORDS = 3;

/**
 * The actor a transitive cue names as its object: "sanctioned Iran", "endorsed former Vice President
 * Joe Biden", "endorsed his former rival, Joe Biden", "banned travel from China" (a few lowercase words,
 * title words or an appositive's head between), "killed a woman named X", but not "endorsed it,
 * Hawkins said", "a company based in X" nor "called for the decriminalization of drugs like Portugal".
 */
function relativeObjectOf(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  m: CueMatch<ResponseCue>,
  from: number,
  to: number,
): ActorMention | null {
  const subject = subjectBefore(doc, sentence.start, (tokens[m.first] as Token).start);
  return subject ? relativeObject(doc, tokens, subject, m.last, from, to) : null;
}

function namedObject(doc: Doc, tokens: Token[], last: number, to: number): ActorMention | null {
  const mentions = mentionsIn(doc, (tokens[last] as Token).end, (tokens[to - 1] as Token).end, true);
  let lower = 0;
  let afterComma = false;
  let k = last + 1;
  for (const object of mentions) {
    const word = doc.text.slice(object.start, object.end).toLowerCase();
    // "his former rival": a possessive pronoun opens the object, it is not it
    if (object.via === "pronoun" && POSSESSIVE_DETERMINERS.has(word)) continue;
    for (; k < to && (tokens[k] as Token).start < object.start; k++) {
      const t = tokens[k] as Token;
      const capital = capitalised(doc, t);
      if (t.punct) {
        // an appositive: "his former rival, Joe Biden"
        if (t.lower !== "," || afterComma || lower === 0) return null;
        afterComma = true;
        continue;
      }
      if (capital) continue;
      if (afterComma || ++lower > OBJECT_WORDS || OBJECT_BREAKS.has(t.lower)) return null;
      if (OBJECT_LINKS.has(t.lower) && k === last + 1) return null;
    }
    // "shot him": a pronoun right after the verb, resolved by the actor stage; not inside a quote,
    // whose pronouns point into the speaker's own words ("I am glad to endorse him")
    if (object.via === "pronoun") return k === last + 1 && !quoteSpeaker(doc, object.start) ? object : null;
    // "a woman named Heather Heyer": a participle before the name; the object is the noun before it
    const prev = tokens[k - 1] as Token;
    if (
      k - 1 > last &&
      !prev.punct &&
      prev.lower.endsWith("ed") &&
      !capitalised(doc, prev) &&
      // but a person described, then named, is that person: "killed a woman named Heather Heyer"
      !(prev.lower === "named" && unnamedPersonWord(tokens[k - 2]?.lower ?? ""))
    )
      return null;
    // "endorse Trump rival Sen. Ted Cruz": a name modifying the person named after it is not the object
    return modifiedPerson(doc, object, mentions);
  }
  return null;
}

const OWN_SIDE_LINKS = new Set([...OBJECT_LINKS, "into"]);

/** The object named right after a cue, or right after the preposition that follows it ("sanctions against X"). */
function ownSideObject(doc: Doc, tokens: Token[], last: number, to: number): string | undefined {
  // "an arrest warrant for X": a paper issued "for" someone names its target after "for"
  const next = tokens[last + 1]?.lower ?? "";
  const linked =
    OWN_SIDE_LINKS.has(next) || (next === "for" && FOR_ALL.has((tokens[last] as Token).lower)) ? last + 1 : -1;
  return (namedObject(doc, tokens, last, to) ?? (linked > 0 ? namedObject(doc, tokens, linked, to) : null))?.actor;
}

/** "they would appeal", "Acme appeals the": the word before a bare appeal makes it a verb (a subject's name, an auxiliary, "to"). */
function appealVerb(doc: Doc, tokens: Token[], i: number, from: number): boolean {
  const prev = i > from ? (tokens[i - 1] as Token) : null;
  return prev !== null && (ATTRACTION_SENSES.verbAfter.has(prev.lower) || (capitalised(doc, prev) && i - 1 > from));
}

/** Whether a token is written with a capital first letter ("Joe", "Vice"), as a name or title word is. */
function capitalised(doc: Doc, t: Token): boolean {
  return /^\p{Lu}/u.test(doc.text.slice(t.start, t.end));
}

/** "sued the newspaper in Germany": a place named after an object is where, not whom. */
function locative(tokens: Token[], cueEnd: number, mentionStart: number): boolean {
  const i = tokenIndexAt(tokens, mentionStart);
  const prev = tokens[i - 1];
  if (!prev || (prev.lower !== "in" && prev.lower !== "at")) return false;
  // some words between the cue and "in": an object came first
  return i - 1 > cueEnd;
}

/** Actors named right after the cue as a place ("sued in Austria", "arrested at Moscow airport"). */
function placesAfter(doc: Doc, tokens: Token[], last: number, to: number): Set<string> {
  const out = new Set<string>();
  const stop = objectEnd(tokens, last + 1, to);
  for (let k = last + 1; k < stop && k <= last + 4; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== "in" && t.lower !== "at") continue;
    const next = tokens[k + 1];
    const named = next && mentionsIn(doc, next.start, next.start + 60)[0];
    if (named && named.start - next.start < 5) out.add(named.actor);
  }
  return out;
}

// the gap between a subject and a name coordinated with it
const COORDINATED = /^\s*,?\s*(?:and|or|nor|&|as well as)\s+(?:the\s+)?$/i;

const CAUSES = new Set(["for", "over", "in", "after", "following", "because", "amid"]);

/** The owner of the thing the cue acts on: the thing named inside the cue ("criticized the plan") or right after it. */
function ownerOfObject(
  doc: Doc,
  tokens: Token[],
  m: CueMatch<ResponseCue>,
  from: number,
  to: number,
  actor: string,
  subjectThing: boolean,
): string[] {
  if (subjectThing) {
    // "The decision prompted ...", "On Monday the plan was rejected by ...": the subject's head
    const k = subjectThingAt(tokens, from, m.first);
    if (k >= 0) return subjectThingOwner(doc, tokens, k, from, actor);
    const head = thingHead(tokens, from, m.first);
    return head < 0 ? [] : thingOwner(doc, tokens, from, head, m.first, actor);
  }
  const { start, head } = objectThing(tokens, m, to);
  return head < 0 ? [] : thingOwner(doc, tokens, start, head, to, actor);
}

/** The thing the cue acts on: the start of its phrase and its head, -1 when none. */
function objectThing(tokens: Token[], m: CueMatch<ResponseCue>, to: number): { start: number; head: number } {
  // "criticized the plan", "called the deal \"lousy\"": the thing inside a short cue's own words
  const inside = CUE_OBJECT_REACH >= m.last - m.first ? thingHead(tokens, m.first + 1, m.last + 1) : -1;
  const start = inside >= 0 ? m.first + 1 : m.last + 1;
  return { start, head: inside >= 0 ? inside : thingHead(tokens, start, to) };
}

/** The state or place an agreement that is the cue's object is named for ("opposed the Iran deal"), or null. */
function objectAgreementPlace(doc: Doc, tokens: Token[], m: CueMatch<ResponseCue>, to: number): string | null {
  const { start, head } = objectThing(tokens, m, to);
  return head < 0 ? null : agreementPlace(doc, tokens, start, head);
}

// "the plan drafted by Sweden was rejected": how far before a passive its subject's thing may stand
const SUBJECT_THING_REACH = 6;

/** The thing heading the subject right before the cue at `first` ("the plan (drafted by X) was"), else -1. */
function subjectThingAt(tokens: Token[], from: number, first: number): number {
  for (let k = first - 1; k >= from && k >= first - SUBJECT_THING_REACH; k--) {
    const t = tokens[k] as Token;
    if (isThing(t.lower)) return k;
    if (t.punct && t.lower !== "'s") return -1;
  }
  return -1;
}

// "called Prime Minister Theresa May's proposed Brexit deal \"lousy\"": how many words a cue may span
// and still hold its own object
const CUE_OBJECT_REACH = 14;
// acts whose other party is named ("signed a deal with Poland", "urged Poland to drop the plan"): the
// owner of the thing they concern is their target only when no party is named
const NAMED_PARTIES = new Set(["cooperate", "demand"]);

/**
 * "declined to comment on the decision to recall the ambassador": a response
 * about an action told before is aimed at whoever took it.
 */
function toldActionActor(doc: Doc, tokens: Token[], m: CueMatch<ResponseCue>, to: number, actor: string): string[] {
  const told = responseCues.firstMatch(tokens, m.last + 1, to);
  if (!told) return [];
  const type = told.pattern.value.type;
  const earlier = [...doc.responses].reverse().find((r) => r.type === type && !sameSide(doc, r.actor, actor));
  return earlier ? [earlier.actor] : [];
}

/** The doer of the act a called-for inquiry looks into ("an investigation into the shooting"), as one target. */
function inquiredActDoer(doc: Doc, tokens: Token[], last: number, to: number, actor: string): string[] {
  if (!INQUIRY_OPENERS.has(tokens[last + 1]?.lower ?? "")) return [];
  const act = actNounAt(tokens, last + 2, to);
  const doer = act < 0 ? null : actDoer(doc, tokens, act, [actor]);
  return doer ? [doer] : [];
}

const INQUIRY_OPENERS = new Set(["into", "of"]);

/** "investigating the shooting", "an investigation into the attack": the doer of the act looked into, right after the cue. */
function investigatedActDoer(doc: Doc, tokens: Token[], last: number, to: number, actor: string): string[] {
  const open = INQUIRY_OPENERS.has((tokens[last] as Token).lower)
    ? last + 1
    : INQUIRY_OPENERS.has(tokens[last + 1]?.lower ?? "")
      ? last + 2
      : last + 1;
  // only an attack's inquiry: "investigations of the crash" look into what no one did to anyone
  const act = actNounAt(tokens, open, to);
  if (act < 0 || !INVESTIGATED_ATTACKS.has((tokens[act] as Token).lower)) return [];
  const doer = actDoer(doc, tokens, act, [actor]) ?? attackDoerBefore(doc, tokens[act] as Token, actor);
  return doer ? [doer] : [];
}

/** "X shot three people ... police are investigating the shooting": the doer of the attack told last before, else the story's attacker. */
function attackDoerBefore(doc: Doc, noun: Token, actor: string): string | null {
  for (let k = doc.responses.length - 1; k >= 0; k--) {
    const r = doc.responses[k] as Response;
    if (r.type === "military_action" && r.evidence.end <= noun.start && r.actor !== actor) return r.actor;
  }
  return storyAttacker(doc, [actor]);
}

// '"We will use the full force of the law to bring to justice"': a threat's subject may stand far back in its clause
const THREAT_REACH = 12;

/**
 * The cue is inside a direct quote that opens after its supposed subject; not when the quote opens
 * right after its own speaker named as the subject ('he tweeted that he "rejects Trump's comments"').
 */
function subjectOutsideQuote(doc: Doc, subject: ActorMention, pos: number): boolean {
  return doc.claims.some(
    (c) =>
      c.kind === "direct" &&
      c.content.start <= pos &&
      pos < c.content.end &&
      subject.end <= c.content.start &&
      !(c.speaker === subject.actor && OPENS_RIGHT_AFTER.test(doc.text.slice(subject.end, c.content.start))),
  );
}
// nothing but the quotation mark between the subject and its quote
const OPENS_RIGHT_AFTER = /^\s*["“']?$/;

/**
 * '"a single country could demand ...," she wrote': what someone else might do,
 * told inside a speaker's words, is an example, not an act; the speaker's own
 * "we could" stays (it is theirs to consider).
 */
function hypotheticalInQuote(doc: Doc, r: Response, pos: number): boolean {
  if (r.modality !== "considered") return false;
  // a quote whose speaker went unresolved is still someone's words
  const claim = doc.claims.find((c) => c.kind === "direct" && c.content.start <= pos && pos < c.content.end);
  return !!claim && claim.speaker !== r.actor;
}

/** "encouraged newly elected president Zelensky to investigate": a name, then "to", then the cue, with an asking verb before the name. */
function askedOf(doc: Doc, tokens: Token[], first: number, from: number): boolean {
  const to = tokens[first - 1];
  const named = tokens[first - 2];
  if (to?.lower !== "to" || !named || first - 2 < from) return false;
  const mention = mentionsIn(doc, Math.max(0, named.start - 80), named.end + 1).find((x) => x.end === named.end);
  if (!mention) return false;
  for (let k = first - 3; k >= from && k >= first - 10; k--) {
    const t = tokens[k] as Token;
    if (t.punct && t.lower !== ",") return false;
    if (ASKING_VERBS.has(t.lower)) return t.end <= mention.start;
  }
  return false;
}

/** The cue is the verb right after the "to" that closes a request (at most one adverb between): an act asked for. */
function requested(tokens: Token[], first: number, from: number, requestEnd: number): boolean {
  for (let k = first - 1; k >= from && k >= first - 2; k--) {
    const t = tokens[k] as Token;
    if (t.lower === "to") return t.start <= requestEnd + 1;
  }
  return false;
}

const CONDITIONS = new Set(["if", "unless", "should"]);

/** "warned it would retaliate if the US imposed sanctions": the threat's condition is no act told. */
function threatCondition(tokens: Token[], first: number, from: number): boolean {
  for (let k = first - 1; k >= from && k >= first - 8; k--) {
    const t = tokens[k] as Token;
    if (t.punct && t.lower !== ",") return false;
    if (CONDITIONS.has(t.lower)) return true;
  }
  return false;
}

function quoteSpeaker(doc: Doc, pos: number): string | null {
  return doc.claims.find((c) => c.speaker && c.content.start <= pos && pos < c.content.end)?.speaker ?? null;
}

/** The mention coordinated before a subject ("Turkey and Libya"), if any. */
function partnerOf(doc: Doc, subject: ActorMention, sentenceStart: number): ActorMention | null {
  const before = mentionsIn(doc, sentenceStart, subject.start);
  for (let k = before.length - 1; k >= 0; k--) {
    const prev = before[k] as ActorMention;
    if (prev.actor === subject.actor) return null;
    const gap = doc.text.slice(prev.end, subject.start);
    // "Donald Trump and Turkish President Recep Tayyip Erdoğan": a title may stand before the second name
    // a comma alone is no coordination: "According to the AP, Iran has increased cooperation"
    // "Planned Parenthood, along with the ACLU": a partner joined by a phrase as well
    if (
      /^\s*,?\s*(?:and|&|along with|together with|as well as)\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(gap)
    )
      return prev;
    // "German" in "German Chancellor Angela Merkel" is part of the title: look before it
    if (!/^(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*$/u.test(gap)) return null;
  }
  return null;
}

/** Start of the few words before a cue with no subject in view, so the evidence reads as a phrase. */
function leadIn(tokens: Token[], first: number, from: number): number {
  let k = first;
  while (k > from && first - k < 4 && !(tokens[k - 1] as Token).punct) k--;
  return (tokens[k] as Token).start;
}

/** End of the object list after the cue, so the evidence shows the targets. */
function objectsReach(doc: Doc, tokens: Token[], m: CueMatch<ResponseCue>, to: number): number {
  const last = tokens[m.last] as Token;
  const stop = newClause(tokens, m.last + 1, objectEnd(tokens, m.last + 1, to));
  const limit = Math.min((tokens[stop] as Token | undefined)?.start ?? Number.MAX_SAFE_INTEGER, last.end + 80);
  const objs = mentionsIn(doc, last.end, limit);
  return objs.length ? (objs[objs.length - 1] as ActorMention).end : last.end;
}

/**
 * "the investigation by the FBI, we now know that the bureau ...": a comma and a subject pronoun open a
 * new clause, where the object list before them ends (a list's items are no "we" or "he").
 */
function newClause(tokens: Token[], from: number, stop: number): number {
  for (let k = from; k + 1 < stop; k++)
    if ((tokens[k] as Token).lower === "," && INFINITIVE_BREAKS.subjects.has((tokens[k + 1] as Token).lower)) return k;
  return stop;
}

/**
 * "Members of the Assembly protested by shouting": a verb whose doer is named right before it and
 * whose "by" introduces an -ing form tells the means, not a passive's agent ("a province threatened
 * by mining" names no doer before its participle).
 */
function meansAfterNamedDoer(doc: Doc, tokens: Token[], sentence: Span, i: number): boolean {
  if (tokens[i + 1]?.lower !== "by" || !tokens[i + 2]?.lower.endsWith("ing")) return false;
  const head = tokens[i] as Token;
  const doer = mentionsIn(doc, sentence.start, head.start).at(-1);
  return doer !== undefined && /^\s*$/.test(doc.text.slice(doer.end, head.start));
}

/**
 * "the attacker claimed he was wrongfully imprisoned": an act on `actor` told in its own words (or
 * in anyone's, when a pronoun names the one acted on: whose it is rests on the claim's speaker).
 */
function toldBy(doc: Doc, actor: string, pronoun: boolean, pos: number): boolean {
  return doc.claims.some((c) => (pronoun || c.speaker === actor) && c.content.start <= pos && pos < c.content.end);
}

/**
 * "was charged by prosecutors with fraud": a "by" right after the cue's first word, inside its
 * span, names a passive's agent when an actor is named after it, not an -ing form ("responded by
 * throwing stones" tells the means).
 */
function cueAgent(doc: Doc, tokens: Token[], m: CueMatch<ResponseCue>): string | null {
  if (tokens[m.first + 1]?.lower !== "by" || m.last <= m.first + 1) return null;
  if ((tokens[m.first + 2] as Token).lower.endsWith("ing")) return null;
  return agentAfter(doc, tokens, m.first + 1, m.last);
}

/** "attacked by protesters": the agent of a passive. */
// "by a white police officer in Ferguson": how far a person described by role and place may run
const PLACED_AGENT = 120;

// prepositions whose object is no clause's subject ("allegiance to ISIS", "a supporter of Hamas")
const GOVERNING = new Set(["to", "of", "with", "for", "from", "toward", "towards"]);

/** True when the name starting at `start` is a preposition's object ("to ISIS", "to the Islamic State"). */
function governedName(tokens: Token[], start: number, from: number): boolean {
  let k = tokenIndexAt(tokens, start) - 1;
  if (k >= from && (tokens[k] as Token).lower === "the") k--;
  return k >= from && GOVERNING.has((tokens[k] as Token).lower);
}

function agentAfter(doc: Doc, tokens: Token[], i: number, to: number, link = "by"): string | null {
  for (let k = i; k < to && k < i + 6; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return null;
    if (t.lower === link) {
      const next = tokens[k + 1];
      const stop = objectEnd(tokens, k + 1, to);
      const end = (tokens[stop] as Token | undefined)?.start ?? (tokens[to - 1] as Token).end;
      if (!next) return null;
      const inside = mentionsIn(doc, next.start, end)[0];
      if (inside) return inside.actor;
      // "by a suicide bomber in Iraq": a person described by role and place, whose place runs past the phrase
      const lead = mentionsIn(doc, next.start, Math.min(next.start + PLACED_AGENT, (tokens[to - 1] as Token).end))[0];
      return lead?.start === next.start && lead.kind === "person" ? lead.actor : null;
    }
  }
  return null;
}

const NOT_DOERS = new Set(["which", "who", "that", "to", "his", "her", "its", "their", "my", "our", "your"]);

/** The doer stands right before the cue (at most two words between) or, in a passive, right after its "by". */
function namedNextTo(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  to: number,
  i: number,
  passive: boolean,
): boolean {
  if (passive) {
    let k = i + 1;
    while (k < to && k < i + 4 && (tokens[k] as Token).lower !== "by") k++;
    const next = tokens[k + 1];
    if (k >= to || !next || NOT_DOERS.has(next.lower)) return false;
    return mentionsIn(doc, next.start, next.start + 80).some((x) => x.start - next.start < 30);
  }
  const subject = subjectBefore(doc, sentence.start, (tokens[i] as Token).start);
  if (!subject || subject.end < sentence.start) return false;
  // "Fields, a self-described Neo-Nazi, killed": an apposition between the doer and the verb
  if (/^\s*,[^,;]+,\s*$/.test(doc.text.slice(subject.end, (tokens[i] as Token).start))) return true;
  let words = 0;
  for (let k = i - 1; k >= from && (tokens[k] as Token).start >= subject.end; k--) {
    if (NOT_DOERS.has((tokens[k] as Token).lower) || ++words > 2) return false;
  }
  return true;
}

/** The actor of the latest act of `type` told in this sentence or the one before, if it acted on someone. */
function sameActBefore(doc: Doc, tokens: Token[], from: number, type: string): string | null {
  const since = startSentencesBack(doc, (tokens[from] as Token).sentence, 1);
  // an act on no one ("is needed to impeach an official") is a rule, not an act told
  const told = [...doc.responses].reverse().find((r) => r.type === type && r.evidence.start >= since);
  return told && told.targets.length > 0 ? told.actor : null;
}

/** The first country named after the cue in its clause, not the attacker's side. */
function struckState(doc: Doc, tokens: Token[], last: number, to: number, actor: string): string[] {
  const end = (tokens[to - 1] as Token).end;
  for (const x of mentionsIn(doc, (tokens[last] as Token).end, end))
    if (actorKind(doc, x.actor) === "country" && !sameSide(doc, x.actor, actor)) return [x.actor];
  return [];
}

/** The latest actor told acting on, or accusing, `patient` before `pos`. */
function actedOnBefore(doc: Doc, patient: string, pos: number, legal: boolean): string | null {
  const onPatient = (t: string) => closelyTied(doc, t, patient);
  // "Ring, her lawyer, said ... She was fined": a legal act is a state's or its bodies' (a
  // court, a police force, a prosecutor), never that of a person or a group who spoke of the one
  // acted on before
  const able = (id: string) => !legal || legalBody(doc, id);
  let best: { at: number; actor: string } | null = null;
  for (const r of doc.responses)
    if (r.evidence.start < pos && !sameSide(doc, r.actor, patient) && r.targets.some(onPatient) && able(r.actor))
      if (!best || r.evidence.start > best.at) best = { at: r.evidence.start, actor: r.actor };
  for (const a of doc.accusations)
    if (a.evidence.start < pos && !sameSide(doc, a.accuser, patient) && a.accused.some(onPatient) && able(a.accuser))
      if (!best || a.evidence.start > best.at) best = { at: a.evidence.start, actor: a.accuser };
  return best?.actor ?? null;
}

/**
 * The one who acted on `actor` (or its side) in this sentence or the two before, latest first; for a
 * `bare` answer, the one who acted on `actor` itself, of any side, in this sentence or the one before.
 */
function answeredActor(doc: Doc, tokens: Token[], from: number, actor: string, bare = false): string[] {
  // a bare answer ("Acme refused.") answers only an act told in its sentence or the one before
  const since = startSentencesBack(doc, (tokens[from] as Token).sentence, bare ? 1 : 2);
  for (let k = doc.responses.length - 1; k >= 0; k--) {
    const r = doc.responses[k] as Response;
    if (r.evidence.start < since) break;
    // (the one asked may be of the asker's own side: "the government asked Judge X ..., but he declined")
    const apart = bare ? r.actor !== actor : !sameSide(doc, r.actor, actor);
    if (apart && r.targets.some((t) => (bare ? t === actor : closelyTied(doc, t, actor)))) return [r.actor];
  }
  return [];
}

/**
 * "another attack ascribed to the Taliban", "reportedly conducted by the Taliban": the doer the
 * story names for an attack after its cue, in its sentence or the next `sentences` - 1.
 */
function attributedDoer(doc: Doc, tokens: Token[], i: number, sentences: number): string | null {
  const first = (tokens[i - 1] as Token).sentence;
  for (let k = i; k < tokens.length && (tokens[k] as Token).sentence < first + sentences; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (!next || next.punct) continue;
    const link =
      (ATTRIBUTING_BY.has(t.lower) && next.lower === "by") || (ATTRIBUTING_TO.has(t.lower) && next.lower === "to");
    if (!link) continue;
    const after = tokens[k + 2];
    if (!after) return null;
    const named = mentionsIn(doc, after.start, after.start + 60)[0];
    return named && named.start - after.start < 5 ? named.actor : null;
  }
  return null;
}

/** "filed by the Senate against the governor": the names after the clause's next "against". */
function againstAfter(doc: Doc, tokens: Token[], i: number, to: number, actor: string): string[] {
  return namesAfterWord(doc, tokens, i, to, AGAINST, to, actor).filter((a) => !closelyTied(doc, a, actor));
}

/** Whom "to" or "for" names within a few words of `i` (the cue's last word may be that "to"). */
function recipientAfter(doc: Doc, tokens: Token[], i: number, to: number, actor: string): string[] {
  // no closeness test: aid is for another, and the story's ties between states are loose here
  return namesAfterWord(doc, tokens, i, to, RECIPIENT_WORDS, RECIPIENT_REACH, actor);
}

/** The actors (but `actor`) in the object phrase after the clause's next word of `words`, at most `reach` words on. */
function namesAfterWord(
  doc: Doc,
  tokens: Token[],
  i: number,
  to: number,
  words: ReadonlySet<string>,
  reach: number,
  actor: string,
): string[] {
  for (let k = i; k < to && k <= i + reach; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return [];
    if (!words.has(t.lower)) continue;
    const stop = objectEnd(tokens, k + 1, to);
    const end = (tokens[stop] as Token | undefined)?.start ?? (tokens[to - 1] as Token).end;
    return objectsIn(doc, t.end, end, [actor]);
  }
  return [];
}

const AGAINST = new Set(["against"]);
const RECIPIENT_WORDS = new Set(["to", "for"]);
const RECIPIENT_REACH = 8;
const AID_WORDS = new Set(["aid", "assistance", "funding", "funds", "payments"]);

/** One of `words` among tokens [from, to). */
function wordIn(tokens: Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** A rally noun right after a campaign word among tokens from..last ("campaign rallies", "a victory rally"). */
function campaignEvent(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < last; k++)
    if (
      CAMPAIGN_EVENTS.words.has((tokens[k] as Token).lower) &&
      CAMPAIGN_EVENTS.nouns.has((tokens[k + 1] as Token).lower)
    )
      return true;
  return false;
}

/** "were held in contempt of Congress": the body named right after the cue's "of". */
function offendedBody(doc: Doc, tokens: Token[], m: CueMatch<ResponseCue>, to: number): string | null {
  if (!OFFENDED_BODIES.has((tokens[m.last] as Token).lower) || tokens[m.last + 1]?.lower !== "of") return null;
  const next = tokens[m.last + 2];
  if (!next || m.last + 2 >= to) return null;
  // the body is the phrase right after "of" ("of the US Congress"), not a name further on
  const reach = tokens[Math.min(m.last + 3, to - 1)] as Token;
  return mentionsIn(doc, next.start, doc.text.length).find((x) => x.start <= reach.start)?.actor ?? null;
}

/** "summoned to Moscow for consultations": the capital calls its envoy home. */
function destinationAfter(doc: Doc, tokens: Token[], m: CueMatch<ResponseCue>, to: number): string | null {
  if (m.pattern.value.type !== "recall_ambassador") return null;
  const end = (tokens[Math.min(m.last + 4, to - 1)] as Token).end;
  for (let k = m.first + 1; k < to && (tokens[k] as Token).start < end; k++) {
    const t = tokens[k] as Token;
    if (t.lower === "to" || t.lower === "home") {
      const next = tokens[k + 1];
      if (!next) return null;
      return mentionsIn(doc, next.start, Math.min(next.start + 40, end))[0]?.actor ?? null;
    }
  }
  return null;
}

/** "Rebic said 71 people were arrested": someone is named between the reporting verb and the cue (none: false). */
function namedSinceReport(doc: Doc, tokens: Token[], from: number, cueIndex: number): boolean {
  for (let k = cueIndex - 1; k >= from && k >= cueIndex - 8; k--) {
    const t = tokens[k] as Token;
    if (REPORTING.has(t.lower)) return mentionsIn(doc, t.end, (tokens[cueIndex] as Token).start).length > 0;
  }
  return true;
}

/**
 * The subject a passive cue acts on: "Officials said three officers were stabbed" acts on no one who
 * reports it, but "announced a coalition which was joined by Australia" on the one whose coalition it is.
 */
function patientBefore(doc: Doc, tokens: Token[], sentence: Span, from: number, cueIndex: number): ActorMention | null {
  const at = (tokens[cueIndex] as Token).start;
  let patient = subjectBefore(doc, sentence.start, at);
  if (!patient || patient.end <= sentence.start) return patient;
  // "the suspect's wife was taken into custody": a possessor is not the one acted on
  if (possessor(doc, patient)) return null;
  // "Adamowicz, mayor of the Polish city of Gdansk, was stabbed": a name at the end of an apposition
  // set off by commas is not the subject; the name right before the apposition's comma is
  // (one comma after the name: two mean the name already heads the apposition, "Waseem, brother of X, was")
  if (/^[^,]*,[^,]*$/.test(doc.text.slice(patient.end, at))) {
    const head = appositionHead(doc, sentence.start, patient.start);
    if (head) patient = head;
  }
  for (let k = cueIndex - 1; k >= from && (tokens[k] as Token).start >= patient.end; k--) {
    const w = (tokens[k] as Token).lower;
    if (RELATIVE_OPENERS.has(w)) return patient;
    if (REPORTING.has(w)) return null;
  }
  return patient;
}

const RELATIVE_OPENERS = new Set(["which", "who", "whom", "whose"]);
// the words between a subject and its passive verb when they are an apposition set off by commas
// and the verb's auxiliaries ("Vale, a footballer ranked 12th in the world, has been")
const APPOSITION_GAP = /^\s*,[^,]+,\s*(?:\p{L}+\s+){0,3}$/u;

/** The name ending right before `pos`, with only spaces between ("Democrats urging"), if any. */
function nameRightBefore(doc: Doc, sentenceStart: number, pos: number): ActorMention | null {
  const last = mentionsIn(doc, sentenceStart, pos).at(-1);
  return last && /^\s+$/.test(doc.text.slice(last.end, pos)) ? last : null;
}

/** `at` lies inside a direct quote that does not hold `pos`. */
function quotedApart(doc: Doc, at: number, pos: number): boolean {
  return doc.claims.some(
    (c) =>
      c.kind === "direct" &&
      c.content.start <= at &&
      at < c.content.end &&
      !(c.content.start <= pos && pos < c.content.end),
  );
}

/** "According to videos and NPR, the police ... shot Khan": the names a source phrase gives tell, they do not act. */
function sourceOnly(doc: Doc, sentence: Span, m: ActorMention): boolean {
  const lead = doc.text.slice(sentence.start, m.start);
  return /^\W*according to\b[^,;]*$/i.test(lead);
}

/** The name right before the comma that opens the apposition holding `pos` ("Adamowicz, mayor of ..."), if any. */
function appositionHead(doc: Doc, sentenceStart: number, pos: number): ActorMention | null {
  const open = doc.text.lastIndexOf(",", pos - 1);
  if (open <= sentenceStart) return null;
  const head = mentionsIn(doc, sentenceStart, open).at(-1);
  return head && /^\s*$/.test(doc.text.slice(head.end, open)) ? head : null;
}

/**
 * "Kelly, a former aide, and Baroni, a banker, were convicted": the names coordinated with a
 * patient across the appositions that follow each (the names inside them are not acted on), or
 * null when no apposition stands before the patient's "and".
 */
function appositiveList(doc: Doc, sentenceStart: number, patient: ActorMention): string[] | null {
  const heads = [patient.actor];
  let start = patient.start;
  for (;;) {
    const glue = /,\s*(?:and|or)\s+(?:the\s+)?$/i.exec(doc.text.slice(Math.max(sentenceStart, start - 12), start));
    if (!glue) break;
    const head = appositionHead(doc, sentenceStart, start - glue[0].length);
    if (!head || heads.includes(head.actor)) break;
    heads.unshift(head.actor);
    start = head.start;
  }
  return heads.length > 1 ? heads : null;
}

function possessor(doc: Doc, m: ActorMention): boolean {
  return /^['’]s?\s/.test(doc.text.slice(m.end, m.end + 3));
}

const PERSONAL = new Set(["he", "she", "they", "we", "i"]);

/** Index of the last word of a passive's subject: the word before its "was", "has been", "were both" (-1: none). */
/** "a 25-year-old suspect": the subject's noun at `k` opens with "a" or "an" a few words before it. */
function indefiniteBefore(tokens: Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 4; j--) {
    const w = (tokens[j] as Token).lower;
    if (w === "a" || w === "an") return true;
    if ((tokens[j] as Token).punct || w === "the") return false;
  }
  return false;
}

// prepositions that tie a place to the noun before it ("a suspect in Denmark", "a man from Sweden")
const LOCATIVES = new Set(["in", "from", "near", "at"]);

/**
 * When the subject's last word `k` ends a name right after a place preposition that follows a
 * plain noun ("a suspect in Denmark"), that noun's index: the place only locates the subject.
 */
function locatedHead(doc: Doc, tokens: Token[], from: number, k: number): number {
  if (k < from) return k;
  const named = mentionsIn(doc, (tokens[from] as Token).start, (tokens[k] as Token).end).at(-1);
  if (!named || named.end !== (tokens[k] as Token).end) return k;
  const p = tokenIndexAt(tokens, named.start) - 1;
  const noun = tokens[p - 1];
  if (p - 1 < from || !LOCATIVES.has((tokens[p] as Token).lower) || !noun || noun.punct) return k;
  return /^\p{Ll}/u.test(doc.text.slice(noun.start, noun.end)) ? p - 1 : k;
}

/** A penalty or charge told as borne by a named subject: told as done, with no "no" or "not" inside the cue. */
function bornePenalty(doc: Doc, tokens: Token[], m: CueMatch<ResponseCue>, from: number): boolean {
  // "received a fine for parking": a fine may be any office's ticket, a court's only when the story names one
  if (COURT_ONLY_PENALTIES.has((tokens[m.last] as Token).lower)) return false;
  if (modalityBefore(tokens, m.first, from, m.pattern.value.type) !== "done") return false;
  for (let k = m.first; k <= m.last; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === "no" || NEGATIONS.has(w)) return false;
  }
  const k = locatedHead(doc, tokens, from, subjectHead(tokens, from, m.first));
  return k >= from && !namesNoOne(doc, tokens[k] as Token);
}

function subjectHead(tokens: Token[], from: number, cueIndex: number): number {
  let k = cueIndex - 1;
  while (k >= from) {
    const w = (tokens[k] as Token).lower;
    if (!BE_FORMS.has(w) && !AUXILIARIES.has(w) && !isAdverb(w)) break;
    k--;
  }
  return k >= from ? k : -1;
}

/** The verb's subject ends in a lower-case noun that names no actor nor a person ("the primary", "a debate that"). */
function thingSubject(doc: Doc, tokens: Token[], from: number, cueIndex: number): boolean {
  let k = subjectHead(tokens, from, cueIndex);
  if (k >= from && RELATIVE_THAT.has((tokens[k] as Token).lower)) k--;
  const t = tokens[k];
  if (k < from || !t || !/^\p{Ll}/u.test(doc.text.slice(t.start, t.end))) return false;
  return namesNoOne(doc, t) && !unnamedPersonWord(t.lower);
}
const RELATIVE_THAT = new Set(["that", "which"]);

/** The subject's last word is a noun no actor mention covers ("an inmate", "the author"), not a pronoun or a comma. */
function namesNoOne(doc: Doc, t: Token): boolean {
  if (t.punct || SUBJECT_WORDS.has(t.lower) || NOT_NOUNS.has(t.lower) || !/^\p{L}/u.test(t.lower)) return false;
  return !mentionsIn(doc, Math.max(0, t.start - 120), t.end + 120, true).some(
    (m) => m.start <= t.start && t.end <= m.end,
  );
}

// "the third President to be impeached", "and was arrested": no noun ends a subject there
const NOT_NOUNS = new Set([
  "to",
  "and",
  "or",
  "but",
  "nor",
  "then",
  "of",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "after",
  "before",
  "when",
  "while",
  "as",
  "if",
]);

// pronouns and relatives stand for a name the role finders resolve
const SUBJECT_WORDS = new Set([
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "who",
  "which",
  "that",
  "whom",
  "this",
  "these",
  "those",
]);

/** "Police said 71 people were arrested": the reporter speaks for the actor. */
const ROLE_SUBJECT_REACH = 5;

/**
 * A cue a court may be the subject of: its verdicts, any legal act ("dismissed the lawsuit",
 * "indicted"), and its refusals of another's paper ("rejected the petition"). A court's other
 * words ("the court said", "a judge declined to comment") are no legal act.
 */
function courtsAct(cue: ResponseCue): boolean {
  return cue.court || cue.type === "legal_action" || (cue.owner && cue.type === "reject");
}

/** Where the phrase after token i ends: at the first punctuation mark before token `to`, else there. */
function phraseEnd(tokens: Token[], i: number, to: number): number {
  for (let k = i + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return t.start;
  }
  return (tokens[to - 1] as Token | undefined)?.end ?? (tokens[i] as Token).end;
}

/** A role noun heads the clause before token i ("A court in Moscow sentenced", "armed officers shot"). */
function roleSubject(tokens: Token[], i: number, from: number, isRole: (word: string) => boolean): boolean {
  for (let k = i - 1; k >= from && k >= i - ROLE_SUBJECT_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    if (isRole(t.lower)) return true;
  }
  return false;
}

function reporterOf(doc: Doc, tokens: Token[], sentence: Span, from: number, cueIndex: number): string | null {
  for (let k = cueIndex - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    // "Both officers indicated they would appeal; Quirin ...": another clause's speaker
    if (t.lower === ";") return null;
    if (REPORTING.has(t.lower)) return subjectBefore(doc, sentence.start, t.start)?.actor ?? null;
  }
  // "X was arrested on Thursday, the Interior Ministry said", "..., according to the police": the
  // attribution after the act, which the claims stage has read, names its reporter
  const head = tokens[cueIndex] as Token;
  return (
    doc.claims.find(
      (c) => c.speaker && c.content.start <= head.start && head.end <= c.content.end && c.cue.start >= head.end,
    )?.speaker ?? null
  );
}

/**
 * A passive told as no act: after a modal of possibility ("may need to be detained"), after "of
 * being" ("at risk of being deported", "instead of being fined"), or as a subjunctive "be" after
 * its subject ("recommended that the minister be prosecuted"). A negated one may tell another act ("was
 * not granted bail": bail denied).
 */
function supposedPassive(tokens: Token[], first: number, from: number, type: ResponseType): boolean {
  if (modalityBefore(tokens, first, from, type) === "considered") return true;
  const before = tokens[first - 1]?.lower;
  const word = first - 2 >= from ? (tokens[first - 2] as Token) : null;
  if (before === "being") return word?.lower === "of";
  return before === "be" && word !== null && !word.punct && !MODAL_AUXILIARIES.has(word.lower) && !isAdverb(word.lower);
}

/**
 * "Police director Rebic said 71 people were arrested": who reports a legal act told with no agent
 * did it when it is a state or one of its bodies (a court, a police force, a ministry); a person
 * reports it for the body of that kind they act for, else (a minister) for their state as its
 * official. One who acts for no one the story names (a lawyer, a relative) and a body of no state
 * (a rights group, a company) only tell of it.
 */
function reportingDoer(doc: Doc, type: string, reporter: string | null): string | null {
  if (!reporter || type !== "legal_action" || legalBody(doc, reporter)) return reporter;
  if (!isPerson(doc, reporter)) return null;
  const body = doc.actors.find((a) => a.id === reporter)?.affiliation;
  if (!body) return null;
  return isCourt(doc, body) || isInquiryBody(doc, body) ? body : reporter;
}

/** A state or a body of one that can arrest, charge or try: a court, a police force, a prosecutor, a ministry. */
function legalBody(doc: Doc, id: string): boolean {
  return actorKind(doc, id) === "country" || isCourt(doc, id) || isInquiryBody(doc, id);
}

/** Protests with no named subject are the protesters': the story's earlier protesters, or an actor so named. */
function protesters(doc: Doc): string | null {
  const earlier = [...doc.responses].reverse().find((r) => r.type === "protest");
  return earlier?.actor ?? protesterGroup(doc);
}

function protesterGroup(doc: Doc): string | null {
  return doc.actors.find((a) => /\b(protesters|demonstrators|protestors)\b/i.test(a.name))?.id ?? null;
}

const STATE_ALIASES = new Set(["government", "regime", "administration"]);

/** The story's government, the usual target of a protest with none named. */
function governments(doc: Doc, actor: string): string[] {
  const gov =
    doc.actors.find((a) => a.id !== actor && /\b(government|regime|administration)\b/i.test(a.name)) ??
    // "the government" named bare is an alias of the state it governs
    doc.actors.find((a) => a.id !== actor && a.kind === "country" && a.aliases.some((s) => STATE_ALIASES.has(s)));
  return gov ? [gov.id] : [];
}

/** "requested yet another Justice Department investigation", "called for an FBI probe": an inquiry asked for, not made. */
function inquiryAskedFor(tokens: Token[], first: number, from: number): boolean {
  return wordIn(tokens, Math.max(from, first - INQUIRY_ASK_REACH), first, INQUIRY_ASKED);
}
const INQUIRY_ASK_REACH = 3;

/** An admission's clause names the wrong or failing it owns up to ("admitted its mistake"). */
function ownsUpTo(tokens: Token[], i: number, to: number): boolean {
  let end = i;
  while (end < to && end < i + 16 && (tokens[end] as Token).lower !== ";") end++;
  return wordIn(tokens, i, end, ADMIT_OBJECTS) || firstWrong(tokens, i, end) !== null;
}

const PHRASE_WORDS = 5;
const PHRASE_BREAKS = new Set(["that", "and", "or", "but", "to", "if", "whether", "saying"]);

/** End of the few words of object right after a cue ("threatened the network's franchise"), so the evidence reads whole. */
function objectPhraseEnd(tokens: Token[], i: number, to: number): number {
  let k = i;
  while (k < to && k < i + PHRASE_WORDS) {
    const t = tokens[k] as Token;
    if (t.punct || PHRASE_BREAKS.has(t.lower) || isObjectStop(tokens, k)) break;
    k++;
  }
  return k > i ? (tokens[k - 1] as Token).end : 0;
}

const OTHERS = new Set(["other", "another"]);

/** The cue's own object is "two other presidents", "another country": someone the story does not name. */
function othersAsObject(tokens: Token[], i: number, to: number): boolean {
  return wordSoonAfter(tokens, i, to, 3, OTHERS);
}
