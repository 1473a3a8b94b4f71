import wordData from "../../data/claim-words.json";
import cueData from "../../data/cue-verbs.json";

/** How a cue may take what it reports. */
export type Complement = "any" | "that" | "quote" | "prepositional" | "naming" | "stance" | "question";

export interface CueEntry {
  /** The cue's words, lower case, as the tokenizer splits them. */
  words: string[];
  complement: Complement;
  /** Takes a hearer between verb and clause ("told reporters that"). */
  object: boolean;
  /** May follow its subject ("..., said Obama."). */
  inverts: boolean;
  /** Takes what is promised as "to ..." ("vowed to bring back jobs"). */
  infinitive?: boolean;
  /** Promises or threatens ("vowed", "threatened"): its "to ..." is an act undertaken, not something asserted. */
  commits?: boolean;
  /** A verb of thought ("believes", "fears"), not of speech. */
  belief?: boolean;
  /** With no clause after it, reports its object phrase ("mentioned the deal"). */
  objectFallback?: boolean;
  /** The bare present form ("state", "pledge"), which needs a plural or pronoun subject. */
  base?: boolean;
  /** The object may name a report's source rather than its content ("citing anonymous sources"). */
  sourceObject?: boolean;
  /** Asks for an act ("called for an inquiry"): its object is a demand, not content. */
  request?: boolean;
  /** Its object may be only a topic ("discussed the case", "referring to Obama"): a bare noun phrase there is no content. */
  topicObject?: boolean;
  /** Also means "take" ("claimed victory"): a won object right after it makes it no report. */
  wonObject?: boolean;
  /** Also means "put in" ("added 292,000 jobs"): only a clause, a quote or "that" after it is reported. */
  clauseOnly?: boolean;
}

interface VerbRecord {
  forms: string[];
  complement?: string;
  object?: boolean;
  inverts?: boolean;
  infinitive?: boolean;
  commits?: boolean;
  belief?: boolean;
  objectFallback?: boolean;
  sourceObject?: boolean;
  request?: boolean;
  topicObject?: boolean;
  wonObject?: boolean;
  clauseOnly?: boolean;
}

function buildCues(): Map<string, CueEntry[]> {
  const byFirst = new Map<string, CueEntry[]>();
  const add = (entry: CueEntry) => {
    const first = entry.words[0] ?? "";
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    // longest phrase first, so "went on to say" wins over a shorter reading
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(first, list);
  };
  for (const v of cueData.verbs as VerbRecord[]) {
    for (const form of v.forms)
      add({
        words: form.split(" "),
        complement: v.complement as Complement,
        object: v.object === true,
        inverts: v.inverts === true,
        infinitive: v.infinitive === true,
        commits: v.commits === true,
        belief: v.belief === true,
        objectFallback: v.objectFallback === true,
        topicObject: v.topicObject === true,
        wonObject: v.wonObject === true,
        clauseOnly: v.clauseOnly === true,
        base: isBareForm(form, v.forms),
      });
  }
  for (const v of cueData.stance as VerbRecord[])
    for (const form of v.forms)
      add({
        words: form.split(" "),
        complement: "stance",
        object: false,
        inverts: false,
        infinitive: v.infinitive === true,
        belief: v.belief === true,
        sourceObject: v.sourceObject === true,
        request: v.request === true,
        topicObject: v.topicObject === true,
      });
  for (const p of cueData.prepositional)
    add({ words: p.split(" "), complement: "prepositional", object: false, inverts: false });
  return byFirst;
}

/** The verb's first listed form when it is a bare present one: not -s/-ed/-ing, with a past apart from it ("read" is both). */
function isBareForm(form: string, forms: string[]): boolean {
  if (form !== forms[0] || form.includes(" ") || /(?:s|ed|ing)$/.test(form)) return false;
  return forms.some((f) => f !== form && !f.endsWith("s") && !f.endsWith("ing"));
}

const set = (xs: string[]) => new Set(xs);

/** Cue phrases indexed by their first word. */
export const CUES = buildCues();
export const BETWEEN_SUBJECT_AND_CUE = set(wordData.betweenSubjectAndCue);
export const NEGATIONS = set(wordData.negations);
export const PASSIVE_BEFORE = set(wordData.passiveBefore);
export const CLAUSE_BOUNDARY = set(wordData.clauseBoundary);
export const NOT_COMPLEMENT_START = set(wordData.notComplementStart);
export const ADVERBIAL_START = set(wordData.adverbialStart);
export const DETERMINERS = set(wordData.determiners);
export const IRREGULAR_PLURALS = set(wordData.irregularPlurals);
export const SINGULAR_OPENERS = set(wordData.singularOpeners);
export const HEARER_WORDS = set(wordData.hearerWords);
export const PERSON_PRONOUNS = set(wordData.pronouns.person);
export const THING_PRONOUNS = set(wordData.pronouns.thing);
export const PLURAL_PRONOUNS = set(wordData.pronouns.plural);
export const DOCUMENT_NOUNS = set(wordData.documentNouns);
export const PERSON_ROLE_NOUNS = set(wordData.personRoleNouns);
export const GROUP_ROLE_NOUNS = set(wordData.groupRoleNouns);
export const ABBREVIATIONS = set(wordData.abbreviations);
export const ING_NOT_PARTICIPLE = set(wordData.ingNotParticiple);
export const SINGLE_WORD_ADVERBIALS = set(wordData.singleWordAdverbials);
export const PROPOSITION_NOUNS = set(wordData.propositionNouns);
export const QUANTIFIER_AFTER_AT = set(wordData.quantifierAfterAt);
export const BEFORE_ONLY_AFTER_COMMA = set(wordData.beforeOnlyAfterComma);
export const PRONOUN_OBJECTS = set(wordData.pronounObjects);
export const JUDGED_PERSON_WORDS = set(wordData.judgedPersonWords);
export const AFTER_PRONOUN_OBJECT = set(wordData.afterPronounObject);
export const OFFICIAL_NOUNS = set(wordData.officialNouns);
export const STOP_AFTER_COMMA = set(wordData.stopAfterComma);
export const COMMENT_PARTICIPLES = set(wordData.commentParticiples);
export const FRONTED_CLAUSE_OPENERS = set(wordData.frontedClauseOpeners);
export const FINDING_CUES = set(wordData.findingCues);
/** "was quick to", "went out of her way to": each frame's words, split once. */
export const ASSERTING_FRAMES: readonly string[][] = wordData.assertingFrames.map((frame: string) => frame.split(" "));
export const AUXILIARY_AFTER_RELATIVE = set(wordData.auxiliaryAfterRelative);
export const WON_OBJECTS = set(wordData.wonObjects);
export const NOUN_COMPOUNDS = set(wordData.nounCompounds);
export const PREPOSITIONS = set(wordData.prepositions);
export const NOUN_MODIFIERS = set(wordData.nounModifiers);
export const SPOKES_NOUNS = set(wordData.spokesNouns);
export const PARTS_OF_DAY = set(wordData.partsOfDay);
export const TIME_NOUNS = set(wordData.timeNouns);
export const TIME_DETERMINERS = set(wordData.timeDeterminers);
export const NOT_OBJECT_START = set(wordData.notObjectStart);
export const OBJECT_END = set(wordData.objectEnd);
export const OBJECT_TIME_WORDS = set(wordData.objectTimeWords);
export const OBJECT_TIME_MONTHS = set(wordData.objectTimeMonths);
export const OBJECT_TIME_PREPOSITIONS = set(wordData.objectTimePrepositions);
export const OBJECT_VENUE_NOUNS = set(wordData.objectVenueNouns);
export const QUESTION_WORDS = set(wordData.questionWords);
export const STATEMENT_NOUNS = set(wordData.statementNouns);
export const SOURCED_STATEMENT_NOUNS = set(wordData.sourcedStatementNouns);
export const STATEMENT_COPULAS = set(wordData.statementCopulas);
export const COPULA_STATEMENT_NOUNS = set(wordData.copulaStatementNouns);
export const DEGREE_WORDS = set(wordData.degreeWords);
export const FINDING_NOUNS = set(wordData.findingNouns);
export const WORK_NOUNS = set(wordData.workNouns);
export const TITLE_NAMING_WORDS = set(wordData.titleNamingWords);
export const POSSESSIVE_DETERMINERS = set(wordData.possessiveDeterminers);
/** Role noun -> the gender its holder has ("mother" f). */
export const ROLE_NOUN_GENDER = new Map<string, "m" | "f">(
  Object.entries(wordData.roleNounGender) as [string, "m" | "f"][],
);
export const SUBJECT_PRONOUNS = set(wordData.subjectPronouns);
export const PRONOUN_CONTRACTIONS = set(wordData.pronounContractions);
export const QUANTITY_STARTS = set(wordData.quantityStarts);
export const QUANTITY_PREPOSITIONS = set(wordData.quantityPrepositions);
export const COUNT_WORDS = set(wordData.countWords);
export const EXPLETIVE_SUBJECTS = set(wordData.expletiveSubjects);
export const INVERTED_SUBJECT_STARTS = set(wordData.invertedSubjectStarts);
export const NAME_FUNCTION_WORDS = set(wordData.nameFunctionWords);
export const PAST_TENSE_VERBS = set(wordData.pastTenseVerbs);
export const NOUN_FIRST_CUES = set(wordData.nounFirstCues);
export const CITED_SOURCES = set(wordData.citedSources);
export const PARTICIPLE_LINKS = set(wordData.participleLinks);
export const MEDIA_HEAD_NOUNS = set(wordData.mediaHeadNouns);
export const PLATFORM_MARKERS = set(wordData.platformMarkers);
export const INTERVIEWER_LABELS = set(wordData.interviewerLabels);
export const ANSWER_PRONOUN_SOURCES = set(wordData.answerPronounSources);
