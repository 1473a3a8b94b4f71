import lexicon from "../../data/response-types.json";
import type { ResponseType } from "../model.js";
import { CueSet, compilePattern } from "./cue-patterns.js";

export interface ResponseCue {
  type: ResponseType;
  cameo: string;
  plover: string | null;
  /** Rank in the lexicon: lower wins when two cues cover the same words. */
  rank: number;
  /** A nominal cue, skipped after "the" / "this" (an event already told). */
  noun: boolean;
  /** The object must be named right after the cue ("sanctioned Iran"). */
  needsObject: boolean;
  /** The subject is the target and the actor is inside the cue ("the subject of US sanctions"). */
  subjectIsTarget: boolean;
  /** The subject is addressed and the one quoted saying it is the actor ("foreign powers should get out"). */
  addressed: boolean;
  /** The target is in the clause the cue introduces ("admitted that it shot down a Ukrainian jet"). */
  targetInComplement: boolean;
  /** A court's verdict: with no agent named, the story's court is the actor ("were found guilty"). */
  court: boolean;
  /** Backing someone's call or proposal: the target is the proposal's owner ("the call was seconded by X"). */
  endorse: boolean;
  /** Counts only with a wrong or a failing after it ("admitted its mistake", not "acknowledged the report"). */
  needsWrong: boolean;
  /** The one asked is named between the cue's first and last words ("wants foreign forces to leave"). */
  needsAddressee: boolean;
  /** Acts on another's paper or act ("dismissed the lawsuit filed by X", "defied X's order"): aimed at its owner. */
  owner: boolean;
  /** A passive whose subject must be a thing ("the plan was rejected by X"): aimed at the thing's owner. */
  thing: boolean;
  /** A noun told only with both its sides named: its doer before it, the one acted on after its link ("Russia's invasion of Ukraine"). */
  sided: boolean;
  /** A bare answer ("but he declined."): told only as the answer to an act on its actor just before, whose doer is its target. */
  answer: boolean;
}

interface TypeEntry {
  type: string;
  cameo: string;
  plover: string | null;
  cues: string[];
  courtCues?: string[];
  endorseCues?: string[];
  ownerCues?: string[];
  thingCues?: string[];
  sidedCues?: string[];
  answerCues?: string[];
  targetInComplement?: boolean;
}

let rank = 0;
export const responseCues = new CueSet<ResponseCue>(
  (lexicon.types as TypeEntry[]).flatMap((t) =>
    // each list's cues carry its one flag; the order is the cues' rank
    (
      [
        [t.ownerCues, "owner"],
        [t.courtCues, "court"],
        [t.endorseCues, "endorse"],
        [t.cues, "plain"],
        [t.thingCues, "thing"],
        [t.sidedCues, "sided"],
        [t.answerCues, "answer"],
      ] as const
    )
      .flatMap(([list, flag]) => (list ?? []).map((c) => ({ c, flag })))
      .map(({ c: marked, flag }) => {
        const needsWrong = marked.startsWith("%");
        const source = needsWrong ? marked.slice(1) : marked;
        const sided = flag === "sided";
        const noun = source.startsWith("=") || sided;
        const subjectIsTarget = source.startsWith("^");
        const needsObject = source.startsWith("+");
        const addressed = source.startsWith("@");
        const needsAddressee = source.startsWith("&");
        const value: ResponseCue = {
          type: t.type as ResponseType,
          cameo: t.cameo,
          plover: t.plover,
          rank: rank++,
          noun,
          needsObject,
          subjectIsTarget,
          addressed,
          targetInComplement: t.targetInComplement === true,
          court: flag === "court",
          endorse: flag === "endorse",
          needsWrong,
          needsAddressee,
          owner: flag === "owner",
          thing: flag === "thing",
          sided,
          answer: flag === "answer",
        };
        const marker = source.startsWith("=") || subjectIsTarget || needsObject || addressed || needsAddressee;
        return compilePattern(marker ? source.slice(1) : source, value);
      }),
  ),
);

export const responseCodes = new Map(
  (lexicon.types as TypeEntry[]).map((t) => [t.type as ResponseType, { cameo: t.cameo, plover: t.plover }]),
);

/** Types whose agentless passive ("were arrested") is credited to whoever reports it. */
export const PASSIVE_REPORTED = new Set<string>(lexicon.passiveWithoutAgent);

/** A state's acts on a person ("was convicted", "was jailed"): with no agent told, the prosecuting state's. */
export const STATE_ACTS: ReadonlySet<string> = new Set(lexicon.stateActs.words);

/** Nominal acts whose doer may be named just before them ("Turkish airstrikes"). */
export const ATTRIBUTIVE_ACTS = new Set<string>(lexicon.attributiveActs);

/** Attacks a passive killing names as where it happened ("killed in a US drone strike"): the name before one is its doer. */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set(lexicon.attackNouns);

/** What one is asked or applies for ("declined the request", "denied funding"): a refusal of it answers the asker. */
export const ASKED_FOR: ReadonlySet<string> = new Set(lexicon.askedFor.words);

/** "police are investigating the shooting": acts whose inquiry is aimed at the doer of the attack the story told. */
export const INVESTIGATED_ATTACKS: ReadonlySet<string> = new Set(lexicon.investigatedAttacks);

/** Words after which a bare past participle opens a reduced clause ("wept when convicted"). */
export const REDUCED_CLAUSE_OPENERS = new Set<string>(lexicon.reducedClauseOpeners);

/** Modals that make an admitted clause a forecast ("admits that he will likely lose"), not a wrong owned. */
export const FORECAST_MODALS = new Set<string>(lexicon.forecastModals);

/** What a call's backers back ("the call", "the proposal"): the passive endorsement needs one just before it. */
export const PROPOSAL_NOUNS = new Set<string>(lexicon.proposalNouns);

/** What an admission must own up to when its verb alone does not say ("its mistake", "responsibility"). */
export const ADMIT_OBJECTS = new Set<string>(lexicon.admitObjects);

/** Types whose missing target is taken only from the same kind of act told just before. */
export const LOCAL_TARGETS = new Set<string>(lexicon.localTargets);

/** Legal papers issued "for" people: every one the "for" phrase names is a target ("subpoenas for Barr and Ross"). */
export const FOR_ALL = new Set<string>(lexicon.forAll);

/** "held in contempt of Congress": with no agent named, the body offended ("of Congress") is the one acting. */
export const OFFENDED_BODIES = new Set<string>(lexicon.offendedBodies);

/** Cues that end in a word whose sense its sentence completes later ("voted to hold ... in contempt"). */
export const COMPLETED_BY = new Map<string, Set<string>>(
  Object.entries(lexicon.completedBy as Record<string, string | string[]>).map(([k, v]) => [
    k,
    new Set(typeof v === "string" ? [v] : v),
  ]),
);

/** Acts that answer another ("refused to hand over the documents"): with no one named, whoever acted on their actor. */
export const ANSWER_TYPES: readonly string[] = lexicon.answerTypes;

/** "conducted by the Taliban", "claimed by the Houthis": an attack's doer named after its cue. */
export const ATTRIBUTED_BY: readonly string[] = lexicon.attributedDoers.by;

/** "ascribed to the Taliban", "blamed on" is an accusation's: an attack's doer after "to". */
export const ATTRIBUTED_TO: readonly string[] = lexicon.attributedDoers.to;

/** Cues that count only with their doer right before them, or named after "by" in a passive ("killed"). */
export const ADJACENT_SUBJECT: ReadonlySet<string> = new Set(lexicon.adjacentSubjectCues);

/** Blows between people whose passive agent may be an unnamed person a name modifies ('by a Trump supporter'). */
export const BLOWS: ReadonlySet<string> = new Set(lexicon.blows);

/** Verbs that ask someone to act: "encouraged X to investigate" tells no investigation. */
export const ASKING_VERBS: ReadonlySet<string> = new Set(lexicon.askingVerbs);
/** Penalties borne that are a court's only when the story names one ("received a fine for parking"). */
export const COURT_ONLY_PENALTIES: ReadonlySet<string> = new Set(lexicon.courtOnlyPenalties);
/** Words right before an inquiry's doer that ask for the inquiry ("requested an FBI probe", "called for a police inquiry"). */
export const INQUIRY_ASKED: ReadonlySet<string> = new Set(lexicon.inquiryAskedFor);

/** "is needed to impeach", "has the power to sanction": a cue after one of these and "to" is a rule or a power, not an act. */
export const REQUIREMENTS: ReadonlySet<string> = new Set(lexicon.requirementWords);

/** "would consider charging the gunman": an -ing cue right after one of these is a measure weighed (consider_measures). */
export const WEIGHING: ReadonlySet<string> = new Set(lexicon.weighingVerbs);

/** "called for a special prosecutor": nouns of one appointed, asked of the state that appoints them, and the words naming its justice body. */
export const APPOINTEES = {
  words: new Set<string>(lexicon.appointeeNouns.words),
  justice: new Set<string>(lexicon.appointeeNouns.justiceWords),
  /** "a special prosecutor be appointed" */
  appointed: new Set<string>(lexicon.appointeeNouns.appointedWords),
};

/** "pleaded guilty": admissions made to the prosecuting side. */
export const PLEAS: ReadonlySet<string> = new Set(lexicon.pleaWords.words);

/** "is considering a request to open an investigation": what is weighed right after a weighing verb. */
export const WEIGHED_THINGS: ReadonlySet<string> = new Set(lexicon.weighedThings.words);

/** "ordered the city to release the video": a demand that is a legal act when a court gives it. */
export const COURT_ORDERS: ReadonlySet<string> = new Set(lexicon.courtOrders.words);

/** "a subpoena issued by a grand jury": participles whose "by" names the doer of the nominal act before them. */
export const ISSUING: ReadonlySet<string> = new Set(lexicon.issuingParticiples);

/** "issued a statement urging Iran to": nouns of messages whose -ing cue after them is a participle, their author's act. */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(lexicon.messageNouns);

/** "called for the bill to be dropped": a demand about a law, with no one named, is made of the story's government. */
export const GOVERNED: ReadonlySet<string> = new Set(lexicon.governedNouns);

/** "police arrested the accused": role nouns for the story's perpetrator as a legal act's object. */
export const PERPETRATOR_ROLES: ReadonlySet<string> = new Set(lexicon.perpetratorRoles);

/** "urged the administration to raise the cutoff": bodies that govern, asked bare, stand for the story's government. */
export const GOVERNING_ADDRESSEES: ReadonlySet<string> = new Set(lexicon.governingAddressees);

/** Types whose object may be of the actor's own side ("Russia jailed Alexei Navalny"). */
export const OWN_SIDE_TYPES: ReadonlySet<string> = new Set(lexicon.ownSideTypes.types);

/** "nobody is conducting an inquiry": subjects that say no one acts. */
export const NOBODY: ReadonlySet<string> = new Set(lexicon.nobodyWords);

/** "gathered outside the parliament": a protest only in a story of protests, unless a rally word follows. */
export const GATHERING: ReadonlySet<string> = new Set(lexicon.gatheringVerbs);

/** "held campaign rallies", "a victory rally": words that make a rally an election event, no protest. */
export const CAMPAIGN_EVENTS = {
  words: new Set<string>(lexicon.campaignEvents.words),
  nouns: new Set<string>(lexicon.campaignEvents.nouns),
};

/** "refusing to ask for federal help": an act right after one of these and "to" is not done. */
export const REFUSALS: ReadonlySet<string> = new Set(lexicon.refusalVerbs);
export const TELLING: ReadonlySet<string> = new Set(lexicon.tellingVerbs);
/** "police announced the arrest of X": verbs whose subject did the nominal act they tell with "the". */
export const ANNOUNCING: ReadonlySet<string> = new Set(lexicon.announcingVerbs.words);

/** "more subpoenas are likely": after a form of "be", words that make the act a forecast. */
export const FORECAST_AFTER: ReadonlySet<string> = new Set(lexicon.forecastAfter);

/** Verb cues that are nouns after a determiner and a modifier ("took a parting shot at"), as -ing forms are. */
export const NOUN_FORMS: ReadonlySet<string> = new Set(lexicon.nounForms);

/** "Armed officers shot him", "detectives arrested X": unnamed members of a police force as a clause's subject. */
export const POLICE_SUBJECTS: ReadonlySet<string> = new Set(lexicon.policeSubjects);

/** '+' cues that also ask a price or describe ("charged Smith $300", "a charged debate"): the object follows at once. */
export const CHARGE_SENSES: ReadonlySet<string> = new Set(lexicon.chargeSenses);

/** "Trump's broad appeal", not "they would appeal": the bare appeal cue's heads, and the words after which it is the verb. */
export const ATTRACTION_SENSES = {
  heads: new Set<string>(lexicon.attractionSenses.heads),
  verbAfter: new Set<string>(lexicon.attractionSenses.verbAfter),
};

/** Words before a cue's "to" that make it no infinitive of the act asked ("in response to", "they planned to"). */
export const INFINITIVE_BREAKS = {
  prepositions: new Set<string>(lexicon.infinitiveBreaks.prepositions),
  subjects: new Set<string>(lexicon.infinitiveBreaks.subjects),
};

/** Bare verb cues ("meet") and the words after which they tell a plan or an act with its subject ("will meet with"). */
export const BARE_VERBS = {
  words: new Set<string>(lexicon.bareVerbs.words),
  after: new Set<string>(lexicon.bareVerbs.after),
};

/** An endorsement told as a noun ("Palin's endorsement of Trump") and the verbs that tell it received or given. */
export const ENDORSEMENT_NOUNS = {
  nouns: new Set<string>(lexicon.endorsementNouns.nouns),
  verbNouns: new Set<string>(lexicon.endorsementNouns.verbNouns),
  determiners: new Set<string>(lexicon.endorsementNouns.determiners),
  receiving: new Set<string>(lexicon.endorsementNouns.receiving),
  giving: new Set<string>(lexicon.endorsementNouns.giving),
  negations: new Set<string>(lexicon.endorsementNouns.negations),
  withheld: new Set<string>(lexicon.endorsementNouns.withheld),
};
