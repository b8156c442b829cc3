// Mentions of documents in a sentence: a kind word ("agreement", "memoranda of understanding",
// "Road Map") with the words that name it: a title before it ("the Comprehensive Strategic
// Partnership Agreement", "an air services agreement") and a subject after it ("on readmission",
// "in the fields of energy, culture and tourism", "between the two ministries on railway
// connectivity"). A plural kind with a list of subjects names one document per subject ("five
// memoranda in the fields of A, B, C, D and E"); a bundle that names none ("12 agreements") names
// no document. Lexicons: data/agreement-kinds.tsv, data/agreement-subjects.txt.
import type { AgreementKindT, AgreementStatusT } from '../facts/schema.js';
import { perLexicons } from '../lexicon/active.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { numberOf, numberWords } from '../recognise/number-words.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { lookupForm } from '../recognise/gazetteer.js';
import { findMoney } from '../recognise/money.js';
import { organisationWords, personWords } from '../recognise/people.js';
import { PhraseIndex } from '../recognise/phrases.js';
import { words, type Word } from '../recognise/words.js';

export interface DocumentMention {
  readonly kind: AgreementKindT;
  /** One title per document named: a plural kind with a list of subjects names several. */
  readonly titles: readonly string[];
  /**
   * The subjects of a count that differs from them ("seven MoUs on A, B and C"): areas the documents
   * fall in, one title each, to be used only when the text names the documents nowhere else.
   */
  readonly areas: readonly string[];
  readonly plural: boolean;
  /** The number the text gives ("five memoranda"), or null. */
  readonly count: number | null;
  /** A capitalised title ("Declaration on Allied Interaction") rather than a description. */
  readonly capitalised: boolean;
  /** Character span of the mention (modifiers, kind and subject) in the sentence. */
  readonly start: number;
  readonly end: number;
  /** Where the kind word itself stands, for the status words around it. */
  readonly kindStart: number;
  readonly kindEnd: number;
  /** How one document of this mention is named before its subject: "joint statement", "memorandum of understanding". */
  readonly kindWord: string;
  /** A status the mention's own verb states: "was signed on …", "to be signed". */
  readonly status: AgreementStatusT | null;
  /** Documents named before, told again in brief ("The agreements cover A, B and C"): its areas stand for any kind. */
  readonly summary?: boolean;
}

interface KindEntry {
  readonly kind: AgreementKindT;
  readonly singular: string;
  readonly plural: boolean;
  readonly named: boolean;
  /** A kind only when written with capitals, as a title ("a Shared Vision for …"). */
  readonly capitalisedOnly?: boolean;
  /** A kind only in its plural before a list of fields ("documents in the medical and cultural spheres"). */
  readonly listingOnly?: boolean;
}

/** Each form of the rows, singular and plural, with what it names. */
function kindIndex(rows: Lexicons['agreementKinds']): PhraseIndex<KindEntry> {
  return new PhraseIndex<KindEntry>(
    rows.flatMap((r) => {
      const entry = {
        kind: r.kind,
        singular: r.form,
        named: r.named === 'yes',
        capitalisedOnly: r.written === 'capitalised',
        listingOnly: r.written === 'listing',
      };
      const plurals = r.plural.map((p) => [p, { ...entry, plural: true }] as const);
      return r.written === 'listing' ? plurals : [[r.form, { ...entry, plural: false }] as const, ...plurals];
    }),
  );
}

const kindTables = perLexicons((lex) => {
  // (An abbreviation names its document by itself, in capitals only: "signed the FTA", not "fta".)
  const abbreviations = lex.kindAbbreviations.map((r) => ({
    kind: r.kind,
    form: r.form,
    plural: r.plural,
    named: 'yes' as const,
    written: 'capitalised' as const,
  }));
  const anywhere = [...lex.agreementKinds.filter((r) => r.written !== 'signed'), ...abbreviations];
  const forms = anywhere.flatMap((r) => [r.form, ...r.plural]);
  return {
    index: kindIndex(anywhere),
    /**
     * The forms that are kinds only as what is signed (`written` = signed: "signing a Comprehensive Strategic
     * Partnership"), looked up apart: elsewhere the word names a relationship ("ties elevated to a strategic
     * partnership"), so it ends no subject and starts no next document.
     */
    signedIndex: kindIndex(lex.agreementKinds.filter((r) => r.written === 'signed')),
    /** Where a subject ends (STOP_FORMS), with the kinds that start the next document of a list. */
    stops: new RegExp(
      stopPattern(
        forms
          .sort((x, y) => y.length - x.length)
          .map(escapeRegExp)
          .join('|'),
      ),
      'giu',
    ),
    /** The kind of each form, singular or plural, in lower case ("protocol", "mous"). */
    kindOfForm: new Map<string, AgreementKindT>(anywhere.flatMap((r) => [r.form, ...r.plural].map((f) => [f.toLowerCase(), r.kind] as const))),
    /** "… and an agreement on …": the next document, even after "between" ("a letter between A and B and an agreement on C"). */
    nextDocument: new RegExp(String.raw`^,?\s+and\s+(?:a|an|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:${forms.map(escapeRegExp).join('|')})\b`, 'iu'),
    /** "The deals include the MoU for A; the MoU on B": a list item that is a document of its own, not a subject. */
    documentFirst: new RegExp(String.raw`^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:${forms.map(escapeRegExp).join('|')})\b`, 'iu'),
    /** What an abbreviation stands for (data/kind-abbreviations.tsv): "FTA" → "free trade agreement". */
    standsFor: new Map(lex.kindAbbreviations.map((r) => [r.form, r.stands_for] as const)),
    /** A phrase that ends with a kind, its abbreviation in brackets aside: "Memorandum of Understanding (MoU)". */
    endsInKind: new RegExp(
      String.raw`(?:^|\s)(?:${forms
        .map((f) => escapeRegExp(f.toLowerCase()))
        .sort((x, y) => y.length - x.length)
        .join('|')})(?:\s*\([^)]*\))?\s*$`,
      'i',
    ),
    /** "women and children": pairs that name one field (data/field-pairs.txt), lower case. */
    fieldPairs: new Set(lex.fieldPairs.map((p) => p.toLowerCase())),
    /** Words that describe a kind without naming it (data/descriptive-words.txt): "several", "new". */
    descriptive: new Set(lex.descriptiveWords.map((w) => w.toLowerCase())),
    /** Nouns that end like adjectives (data/noun-like-adjectives.txt). */
    nounLikeAdjectives: new Set(lex.nounLikeAdjectives.map((w) => w.toLowerCase())),
    /** Gerunds of action that share the object of the last one listed (data/action-gerunds.txt). */
    actionGerunds: new Set(lex.actionGerunds.map((w) => w.toLowerCase())),
    subjectWords: new Set(lex.agreementSubjects.flatMap((s) => s.toLowerCase().split(/\s+/)).filter((w) => !FUNCTION_WORDS.has(w))),
    /** The subjects themselves: "visa exemption agreements" names its documents by one. */
    subjectPhrases: new Set(lex.agreementSubjects.map((s) => s.toLowerCase())),
  };
});
// Only content words: the "of" of "exchange of students" is not a subject word ("the signing of accords").
const FUNCTION_WORDS = new Set(['of', 'on', 'in', 'and', 'the', 'for', 'to', 'a', 'an', 'with', 'between']);
// A day or a month before a kind dates the signing: "on Wednesday signed strategic partnership agreement".
const DAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
// A sentence's subject before its verb is no word of a title: "They signed memoranda on …".
const PRONOUNS = new Set(['they', 'we', 'he', 'she', 'it', 'both', 'i']);
// A verb that strengthens what follows: "solidifying the framework for …", "strengthen the legal framework".
const STRENGTHENED_BEFORE =
  /\b(?:solidif(?:y|ies|ied|ying)|strengthen(?:s|ed|ing)?|consolidat(?:e|es|ed|ing)|reinforc(?:e|es|ed|ing)|deepen(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|expand(?:s|ed|ing)?|broaden(?:s|ed|ing)?|modernis(?:e|es|ed|ing)|moderniz(?:e|es|ed|ing))\s+(?:the\s+|their\s+|our\s+|its\s+)?(?:[\p{L}-]+\s+)?$/iu;

// What a signed document is a basis for: "a solid basis for the development of …" (documents still to be drawn up).
const DEVELOPMENT_OF_BEFORE =
  /\b(?:basis|framework|foundation|groundwork|ground)\s+for\s+(?:the\s+)?(?:development|drafting|preparation|elaboration|design)\s+of\s+(?:(?:new|future|joint|further|more)\s+)?(?:[\p{L}-]+\s+)?$/iu;

// Words before a kind that are part of its name ("intergovernmental agreement", "framework agreement").
const NAMING = new Set([
  'intergovernmental',
  'joint',
  'comprehensive',
  'framework',
  'strategic',
  'general',
  'complementary',
  'implementation',
  'cooperation',
  'partnership',
  'trade',
  'economic',
  'investment',
  'cultural',
  'security',
  'defence',
  'defense',
  'military',
  'energy',
  'transit',
  'visa',
  'tax',
  'customs',
  'technical',
  'scientific',
  'commercial',
  'preferential',
  'interim',
  'long-term',
  'strategy',
  'exchange',
  'mutual',
]);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
  'his',
  'her',
  'both',
  'such',
  'another',
  'any',
  'all',
  'each',
]);
// (… also what is announced for later: "are also planned to be signed", "is expected to be concluded"; and
// what the sides agreed: "four agreements were also reached on transport, …".)
const PASSIVE =
  /^\s*,?\s*(was|were|(?:has|have|had)\s+(?:also\s+)?been|is being|are being|(?:will|would|shall)\s+(?:also\s+)?be|is to be|are to be|to be|(?:is|are)\s+(?:also\s+)?(?:expected|planned|scheduled|set|due|slated|likely)\s+to\s+be|is|are)\s+(?:also\s+|jointly\s+|formally\s+|officially\s+|then\s+)?(signed|exchanged|renewed|concluded|adopted|initiall?ed|inked|issued|released|published|approved|finali[sz]ed|sealed|clinched|struck|forged|reached)\b/i;
// (A bulleted line only: a page's headline names again the document its story tells, "MoU signed for X" over "… signed a
// memorandum on X".)
const HEADLINE_OPENING = /^\s*[*•·\-–—]\s*(?:(?:a|an|the|new)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{L}+$/u;
const HEADLINE_SIGNED = /^\s+(?:signed|inked|sealed)\s+(?=(?:for|on|with)\s+(?!(?:the\s+)?(?:occasion|sidelines|margins?|day|eve|\d|[A-Z][a-z]+day\b)))/i;
// "the fields of", "areas of", "the sector of": the head noun of a list of subjects.
const FIELD_OF = String.raw`(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?)\s+of(?:\s*:)?`;
// "agreements totaling US $451 million", "deals worth $2 billion", "contracts valued at": documents counted by their value.
// (… also of a bundle with firms' contracts: "investment agreements and export contracts worth $26.6 billion".)
const VALUED_AFTER =
  /^(?:\s+and\s+(?:[\p{L}-]+\s+)?(?:contracts|deals))?\s*,?\s*(?:worth|totall?ing|valued\s+at|amounting\s+to|(?:with\s+a\s+)?(?:total\s+)?value\s+of)\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+)?(?:US\s*\$|USD|\$|€|EUR|£|\d)/iu;
const PROJECTS_VALUED_AFTER =
  /^\s+(?:on|for|in)\s+[^.;$€£]{0,100}?\b(?:projects|deals|contracts|investments)\s+(?:worth|valued\s+at|totall?ing|amounting\s+to|with\s+a\s+(?:total\s+)?value\s+of)\s/i;
// … or with it before them: "$30 billion trade agreements signed", "$5 billion worth of deals".
const VALUED_BEFORE = /(?:US\s*\$|USD|\$|€|EUR|£)\s?\d[\d.,]*\s*(?:billion|million|bn|mn|m|b)?\s+(?:in\s+|worth\s+of\s+|of\s+)?$/i;
// "signed multiple cooperation deals with", "inked two deals with": a signing verb before the deals' words.
const DEALS_SIGNED_BEFORE = /\b(?:signed|signs|sign|signing|inked|inks|concluded|sealed|struck)\s+(?:[\p{L}\d-]+\s+){0,3}$/iu;
// The head nouns of a list of areas after "the following".
const FIELD_HEADS = String.raw`(?:fields|areas|realms|spheres|sectors|domains|directions|issues|matters|topics|subjects)`;
// What announces a list of them: "in the following areas:", "on specific matters:".
const LIST_AHEAD = String.raw`(?:the\s+following|specific|several|various|particular)`;
// "in seven specific areas: A, B, …": a count of the fields the list names.
const COUNT_WORDS = String.raw`\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
const COUNT_AHEAD = `(?:${COUNT_WORDS})`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
// What opens a document's subject after its kind word.
// (No `i` flag: with it, \p{Lu} would match small letters too. Introducers are written in lower case.)
// (Each a word of its own, ended by a space or a non-letter: "The MOUs offered …" opens no subject "of fered …".)
const INTRODUCER = new RegExp(
  String.raw`^\s*(?:(?:[Rr]elating\s+to|related\s+to|[Pp]ertaining\s+to|[Pp]ursuant\s+to|in\s+relation\s+to|covering|outlining|focused\s+on|focusing\s+on|(?:[Ii]n|[Oo]n)\s+(?:${COUNT_AHEAD}\s+(?:${LIST_AHEAD}\s+)?|${LIST_AHEAD}\s+)${FIELD_HEADS}(?=\s*:)|[Oo]n|[Oo]f|[Ff]or|[Tt]owards?(?=\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}(?:partnership|cooperation|co-operation|relationship|integration|peace|normali[sz]ation|development)\b)|[Rr]egarding|[Cc]oncerning|[Ww]ith\s+[Rr]espect\s+to|[Ww]ith\s+[Rr]egard\s+to|[Ii]n\s+[Rr]espect\s+of|(?:that|which)\s+(?:would|will|is\s+to|aims?\s+to|seeks?\s+to)\s+(?:boost|promote|strengthen|enhance|deepen|expand|foster|facilitate)\s+(?=(?:bilateral\s+)?(?:cooperation|collaboration)\s+(?:in|on)\s)|about(?!\s+(?:\d|a\s+(?:year|month|week|decade|dozen)|an?\s+hour|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|half|which|what|how|whom|it|this|that|these|those|them|its|their)\b|[^.;,]{0,30}\bago\b)|between|[Ee]stablishing|[Aa]mending|[Aa]bolishing|[Ww]aiving|[Ee]xempting|[Ee]liminating|[Gg]overning|[Rr]egulating|[Ss]etting\s+up|[Pp]roviding\s+for|(?:[Aa]llowing|[Ee]nabling|[Pp]ermitting)(?!\s+(?:him|her|them|it|us|me|you|the\s+two|both)\b)|[Ss]etting\s+out|[Ll]aying\s+down|[Gg]ranting|[Rr]ecogni[sz]ing|(?:pledging|vowing|aimed|aiming|seeking|designed|intended|expected)\s+(?:at|to)\s+(?=\p{Ll})|with\s+(?:the\s+)?(?=(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Agency|Bank|Fund|Company|Corporation|Organi[sz]ation|Institute|University|Authority|Chamber)\b)|to\s+(?:the\s+)?(?=\p{Lu})|to\s+(?:promote|build|develop|establish|start|launch|begin|initiate|commence|open|strengthen|enhance|expand|extend|foster|intensify|advance|create|facilitate|support|implement|ensure|protect|avoid|prevent|improve|boost|deepen|allow|enable|permit|regulate|govern|cooperate|collaborate|combat|fight|designate|solve|resolve|set\s+up|conduct|prepare|carry\s+out|provide|finance|fund|share|exchange|increase|raise|upgrade|elevate|bolster|reinforce|consolidate|broaden|step\s+up|scale\s+up|accelerate|diversify|operate|run|manage|construct|produce|train|modernise|modernize|transfer|simplify|cancel|abolish|waive|lift|ease|eliminate|remove|jointly\s+\p{Ll}+)\b|(?:in|around|across|within)\s+${FIELD_OF}|in\s+the\s+following\s+${FIELD_HEADS}|in\s+matters\s+of|(?:until|till|through|up\s+to)\s+(?=(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b)|for\s+(?=(?:the\s+(?:years?|period)\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b)|in\s+the\s+framework\s+of\s+(?=(?:the\s+)?[^.;,]{0,40}?\b(?:[Ii]nitiative|[Pp]rogramme|[Pp]rogram|[Ss]trategy|[Cc]orridor)\b)|in\s+(?!force\b|effect\b|which\b|whom\b|(?:total|all|addition|particular|general|principle|person|turn|part|return|response|public|writing|detail|advance|parallel|tandem|earnest|attendance)\b|the\s+presence\b|\d|(?:the\s+)?(?:coming|next|following|near|weeks|months|days)\b|(?:the\s+|an?\s+)?(?:year|course|framework|presence|run-up|margins|sidelines|context|light|interest|line|series|meetings?|sessions?|ceremony|talks|visit|event|summit|forum|presence|pipeline|works|offing|making|hopes?|order|bid|wake|aftermath|spirit|anticipation|expectation|view|face)\b)(?=(?:the\s+)?\p{Ll}))(?:(?<=\s)|(?![\p{L}\d]))\s*)`,
  'u',
);
const MEETING_FORMAT = /^(?:consultations?|dialogue|summit|meeting|forum|commission|committee|mechanism|talks|process|council)$/;
// "the Working Group meetings under the IRIGC-TEC framework": the framework meetings are held under, no document.
const MEETINGS_UNDER =
  /\b(?:meetings?|sessions?|groups?|talks|consultations?|dialogues?)\s+(?:(?:held|convened|organi[sz]ed)\s+)?under\s+(?:the|its|their)\s+$/i;
const TIME_FIRST = new RegExp(String.raw`^(?:${WEEKDAY}|${MONTH}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})(?![\p{L}])`, 'iu');
// Who signed, not what about: "was signed on the Kuwaiti side by …", "signed the MoU on behalf of the ministry".
// From a signatory's office to the "and" before the other signatory: no government, office or possessive, which name
// a party, not a person ("the President's Office of Kenya", "President Ruto's government").
const SIGNER_UNTIL_AND = String.raw`(?:(?!\s+and\s|\b(?:[Gg]overnment|Office|[Mm]inistry|Cabinet|Presidency|[Aa]dministration)\b|['’]s\b)[^.;]){0,100}\s+and\s`;
// Signatories named by office after "between": "between Kuwait's Minister of Social Affairs X and …".
const SIGNERS_BETWEEN = String.raw`between\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s?\s+)?(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Minister|President|Ambassador|Secretary|Chair(?:man|woman|person)?|Governor|Director|Head|Mayor|CEO)(?!['’])${SIGNER_UNTIL_AND}`;
// (… or the signatories after "between": "was signed between Kuwait's Minister of Social Affairs X and …".)
const SIGNATORY_SIDE = new RegExp(String.raw`^\s*(?:[Oo]n\s+(?:behalf\s+of|the\s+(?:[\p{L}-]+\s+){1,2}side)\b|${SIGNERS_BETWEEN})`, 'u');
// What documents named by a plural kind are about, said by a verb: "The signed memoranda deal with A, B and C",
// "The MoUs covered the fields of A and B" (their subjects, when an earlier sentence counted them; also "The
// agreements signed include commitments on cooperation in the fields of …", "the MOUs are in the fields of …"), or listed
// after "including": "agreements, including on A and on B, were signed", "Other MoUs signed included on A; on B".
const PARTNER_COUNT =
  /\s+with\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|several|many|more\s+than\s+\d+|over\s+\d+|some\s+\d+)\s+(?:other\s+)?(?:countries|states|nations|partners|governments)\b/i;
const SUMMARY_VERB =
  /^\s*(?:,\s*(?:which|that)\s+)?(?:also\s+)?(?:cover(?:s|ed)?|concern(?:s|ed)?|deal(?:s|t)?\s+with|relate[sd]?\s+to|pertain(?:s|ed)?\s+to|span(?:s|ned)?)\b/i;
const INCLUDING_LATER = /^[^.;,:()]{1,80}?(?=,\s*including\s+(?:on|in)\s+(?:the\s+)?\p{Ll})/u;
// "Other memoranda are Gender Equality, Maritime Partnerships and …": a list of capitalised items after "are" (case
// matters here, so no `i` flag: "are expected to …" lists nothing).
const LISTED_AFTER_ARE = /^\s*(?<listed>are|were)(?=\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s*,\s*\p{Lu})\s+/u;
const CONTENT_VERB = new RegExp(
  // (… also in a relative clause: "The agreements, which cover A, B and C, were signed …".)
  // (… also of documents still to come: "Other agreements due to be signed on Thursday include cooperation on A, B and C".)
  String.raw`^\s*(?:,\s*(?:which|that)\s+(?=(?:also\s+)?(?:cover(?:s|ed)?|concern(?:s|ed)?|deal(?:s|t)?\s+with|relate[sd]?\s+to|span(?:s|ned)?)\s))?(?:(?<signed>signed|exchanged|concluded|inked)(?:\s+(?:on\s+)?(?:${WEEKDAY}|yesterday|today))?(?:\s+(?:during|at|in|between)\s+(?:the|this|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s+|(?:(?:due|expected|set|scheduled)\s+)?to\s+be\s+signed(?:\s+(?:on|at|during|in)\s+[^,;.]{1,40}?)?\s+)?(?:also\s+|further\s+|together\s+)?(?:include[sd]?\s+(?:commitments?|provisions?)\s+(?:on|for)\s+(?:cooperation\s+)?in(?=\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\b)|(?:are|were)\s+in(?=\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\b)|,?\s*(?<including>including|included|include[sd]?|encompassing|encompass(?:es|ed)|comprising|compris(?:es|ed))(?=\s+(?:on|in)\s|(?<=(?:encompassing|encompasse[sd]|comprising|comprise[sd]))(?<!,\s*(?:encompassing|encompasse[sd]|comprising|comprise[sd]))\s+(?:the|a|an)\s[^.;]*,|\s+\p{Lu}[^.]*;|\s+(?!(?:a|an|the)\s)(?!(?:[\p{L}-]+\s+){0,2}(?:MoUs?|MOUs?|agreements?|memorand\w*|protocols?|treat(?:y|ies)|declarations?|contracts?|deals?)\b)(?:[\p{L}-]+\s+){0,5}[\p{L}-]+\s*,\s)|deal(?:s|t)?\s+with|cover(?:s|ed)?|concern(?:s|ed)?|relate[sd]?\s+to|(?:are|were)\s+related\s+to|pertain(?:s|ed)?\s+to|focus(?:es|ed)?\s+on|(?:are|were)\s+(?:mainly\s+|mostly\s+|primarily\s+)?(?:focused|centred|centered)\s+on|touch(?:es|ed)?\s+(?:up)?on|(?:are|were)\s+(?:on|about|for(?!\s+(?:(?:a|an|the)\s+)?(?:(?:initial|further|renewable|first|second)\s+)?(?:period|term|duration|\w+\s+(?:years?|months?))\b))|(?:are|were|include[sd]?|including)\s+(?:those|ones)\s+(?:related\s+to|relating\s+to|on|concerning|regarding|in\s+the\s+(?:fields?|areas?)\s+of)|aim(?:s|ed)?\s+to\s+\w+\s+(?:[\w-]+\s+){0,4}?(?:in|on)\s+(?:(?:several|various|many|the\s+following|key|main|priority)\s+)*(?:areas|fields|sectors|spheres)\s+(?:including|such\s+as|namely)\s*[;:]?)\s+(?<fields>${FIELD_OF}\s+)?`,
  'iu',
);
// The areas of the documents named as the sentence's subject: "Sectors covered in the MoUs include A, B and C".
const AREAS_COVERED_IN = /^\s*(?:the\s+)?(?:sectors|areas|fields|issues|subjects|topics)\s+(?:covered|addressed)\s+(?:in|by)\s+(?:the\s+)?$/i;
// A participial clause of signatories before the verb that says what the documents cover.
// (Also without commas: "The seven protocols signed at the summit cover …", "The two agreements that were signed covered …".)
// (Not the signers' own offices: "counterparts, who are responsible in the fields of …".)
const SIGNERS_BEFORE_FIELDS =
  /^\s*by\s+(?:(?!\b(?:who|which|responsible|in\s+charge)\b)[^.;:,]){3,120}?(?=\s+in\s+(?:the\s+)?(?:fields?|areas?|sectors?|spheres?|domains?)\s+of\s)/i;
const SIGNED_BY_CLAUSE =
  /^\s*,?\s*(?:(?:that|which)\s+(?:were|was|have\s+been|had\s+been)\s+)?(?:signed|exchanged|inked|concluded)(?:\s+(?:by|between|on\s+behalf\s+of|at|during|in|on)\s[^.;:]*?)?\s*,?\s+(?=(?:also\s+)?(?:cover(?:s|ed)?|deal(?:s|t)?\s+with|concern(?:s|ed)?|relate[sd]?\s+to|pertain(?:s|ed)?\s+to|focus(?:es|ed)?\s+on)\s)/iu;
// The two sides a plural names before what the documents are about: "between Pakistan and the UAE pertaining to …".
const SIDES_BEFORE_SUBJECT =
  /^\s*between\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}and\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?=\s*,?\s*(?:pertaining\s+to|relating\s+to|related\s+to|regarding|concerning|covering|on|in\s+(?:the\s+)?(?:fields?|areas?|sectors?|spheres?|domains?)\s+of)\s)/u;
// The areas a plural's purpose names as examples: "six MoUs (with Sri Lanka) in a bid to enhance cooperation in
// several fields, including A, B and C", "three memoranda to boost cooperation in the sectors of A, B and C" —
// the list, not the purpose, says what they are about.
// The purpose itself: "in a bid to enhance cooperation ", "to boost ties ".
// ("…, committing the sides to work together in the fields of": what the signatories bound themselves to.)
const PURPOSE = String.raw`(?:,?\s*(?:committing|pledging|obliging|binding|undertaking)\s+(?:(?:the\s+(?:two\s+)?|both\s+)?(?:sides|countries|parties|states|governments)\s+)?)?(?:(?:(?:in\s+a\s+bid|in\s+order|so\s+as|aim(?:s|ed|ing)?|intended|designed|meant)\s+)?to\s+\p{Ll}+\s+|(?:that\s+(?:are|were)\s+)?aim(?:ed|ing)\s+at\s+\p{Ll}+ing\s+)(?:[\p{L}-]+,?\s+){0,10}?(?:(?:particularly|especially|notably|mainly|primarily)\s+)?`;
// "several", "a wide variety of": how many fields a list of examples is drawn from.
const AREA_COUNT = String.raw`several|various|many|diverse|different|the\s+following|key|main|priority|a\s+number\s+of|a\s+(?:wide\s+|broad\s+)?(?:range|variety|array|spectrum|host)\s+of`;
// After a passive, fields counted and given as examples need no purpose before them: "MoUs were signed across a wide
// variety of fields, including A, B and C". (Not after a bare plural: "the agreements in various areas, including A and
// B" may sum up documents told one by one.)
const EXAMPLE_AREAS = new RegExp(
  String.raw`^\s*(?:in|across|covering|spanning)\s+(?:(?:${AREA_COUNT})\s+)+(?:areas|fields|sectors|spheres|domains)\s*,?\s+(?:including|such\s+as|namely)\s*[;:]?\s+`,
  'i',
);
const PURPOSE_AREAS = new RegExp(
  // (… or the cooperation it fosters: "a range of agreements to foster closer cooperation on trade, education and culture";
  // or says in a verb: "agreements to collaborate in petrochemicals, transportation, and mining".)
  String.raw`^\s*(?:with\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:to\s+(?:(?:foster|promote|boost|deepen|strengthen|enhance|expand)\s+(?:(?:their|the)\s+)?(?:(?:closer|deeper|greater|further|bilateral)\s+)?(?:(?:partnerships?|ties|relations)\s+and\s+)?(?:cooperation|collaboration|exchanges)|cooperate|co-operate|collaborate|work\s+together)\s+(?:on|in)\s+(?!(?:the\s+)?(?:areas|fields|sectors|spheres|domains)\b)(?=\p{Ll}[^.;]*(?:,|\band\b))|${PURPOSE}(?:in|on|across)\s+(?:(?:(?:${AREA_COUNT})\s+)*(?:areas|fields|sectors|spheres|domains)\s*,?\s+(?:including|such\s+as|namely)\s*[;:]?|(?:the\s+)?(?:areas|fields|sectors|spheres|domains)\s+of)\s+)`,
  'iu',
);
// A formal title's parties before its subject: "Memorandum of Understanding between the Ministry of Health, Government
// of the Republic of Maldives, and the Ministry of …, Government of …, on the Recruitment of Qualified Health Professionals".
// (… or an action in lower case: "… and the Authority for Culture of the Kingdom of Bahrain on holding Culture Days".)
const FORMAL_PARTIES =
  /^\s*between\s+(?:the\s+)?(?:Ministry|Ministries|Government|Governments|Republic|Kingdom|State|Department|Cabinet)\b(?:(?!\s(?:on|in\s+the\s+(?:areas?|fields?|spheres?)\s+of|for\s+the|concerning|regarding)\s)[^.;]){0,300}?,?\s+(?=(?:on|in\s+the\s+(?:areas?|fields?|spheres?)\s+of|for\s+the|concerning|regarding)\s+(?:the\s+)?(?:\p{Lu}|\p{Ll}+ing\s+(?:the\s+|an?\s+)?\p{Lu}))/u;
// Who signed a plural, before its purpose: "memorandums of cooperation signed between Dhaka and Tokyo to boost …".
const SIGNED_BETWEEN =
  /^\s*,?\s*(?:signed|exchanged|inked|concluded)\s+between\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}and\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}/u;
// … or lists them before their head noun: "six MoUs to strengthen cooperation in the agriculture, education and health sectors".
const PURPOSE_BEFORE_HEAD = new RegExp(String.raw`^\s*${PURPOSE}(?=(?:in|on)\s+the\s+[^.;]{3,120}?\s+(?:sectors|fields|areas|spheres|domains)\b)`, 'iu');
const WITH_FIRMS = /^\s+(?:worth\s+[^,;.]{1,30}?\s+)?with\s+(?:[\p{L}-]+\s+){0,2}(?:firms|companies|businesses|corporations|enterprises|conglomerates)\b/iu;
// Firms' deals: "export agreements", "commercial contracts" are no documents between states.
const COMMERCIAL = /\b(?:export|import|commercial|business|sales|purchase|supply|loan|credit)\b/i;
// Where a subject ends: the clause goes on with a verb, a date, a place of signing or the next
// document of a list (", MoU on …", ", and a Protocol on …"), whose kinds the lexicon gives.
const stopPattern = (nextKind: string): string =>
  [
    // (After an article the kind may follow lower-case words: ", a government-to-government agreement on …".)
    // (… also a word in quotation marks: ", in addition to an “important” memorandum".)
    String.raw`[,;]\s+(?:and,?\s+|in\s+addition\s+to\s+|along\s+with\s+|alongside\s+|together\s+with\s+|besides\s+)?(?:(?:a|an|the|another)\s+(?:[\p{L}“”"‘’-]+\s+){0,3}?|(?:\p{Lu}\p{Ll}+\s+){0,3})(?:${nextKind})\b`,
    String.raw`\s*[.!?](?=\s|$)`,
    // The end of a quotation: "… and Aircraft Accident Investigation,” Mr Mugejo said.
    // (Not the close of a word quoted inside the subject: 'in the field of “green” development'.)
    String.raw`(?<!“[^“”"\n]{1,40})[,.]?[”»](?=[\s,.;]|$)`,
    // (… also a straight quote after a comma, which only closes one: '… and cooperation in tourism," Jokowi continued'.)
    String.raw`,"(?=\s|$)`,
    // "…; a Joint Ministerial Statement between …": a semicolon and an article open the next item.
    String.raw`\s*;\s+(?:and,?\s+)?(?:a|an|the|another)\s`,
    // (Not the colon of "in the following realms: A, B and C", "in seven areas: A, B, …".)
    String.raw`(?<!\b(?:following|specific|several|various|particular|${COUNT_WORDS})\s+${FIELD_HEADS})\s*:`,
    String.raw`,?\s+(?:which|that|who|whose|where|whereby)\b`,
    // "the memorandum on energy agreed upon by the two ministers": a participle of the sides' assent after the title.
    String.raw`\s+(?:(?:already|jointly|mutually)\s+)?agreed\s+(?:between|upon|by)\b`,
    // "…, from which Nepal can take benefits": a relative clause after a preposition.
    String.raw`,\s+(?:from|under|by|through|with|in|of|to|for)\s+which\b`,
    String.raw`\s+(?:was|were|is|are|will|would|has|have|had|shall|can|could|should|may|must|became|becomes)\b`,
    // "the Agreement between our two countries includes …": what it holds, not what it is named.
    String.raw`\s+(?:includes|comprises|contains|envisages|stipulates)\b`,
    String.raw`,?\s+(?:signed|inked|concluded|exchanged|adopted|initiall?ed|approved|renewed|reached|issued|executed)\b`,
    // (Not "in the following realms": "following" after "the" is no clause.)
    String.raw`,?(?<!\bthe)\s+(?:during|following|after|before|aimed|aiming|to\s+be|at\s+the|in\s+the\s+presence|by\s+the|under\s+which|as\s+part\s+of|as\s+the|as\s+(?:he|she|they))\b`,
    // "… on tourism and agriculture as President X began his visit": the time of the signing, not its subject.
    // (… or "as Ramaphosa began", "when the President arrived"; not "promoting women as leaders in business".)
    String.raw`,?\s+(?:as|when)\s+(?:(?:his|her|their|both|the\s+two)\s+(?:leaders|presidents|ministers|heads)\b|(?:the\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Sheikh|Crown\s+Prince|Foreign\s+Minister)\s+[^.;,]{0,80}?\b(?:began|begins|arrived|arrives|started|starts|opened|opens|landed|concluded|wrapped|ended|paid|made|visited|visits|met|meets|held|took|takes|attended|attends|hosted|hosts|received|receives|welcomed|welcomes|oversaw|witnessed|travels|tours)\b|[\p{L}-]+\s+(?:began|begins|arrived|arrives|started|starts|landed|concluded|wrapped)\s)`,
    // (Not a list item of its own: "agreements focused on visa exemptions, strengthening mutual investment in e-commerce, …".)
    String.raw`(?:,\s+|\s+(?=focused\b))(?:focus(?:ed|ing)|reflecting|underscoring|marking|aiming|emphasi[sz]ing|highlighting|stressing)\b`,
    String.raw`,\s+(?:(?:thereby|thus|so)\s+)?(?:enhancing|strengthening|boosting|deepening|tightening|cementing|bolstering|reinforcing|solidifying|consolidating|elevating|upgrading)\s+(?:the\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ties|relations|relationship|cooperation|partnership|friendship|links|bonds|trust)\b`,
    // (… and any participle clause after the list's closing "and" item: "on security, health and transport, hailing a historic day",
    // when it runs to the end with no item after it: not "…, agriculture and food security, protecting wildlife and …".)
    String.raw`(?<=\band\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+),\s+(?:(?:thereby|thus)\s+)?(?!(?:including|excluding|according|concerning|regarding|following|notably)\b)\p{Ll}+ing\s(?=[^.;,]*(?:[.;]|$))(?![^.;,]*\band\b)`,
    // (… and a purpose after a subject the title already has: "the action plan for implementing the partnership to set
    // specific directions for each pillar".)
    String.raw`(?<=\b(?:for|on)\s+[^.;]{3,100}?)\s+to\s+(?:set|guide|chart)\b`,
    // (… and the purpose after the list's closing "and" item: "in areas including tourism, health and agriculture to
    // “strengthen and relaunch” their cooperation".)
    String.raw`(?<=\band\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+to\s+[“"‘]?(?:strengthen|relaunch|boost|deepen|enhance|promote|expand|foster|advance|bolster|reinforce|consolidate|increase|improve|facilitate|revitali[sz]e|elevate|intensify)\b`,
    // (… and a gerund that closes the sentence with no item after it: ", strengthening investor confidence in the region.")
    String.raw`,\s+(?:enhancing|strengthening|boosting|deepening|promoting|improving|fostering)\b(?=[^.;,]*(?:[.;]|$))(?![^.;,]*\band\b)`,
    String.raw`\s+(?:on|in)\s+(?:\d|${MONTH}\b|${WEEKDAY}\b|the\s+(?:\d|same\s+day|occasion|margins|sidelines))`,
    String.raw`\s+in\s+(?:force|effect)\b`,
    // "… MOUs on defense industry, minerals at bilateral summit": where it was signed, not what it is about.
    // (Not a title's own words: "… on the Results of the Visit at the Summit Level".)
    String.raw`\s+at\s+(?:a\s+|an\s+|their\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:summit|meeting|talks|forum|ceremony|conference)\b(?!\s+[Ll]evel)`,
    // "… over the agreement on a bridge and to relaunch the talks on …": a clause coordinated with the one that names the document.
    String.raw`,?\s+and\s+to\s+(?=(?:relaunch|resume|continue|advance|strengthen|promote|develop|expand|hold|establish|work|explore|consider|ensure|support|deepen|enhance|boost|increase|launch|start|begin|complete|finali[sz]e|conclude|sign|step\s+up|intensify|accelerate|speed\s+up|address|discuss|review)\b)`,
    // "the adoption of the Action Plan on trade and the signing of the Agreement on …": a signing of its own, the next document.
    String.raw`,?\s+and\s+the\s+(?:signing|signature|adoption|conclusion|ratification|initiall?ing)\s+of\b`,
    // "will sign an agreement on trade soon", "… at an early date": when, not what.
    String.raw`,?\s+(?:in\s+the\s+(?:(?:near|coming|foreseeable|immediate)\s+)?future|at\s+an\s+early\s+date|as\s+soon\s+as\s+possible|soon)\b`,
    // "… to boost trade and investment Friday": a bare weekday dates the signing.
    String.raw`\s+${WEEKDAY}\b`,
    // "… to establish a cooperation council between the two countries in a bid to improve …": why, not what.
    String.raw`,?\s+in\s+(?:a\s+bid|order)\s+to\b`,
    // "…, including military industries, Today, Monday, President X said": the day and the speaker.
    String.raw`,\s+(?:today|yesterday|tomorrow|${WEEKDAY})\b`,
    // "… to sign the agreement on the liberalization of visas today": when, not what.
    String.raw`\s+(?:today|yesterday|tomorrow|tonight)\b`,
    // "… for a total investment of more than USD 7.49 billion", "worth $2 billion": its value, not its subject.
    String.raw`\s+(?:for\s+(?:a\s+)?(?:total\s+|combined\s+)?(?:investments?|value|amount|sum)\s+(?:of|worth)|worth|valued\s+at)\s`,
    // "… an agreement on investments and, the following day, created …": the next clause.
    String.raw`(?<!;)\s+and\s*,`,
    // "… between Ghana and Togo last week": when, not what.
    String.raw`\s+(?:last|this)\s+(?:week|month)\b`,
    // (… and "last year", "next year", unless the title's own: "budget support for next year".)
    String.raw`(?<!\b(?:for|of|in)\s*)\s+(?:last|this|next)\s+year\b(?!['’]s)`,
    // "the Joint Vision Statement on Power Sector Cooperation of April 2022": the date it was issued.
    String.raw`\s+of\s+${MONTH}\s+\d{4}\b`,
    String.raw`,?\s+(?:entered|enters|entering|came|comes|coming|took|takes|goes|went)\s+(?:into\s+)?(?:force|effect)\b`,
    // (Not "…, and technology, as well as innovation, and sports": an item of a list that goes on.)
    // (… nor the list's last item before the sentence's end: "…, as well as investment cooperation.")
    String.raw`,?\s+as\s+well\s+as\b(?!\s+(?:(?:cooperation|collaboration)\s+in|in\s+${FIELD_OF})\s)(?!\s+(?:on\s+|in\s+)?[a-z]+(?:\s+[a-z]+)?(?:,|\s*[.;]?\s*$))`,
    // "signed a treaty on X and discussed Y": the sentence's next predicate.
    String.raw`,?\s+and\s+(?:then\s+|also\s+)?(?:discussed|agreed|noted|stressed|expressed|reviewed|held|called|pledged|welcomed|emphasi[sz]ed|underlined|highlighted|decided|instructed|visited|met|attended|witnessed|reaffirmed|announced|launched|unveil(?:ed|s)?|praised|thanked|considered|examined|outlined|exchanged\s+views|approved|adopted|passed|signed|issued|inked|concluded)\b`,
    // (Not "and the field of C": the next subject of the list; nor "and the environment were signed": its
    // last subject, one or two lower-case words before the verb, the sentence's end or its source ("…, the agency reported").)
    // (Nor "and the Baikal Region of Russia": a place named in the subject, capitalised words before "of" or "and";
    // but "and the Statute of the Commission" is the next document.)
    String.raw`,?\s+(?:and|or)\s+(?!${FIELD_OF}\b)(?!the\s+(?!(?:Statute|Charter|Final\s+Act|Regulations?|Rules|Terms|Minutes|Programme|Program|Plan)\b)(?:\p{Lu}[\p{L}-]*\s+){1,4}(?<!\b(?:${nextKind})\s+)(?:of|and)\s+(?:the\s+)?\p{Lu})(?!the\s+(?!(?:${nextKind})\b)\p{Ll}+(?:\s+\p{Ll}+)?(?:\s*[.;]|\s+(?:was|were|is|are)\s|\s*,\s+(?:(?:the|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,5}?(?:said|says|added|noted|reported|stated|announced|reports|confirmed)\b))(?:a|an|the|another|two|three|four|five|six|seven|eight|nine|ten|\d+|several|other)\s`,
    // "… on marking the 70th anniversary and ‘2019-2020 Cooperation Plan’ between the Foreign Ministries": a quoted title
    // after "and" is the next document.
    String.raw`,?\s+and\s+(?=[‘“"][^‘’“”"]{2,80}\b(?:Plan|Programme|Program|Agreement|Memorandum|Protocol|Declaration|Statement|Road\s?[Mm]ap|Treaty|Accord)[’”"])`,
    // "a memorandum on investments and deals on double taxation, …": a kind word of its own after "and" opens the next document.
    // (Only the nouns of agreements themselves: "a memorandum on student exchanges and programmes for …" is one subject.)
    String.raw`,?\s+and\s+(?:deals?|agreements?|memorand(?:um|a|ums)|MoUs?|protocols?|treaties|treaty|accords?|pacts?|conventions?|frameworks?|declarations?|road\s*maps?)\s+(?:on|in|for|concerning|regarding)\s`,
    // (Not after the head noun of the areas a plural covers: "MoUs in key sectors including A, B and C".)
    String.raw`(?<!\b(?:fields|areas|sectors|spheres|domains|industries|issues|matters|topics|subjects),?),?\s+(?:including|among\s+others|among\s+them|etc)\b`,
    // "… and agribusiness,” according to the statement": the source, after a comma or a closing quotation mark.
    // (… also "…, as per Radio Pakistan", "…, as reported by the agency", "…, citing the ministry", these only when the
    // source ends the sentence: "…, as per the OECD model, and on road transport" goes on.)
    String.raw`\s*[,”"»]+\s*[,”"»]*\s*(?:according\s+to\b|(?:as\s+per|as\s+reported\s+by|citing)\b(?=[^,;]*(?:[.;]|$)))`,
    // "…, the report said", ", a statement by the presidency said": the source, not the subject.
    String.raw`,\s+(?:(?:the|a|an|according)\s+)?(?:[\p{L}’'-]+\s+){0,5}?(?:said|says|added|noted|reported|stated|announced|reports|confirmed)\b`,
    String.raw`\s+[-–—]\s`,
    // "… between Ghana and China in Accra last Friday": where and when it was marked, after the title.
    String.raw`\s+in\s+(?=\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:last|this|next|yesterday|today|earlier)\b)`,
    // (… or when alone: "… of the Senegambia Bridge last Friday in Banjul".)
    // (Not what a document is for: "budget support for next year".)
    String.raw`(?<!\bfor)\s+(?=(?:last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\b)`,
    // "…, witnessed by the two prime ministers": who watched the signing, after a comma.
    String.raw`,\s+(?=witnessed\s+by\b|in\s+the\s+presence\s+of\b)`,
    // Its signatories: "… between the two countries by Moldova's Deputy Prime Minister X and …".
    String.raw`\s+by\s+(?:\p{Lu}[\p{L}-]*['’]s?\s+)?(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Minister|President|Ambassador|Secretary|Chair(?:man|woman|person)?|Governor|Director|Head|Mayor)\b`,
    // … or the one it is signed with: "will sign a memorandum of economic cooperation with Greek Development Minister X",
    // "… with his Greek counterpart".
    String.raw`\s+with\s+(?:(?:his|her|their|the)\s+)?(?:(?:\p{Lu}[\p{L}-]*['’]s?\s+)?(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Minister|President|Ambassador|Secretary|Chair(?:man|woman|person)?|Governor|Director|Mayor)|(?:\p{Lu}[\p{L}-]*\s+)?counterparts?)\b`,
    // … or named after "between": "a cooperation agreement between Kuwait's Minister of Social Affairs X and …".
    // (Not an office's government or its office: "between the President's Office of Kenya and …", "between President
    // Ruto's government and …".)
    String.raw`\s+${SIGNERS_BETWEEN}`,
    // (… also an office in lower case before the name: "a MoU between higher education minister Zambry Kadir and …".)
    String.raw`\s+between\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}(?:minister|president|ambassador|secretary|chairman|chairwoman|governor|director|ceo)\s+(?=\p{Lu})${SIGNER_UNTIL_AND}`,
    // … but not an abbreviation in brackets: "between the National Cadet Corps (NCC) and …".
    String.raw`\s*\((?!\d{4}|[A-Z]{2,8}\))`,
  ].join('|');
// The list a plural kind heads: "in the fields of A, B and C".
// (At the list's head, before any comma: "on cooperation in the fields of …", "of understanding between A
// and B in the fields of …"; an item's own "in the Field of" after the first item opens no list.)
// (Also "in the following realms: A, B and C", "in seven specific areas: A, B, …", "in five areas - A, B, …".)
const FIELDS = new RegExp(
  String.raw`^(?:\s*,\s*(?:particularly|especially|notably|mainly|primarily)\s+)?[^,;]*?\b(?:(?:in|on|around|across|within)\s+${FIELD_OF}|(?:in|on)\s+(?:${COUNT_AHEAD}\s+(?:${LIST_AHEAD}\s+)?|${LIST_AHEAD}\s+)${FIELD_HEADS}\s*(?::\s*[-–—]?|[-–—](?=\s*\p{Ll}))|in\s+the\s+following\s+${FIELD_HEADS})\s*`,
  'iu',
);
// "covering key areas such as A, B and C", "on issues such as A and B", "in sectors including A and B": areas named after their head noun.
const AREAS_NAMED =
  /^[^,;]*?\b(?:(?:key|several|various|diverse|many|priority|main|major|other|different|important|strategic|multiple|numerous|a\s+number\s+of|a\s+(?:wide\s+)?range\s+of)\s+)*(?:fields|areas|sectors|spheres|domains|issues|matters|subjects|topics)\s*,?\s+(?:such\s+as|including|like|namely)\s+/i;
// "in the defence, health and water sectors", "in various commercial and cultural fields": areas listed before their head noun.
const AREAS_BEFORE_HEAD =
  /^\s*(?:(?:in|on|covering|across|spanning)\s+)?(?:the\s+)?(?:(?:various|several|different|diverse|many|key|other)\s+)?(.+?(?:,|\s+and\s).+?)\s+(?:sectors|fields|areas|spheres|domains)\s*$/i;
// "…, as well as cooperation in D and E", "…, as well as innovation, and sports": the list of fields goes on.
const LIST_GOES_ON = String.raw`,?\s+as\s+well\s+as\s+(?:(?:(?:cooperation|collaboration)\s+in|in\s+${FIELD_OF})\s+|(?=(?:on\s+|in\s+)?[a-z]+(?:\s+[a-z]+)?(?:,|\s*$)))`;
// "…, clean energy and the field of transport and infrastructure": an item with its own head noun is one subject.
const HEADED_ITEM = new RegExp(String.raw`\s+and\s+(?=${FIELD_OF}\s)`, 'i');
// "including even military industries", "notably energy": the adverb is no part of the area.
const FOCUS_ADVERB = /^(?:even|also|especially|particularly|notably|mainly|primarily|chiefly|in\s+particular)\s+/i;
const ITEM_HEAD = new RegExp(String.raw`^(?:on|in|for|of|${FIELD_OF})\s+`, 'i');
// A segment after a comma that starts a new clause, not the next word of a title list.
const CLAUSE_START = /^(?:on|in|at|to|for|with|between|by|from|the|a|an|which|that|who|signed|as|and\s+(?:the|a|an)\b|while|whereas|but)\b/i;

const singularOf = (entry: KindEntry): string => entry.singular;

/** The words before the kind that belong to the mention: a title, a count, a subject noun. */
// Verbs a headline gives a plural subject of states ("… Sign", "… Ink"), in their plural form; the rest read as nouns
// ("Trade", "Partnership") in a title.
// What is signed, right before its modifiers: "signing a Comprehensive Strategic Partnership", "the signing of the first
// UK-Nigeria security and defence partnership", "signed the … Partnership".
const SIGNED_OBJECT = /\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?)(?:\s+of)?\s+(?:a|an|the)\s+(?:(?:first|new)\s+)?$/i;
const HEADLINE_VERB = /^(?:sign|ink|seal|adopt|ratify|agree|conclude|approve|endorse|launch|unveil|finali[sz]e)$/;

const QUANTITY_WORDS = /^(?:several|various|many|numerous|multiple|some|other|further|additional)$/i;
const ORDINAL_IN_TITLE = /^\d{1,3}(?:st|nd|rd|th)$/i;

const UNNAMED_AREAS =
  /^(?:outlining|covering|setting\s+out|listing|on|of|in)\s+(?:the\s+)?(?:(?:multiple|many|various|several|different|main|key|numerous|all|other)\s+)?(?:areas|fields|issues|aspects|points|priorities|topics|directions|spheres|sectors)(?:\s+(?:in|of|on|for|to|where))?\s*$/i;

function modifiersBefore(
  text: string,
  ws: readonly Word[],
  i: number,
  floor = 0,
): { first: number; title: string; count: number | null; capitalised: boolean } {
  let first = i;
  let count: number | null = null;
  for (let j = i - 1; j >= floor; j--) {
    const w = ws[j]!;
    // (A dash joins the states that name a document: "the Indonesia–Canada Comprehensive Economic Partnership Agreement".)
    const gap = text.slice(w.end, ws[j + 1]!.start);
    // (… and so does an ampersand: "the Economic & Technical Cooperation Agreement".)
    // (… and a comma of a list of subjects closed by "and": "three health, education and agriculture memoranda", "the
    // Economic, Trade and Investment Agreement".)
    const listComma =
      /^\s*,\s*$/.test(gap) &&
      first === j + 1 &&
      ((kindTables().subjectWords.has(w.key) && kindTables().subjectWords.has(ws[j + 1]!.key)) || (w.capitalised && ws[j + 1]!.capitalised)) &&
      /\band\b/.test(text.slice(ws[j + 1]!.start, ws[i]!.start));
    // (… and a dash between two years of a period: "the 2026–2030 action plan".)
    const period = /^\s*[–-]\s*$/.test(gap) && /^\d{4}$/.test(w.text) && /^\d{4}$/.test(ws[j + 1]!.text);
    if (!/^\s+$/.test(gap) && !listComma && !period && !(/^\s*[–&-]\s*$/.test(gap) && w.capitalised && ws[j + 1]!.capitalised)) break;
    // ("… Partnership in the 21st Century Agreement": "the" before an ordinal of the title, after its "in", "of" or "for".)
    const theOrdinal =
      w.key === 'the' &&
      first === j + 1 &&
      ORDINAL_IN_TITLE.test(ws[j + 1]!.text) &&
      ['in', 'of', 'for'].includes(ws[j - 1]?.key ?? '') &&
      ws[j - 2]?.capitalised === true;
    if (theOrdinal) {
      first = j;
      continue;
    }
    // ("IT" in capitals is information technology: "the IT cooperation memorandum".)
    if (DETERMINERS.has(w.key) || (PRONOUNS.has(w.key) && w.text !== 'IT') || DAY_OR_MONTH.test(w.text)) break;
    // A headline's verb ends the title: "Paul Biya Ratifies Agreement with three countries" (data/person-verbs.txt, as
    // the people recogniser reads headlines).
    // (… also in the plural after the states that sign: "Azerbaijan, Kazakhstan, Uzbekistan Sign … Agreement".)
    if (w.capitalised && (w.key.endsWith('s') ? personWords().verbs.has(w.key) : personWords().verbs.has(`${w.key}s`) && HEADLINE_VERB.test(w.key))) break;
    // "Irakli Garibashvili signed declaration …": "signed" after a name is the sentence's verb.
    if (w.key === 'signed' && j > 0 && ws[j - 1]!.capitalised) break;
    // "Signing of Trade in Goods Agreement …": the act done to the document opens no part of its title.
    if (/^(?:signing|conclusion|ratification|implementation|renewal|extension|adoption)$/.test(w.key) && ws[j + 1]?.key === 'of') break;
    // (… also a compound of tens and units: "twenty-one agreements".)
    const [tens, units] = w.key.split('-');
    const compound = units !== undefined ? (numberWords().cardinals.get(tens!) ?? 0) + (numberWords().cardinals.get(units) ?? NaN) : undefined;
    const cardinal = numberWords().cardinals.get(w.key) ?? (compound !== undefined && compound >= 20 && Number.isInteger(compound) ? compound : undefined);
    // A count of documents: digits or a cardinal word of two or more ("four memoranda").
    if (/^\d{1,3}$/.test(w.text) || (cardinal !== undefined && cardinal >= 2)) {
      count = Number(w.text) || cardinal!;
      break;
    }
    // ("One MoU was between …": one of those counted before, no word of a title; not "the One Belt One Road Initiative".)
    if (w.key === 'one' && (!w.capitalised || /^\W*$/.test(text.slice(0, w.start)))) break;
    // "Economic and Technical Cooperation Agreement": an "and" between capitalised words of the title.
    // (Not right before the kind: "… Field of Education and Agreement on …" opens a new title.)
    if (w.key === 'and' && first === j + 1 && first < i && ws[j + 1]!.capitalised && ws[j - 1]?.capitalised) continue;
    // … and between subject words: "a bilateral investment promotion and protection agreement".
    if (w.key === 'and' && first === j + 1 && first < i && kindTables().subjectWords.has(ws[j + 1]!.key) && kindTables().subjectWords.has(ws[j - 1]?.key ?? ''))
      continue;
    // … and "in", "of", "for" inside the title's words: "the Trade in Goods Agreement" (not "Renewal of Memorandum …").
    // (Not into another document's kind: "the Declaration of Peace and Friendship agreement" names the declaration again.)
    if (
      ['in', 'of', 'for'].includes(w.key) &&
      first === j + 1 &&
      first < i &&
      (ws[j + 1]!.capitalised || (ws[j + 1]!.key === 'the' && ORDINAL_IN_TITLE.test(ws[j + 2]?.text ?? ''))) &&
      ws[j - 1]?.capitalised &&
      !kindTables().index.at(ws, j - 1)
    )
      continue;
    // A year names the document ("the 2025 Road Map") only as part of a capitalised title.
    const capitalisedTitle = w.capitalised && !(j === 0 && ws[i]!.capitalised === false);
    // "a protocol agreement on ICT": a kind word naming the kind after it is part of the title.
    const kindBefore = j === i - 1 && kindTables().index.at(ws, j)?.length === 1;
    if (
      kindBefore ||
      capitalisedTitle ||
      NAMING.has(w.key) ||
      kindTables().subjectWords.has(w.key) ||
      kindTables().descriptive.has(w.key) ||
      /^\d{4}(?:[-–]\d{4})?$/.test(w.text) ||
      // (A term written in digits names it too: "a 25-year cooperation agreement".)
      /^\d{1,3}-year$/i.test(w.text) ||
      // (… and its length in points: "a 16-point joint statement", "the 82-point declaration".)
      /^\d{1,3}-point$/i.test(w.text) ||
      // (… and an ordinal between its capitalised words: "the Strategic Partnership in the 21st Century agreement".)
      (ORDINAL_IN_TITLE.test(w.text) && first === j + 1 && ws[j + 1]!.capitalised) ||
      /^\p{Ll}+-\p{Ll}+$/u.test(w.text)
    ) {
      first = j;
      continue;
    }
    break;
  }
  // Descriptive words at the front are no part of the title: "new", "landmark", "several".
  // (Capitalised only as the sentence's first word: "Several agreements, including on …", also after a dateline's colon.)
  while (
    first < i &&
    kindTables().descriptive.has(ws[first]!.key) &&
    (!ws[first]!.capitalised ||
      /(?:^|[:.!?])\s*$/.test(text.slice(0, ws[first]!.start)) ||
      // (… or a count's word opening a quotation, "“Several Memoranda of Understanding will …": not a title's own word, "the “New
      // Partnership Agreement”".)
      (/[“"‘(]\s*$/.test(text.slice(0, ws[first]!.start)) && QUANTITY_WORDS.test(ws[first]!.text)))
  )
    first++;
  // "a 2017 security treaty": a year before a title in lower case dates the document, it names no part of it.
  // (Not a plan's period or horizon: "the 2025 cooperation programme", "a 2030 roadmap".)
  if (
    first < i &&
    /^\d{4}$/.test(ws[first]!.text) &&
    !ws.slice(first + 1, i + 1).some((w) => w.capitalised) &&
    /^(?:agreements?|treaty|treaties|pacts?|deals?|accords?|memorand\w*|mous?|protocols?)$/.test(ws[i]!.key)
  )
    first++;
  const title = first < i ? text.slice(ws[first]!.start, ws[i]!.start).trim() : '';
  const capitalised = (first < i ? ws[first]! : ws[i]!).capitalised && ws[i]!.capitalised;
  return { first, title, count, capitalised };
}

const LEADING_DAY = new RegExp(
  String.raw`^\s*(?:on|in)\s+(?:${WEEKDAY}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?(?=\s+(?:on|in|regarding|concerning|for|(?:pledging|vowing|aimed|aiming|seeking)\s+(?:at|to))\s)`,
  'i',
);

// A sum the document is worth, before its subject: "worth K55 million for …", "valued at $2 billion on …".
const WORTH_BEFORE =
  /^\s*(?:worth|valued\s+at|amounting\s+to)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?[^\s\d]{0,4}\s?\d[\d.,]*\s*(?:thousand|million|billion|trillion|mln|bln|bn)?(?:\s+(?:US\s+)?(?:dollars|euros|pounds|yuan|yen|rupees|kina|rubles|roubles|francs|dirhams|riyals))?(?=\s+(?:for|on|to|in)\s)/i;
// A city in Title Case before the day: "in Belgrade", "in Kuala Lumpur".
const PLACE_BEFORE_DAY = /^\s*in\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?=\s+(?:on|in)\s)/u;

/** Whether the words after "for" name a state or its government ("for the United States", "for the Government of Chile"). */
function signsFor(body: string): boolean {
  const run = /^(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,5})/u.exec(body)?.[1];
  if (!run) return false;
  // ("a protocol for Argentina to export bales of alfalfa to China": what the state may do under it, its subject.)
  if (/^\s+to\s+\p{Ll}/u.test(body.slice(body.indexOf(run) + run.length))) return false;
  return /^(?:Government|Republic|Kingdom|State|People)\b/.test(run) || lookupForm(run) !== undefined;
}

// (Case-sensitive: a title in capitals, "the Programme to Strengthen Cooperation", keeps its words.)
const PURPOSE_TAIL =
  /\s+(?:in\s+order\s+)?to\s+(?:enhance|strengthen|boost|deepen|further|consolidate|foster|bolster|reinforce)\s+(?:the\s+|their\s+|its\s+|bilateral\s+|mutual\s+)?(?:[\p{Ll}-]+\s+)?(?:partnership|ties|relations|relationship|cooperation|friendship|links|bonds)\b/u;
// A purpose after a named field: " to enable …", " to allow …", " to foster closer exchanges".
const AIM_TAIL =
  /\s+(?:in\s+order\s+)?to\s+(?:enable|allow|facilitate|ensure|help|support|promote|encourage|increase|expand|improve|develop|create|establish|provide|foster(?!\s+(?:[a-z-]+\s+)?(?:cooperation|collaboration)\b))\b/i;
// A head whose purpose is what it is about: "cooperation to combat crime", "efforts to …", "a grant to provide clean water".
const AIM_NEEDED =
  /\b(?:cooperation|co-operation|collaboration|partnership|measures?|efforts?|steps?|mechanisms?|frameworks?|plans?|programmes?|programs?|projects?|initiatives?|commitments?|joint\s+work|grants?|loans?|credits?|funds?|funding|financing|assistance|aid)\s*$/i;
const PURPOSE_CLOSES =
  /^\s*(?:between\s+(?:the\s+two|both)\s+(?:countries|sides|nations|states)\s*)?(?:,?\s*(?:in|across)\s+(?:many|all|various|different|several|diverse|multiple|numerous|a\s+number\s+of|a\s+(?:wide\s+)?range\s+of)\s+(?:areas|fields|spheres|sectors|domains)\b.*)?$/is;
// A purpose alone, as headlines give it: "sign treaty to boost bilateral trade ties", "Sign Agreement to Boost Relations"
// (not one the text goes on to name: "the MoU to strengthen cooperation including Samurai Bonds between …").
const PURPOSE_ONLY =
  /^to\s+(?:boost|strengthen|enhance|deepen|promote|expand|bolster|improve|further|foster|advance|increase)\s+(?:the\s+|their\s+)?(?:(?:bilateral|economic|mutual|trade|two-way|friendly)\s+)*(?:trade|ties|relations|cooperation|co-operation|partnership|links|friendship)(?:\s+(?:ties|relations))?(?:\s+between\s+(?:the\s+two|both)\s+(?:countries|nations|sides|states))?\s*$/i;
const SECTORS_FOR_EXAMPLE = /\s+in\s+(?:(?:key|various|several|many|other|priority)\s+)?(?:sectors|areas|fields)\s*,?\s+(?:such\s+as|including|like)\b/i;
const LIST_ITEM_ENDS = /(?:,\s*(?:and\s+)?|\band\s+)(?:a|an)\s+[^,;]{0,60}$/i;
// (A kind word alone after its article, "a memorandum of understanding", not one with its own subject words before it, "an
// economic cooperation agreement to boost bilateral trade", whose purpose goes.)
const ARTICLE_BARE_KIND =
  /\b(?:a|an|the)\s+(?:(?:new|bilateral|separate)\s+)?[\p{L}-]+(?:\s+of\s+(?:understanding|intent|cooperation))?\s*(?:\([^)]*\)\s*)?$/iu;
const NAMED_THE = /\bthe\s+(?:[\p{L}()'’-]+\s+){0,5}[\p{L}()'’-]+\s*$/iu;
// (Not a place or a day after it: "… to strengthen bilateral cooperation in Tokyo", "… on 3 September".)
const PURPOSE_GOES_ON =
  /^\s*,?\s*(?:including|in\s+the\s+(?:fields?|areas?|sectors?)|such\s+as|in\s+(?:areas|fields|sectors)|(?:on|in)\s+(?!(?:the\s+)?\p{Lu}|\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Ll})/u;
const GENERIC_HEAD =
  /^(?:(?:a|an|the|joint|new|concrete|specific|practical|further)\s+)*(?:measures?|efforts?|steps?|programmes?|programs?|plans?|road\s*maps?|mechanisms?|frameworks?|initiatives?|projects?|actions?)$/i;
const WITH_PARTNER =
  /^\s*with\s+(?:(?:its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}counterparts?(?:\s+(?:in|of|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?|(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,4})(?=\s+(?:to|on)\s+(?!(?:the\s+)?(?:sidelines|margins|occasion|behalf|eve)\b)\p{Ll})/u;
// (A gathering's "on …" is its own topic: "signed during the forum on technology" names no document's subject.)
const SIGNED_DURING =
  /^\s*(?:during|at|in\s+the\s+course\s+of)\s+(?:the|this|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:visit|ceremony|trip)(?=\s*,?\s*(?:covering|concerning|regarding|on|in\s+the\s+(?:fields?|areas?|sectors?|spheres?)\s+of)\s)|(?:talks|meeting|summit|forum|session)(?=\s*,?\s*(?:covering|concerning|regarding|in\s+the\s+(?:fields?|areas?|sectors?|spheres?)\s+of)\s))/iu;
const PURPOSE_AFTER_PASSIVE =
  /^\s*to\s+(?:prepare|develop|establish|promote|build|construct|conduct|carry\s+out|set\s+up|create|facilitate|strengthen|enhance|expand|boost|support|provide|implement|allow|enable|upgrade)\b/i;
const PAST_OCCASIONS =
  /^\s*(?:the\s+)?(?:previous|earlier|past|prior|recent|former|several|many|various|numerous|other|each|every|such)\s+(?:[\p{L}-]+\s+){0,2}?(?:visits?|occasions?|trips?|meetings?|summits?|encounters?|rounds?|sessions?)\b/iu;
const DAY_OF = /^\s*the\s+(?:first|second|third|fourth|fifth|last|final|opening|closing|same|next)\s+day\b/i;
// A venue's words right after "in the" / "at the" (data/venue-words.tsv): "the Chancellery", "the Royal Court".
const venueSubject = perLexicons(
  (lex) =>
    new RegExp(String.raw`^\s*the\s+(?:[A-Z][\p{L}'’-]+\s+){0,3}(?:${lex.venueWords.map((r) => r.match).join('|')})\b(?!\s+(?:of|on|for)\s+\p{Ll})`, 'u'),
);

/**
 * What an introducer opens that is no subject: when, where, at which occasion or for how much a document was
 * signed ("on Monday", "on the second day of the visit", "in the Chancellery", "in the second Joint Commission",
 * "on the occasion of", "for about US$5 billion").
 */
function circumstance(introducer: string, after: string): boolean {
  const word = introducer.trim().toLowerCase().replace(/\s+/g, ' ');
  // "agreements were on Monday afternoon inked": a day (after any introducer ending in "on" or "in").
  if (/(?:^|\s)(?:on|in)$/.test(word) && TIME_FIRST.test(after)) return true;
  const occasion = /^\s*the\s+(?:occasion|sidelines|margins)\s+of\b/i.test(after);
  switch (word) {
    case 'on':
      // "… on the occasion of the visit"; "… on the second day of the state visit"; "signed agreements on previous
      // visits": the occasions they were signed at.
      return occasion || DAY_OF.test(after) || PAST_OCCASIONS.test(after);
    case 'in':
    case 'at':
    case 'during':
      // "at the sidelines of"; a venue ("in the Chancellery"); the meeting they were signed at.
      return (
        (word === 'at' && occasion) ||
        (word !== 'during' && venueSubject().test(after)) ||
        /^\s*the\s+(?:[\p{L}\d-]+\s+){0,5}(?:commission|summit|session|meeting|visit|forum|talks|conference)\b(?!\s+(?:on|for)\b)/iu.test(after)
      );
    case 'for':
    case 'worth':
    case 'of':
    case 'totaling':
    case 'totalling':
    case 'valued at':
      return moneyFirst(after);
    default:
      return false;
  }
}

/** A figure of money opens the text, after a qualifier at most ("about US$5 billion"): the money recogniser's reading. */
function moneyFirst(text: string): boolean {
  const money = findMoney(text.slice(0, 60))[0];
  return money !== undefined && /^\s*(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$/i.test(text.slice(0, money.start));
}

/** The subject after the kind: the text from its introducer to where the clause goes on. */
/** Most of a line's words capitalised, short words too: a headline in Title Case. */
/** Most words of more than three letters capitalised: a headline, whatever it does with its small words. */
function headlineCase(text: string): boolean {
  const ws = text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return ws.length >= 4 && ws.filter((w) => /^\p{Lu}/u.test(w)).length >= ws.length * 0.8;
}

function inTitleCase(text: string): boolean {
  const ws = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const small = ws.filter((w) => /^(?:on|of|for|in|and|the|to|with|at|a|an)$/i.test(w));
  return ws.length >= 4 && small.length > 0 && small.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > small.length;
}

// An item's mark in a list: "(a) ", "(ii) ", "(3) ".
const ENUMERATOR = /(?<=^|[\s,;:])(?<!\d\s*)\(\s*(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\s*\)\s/g;

// The end of a quotation a subject runs into: a closing mark with no opening one before it, or a speaker's tag.
// (… also a straight quotation mark that the next quoted title follows: '"Agreement on A, B and C" and "Programme on D"'.)
const QUOTE_CLOSES =
  /^([^"“”]*?)(?:,?\s*[”]|,\s*"(?=\s+\p{Lu}?[\p{L}-]+\s+(?:said|says|added|explained|noted|stated|told|declared|stressed|emphasi[sz]ed)\b)|"(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+)")|,\s+(?:he|she|they|we)\s+(?:said|says|added|explained|noted|stated|told)\b)/u;

// "agreed in a joint declaration to …", "pledged in a joint statement to …": the document the sides agreed in.
const AGREED_IN_BEFORE = /\b(?:agreed|pledged|vowed|committed|undertook|resolved)\s+(?:in|through)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function subjectAfter(
  text: string,
  from: number,
  plural: boolean,
  capitalisedKind: boolean,
  /** The mention opens its sentence ("The agreement pertains to …"): its subject may follow a verb, as a plural's does. */
  opensSentence = false,
  /** How many documents the text counts ("two agreements"), when it does. */
  count: number | null = null,
): { subject: string; end: number; status: AgreementStatusT | null } {
  let rest = text.slice(from);
  let offset = from;
  let status: AgreementStatusT | null = null;
  // "four agreements - in the fields of A; B; and C - during …": a dash before the subject's introducer.
  // (… or a plural's comma: "we have signed four food safety agreements, on sprat, dairy products and poultry"; not a day
  // or an occasion: "signed two agreements, on Monday", "…, on the sidelines of".)
  const dash =
    /^\s*[-–—]\s*(?=(?:in\s+the\s+(?:fields?|areas?|sectors?|spheres?)\s+of|on|covering|regarding|concerning)\s)/i.exec(rest) ??
    // (… or its colon: "signed three agreements: on the avoidance of double taxation, on air services, and on …".)
    (plural
      ? /^\s*[,:]\s*(?=(?:in\s+the\s+(?:fields?|areas?|sectors?|spheres?)\s+of|on|covering|regarding|concerning)\s+(?!(?:the\s+)?(?:\d|[A-Z][a-z]+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d|(?:side-?lines|margins?|occasion|eve|basis|part|behalf|condition)\b)))/i.exec(
          rest,
        )
      : null);
  if (dash) {
    offset += dash[0].length;
    rest = text.slice(offset);
  }
  // 'a memorandum “for legal cooperation and …,” the statement added': a subject quoted from the source.
  const quote = /^\s*[“"«]\s*(?=(?:for|on|regarding|concerning|between)\s)/.exec(rest);
  if (quote) {
    offset += quote[0].length;
    rest = text.slice(offset);
  }
  const abbreviation = /^\s*\(\s*(?:[A-Z][A-Za-z]{1,5}s?)\s*\)/.exec(rest);
  if (abbreviation) {
    offset += abbreviation[0].length;
    rest = text.slice(offset);
  }
  // "a memorandum was signed on maritime cooperation": the subject after the verb.
  // "*MoU signed for Qatar-US 2021 Year of Culture": a list line's participle, with no auxiliary, after a kind that opens
  // its line.
  // (One document, and not a plural's clause going on: "Other MoUs signed on the occasion covered …".)
  const headline = !plural && HEADLINE_OPENING.test(text.slice(0, from)) ? HEADLINE_SIGNED.exec(rest) : null;
  if (headline) {
    status = 'signed';
    offset += headline[0].length;
    rest = text.slice(offset);
  }
  const passive = headline ? null : PASSIVE.exec(rest);
  if (passive) {
    status = /\b(?:will|would|shall|to)\b/i.test(passive[1]!) ? 'planned' : 'signed';
    // "were signed between the two countries in the areas of …": who signed, then what about.
    const sides = /^\s*(?:between|by)\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|nations|states|governments|parties)\b/i.exec(
      text.slice(offset + passive[0].length),
    );
    if (sides) offset += sides[0].length;
    // ("were signed by Iranian ministers and their Indonesian counterparts in the fields of …": the signatories, then
    // the fields.)
    const signers = sides ? null : SIGNERS_BEFORE_FIELDS.exec(text.slice(offset + passive[0].length));
    if (signers) offset += signers[0].length;
    // ("agreements were signed, among others, on renewable energy, …": an aside before the subjects.)
    // (… or a count's "in total": "Two agreements were signed in total, in agriculture and in health".)
    const aside = /^\s*,\s*(?:among\s+others|inter\s+alia|in\s+particular|notably)\s*,|^\s+in\s+total\s*,(?=\s*(?:in|on)\s)/i.exec(
      text.slice(offset + passive[0].length),
    );
    if (aside) offset += aside[0].length;
    // ("were signed during the visit covering culture and customs": the occasion, then the subjects.)
    const occasion = aside ? null : SIGNED_DURING.exec(text.slice(offset + passive[0].length));
    if (occasion) offset += occasion[0].length;
    const after = text.slice(offset + passive[0].length);
    // (… also its purpose: "Another MoU was signed to prepare a feasibility study on the railway".)
    if (
      (INTRODUCER.test(after) ||
        (!plural && PURPOSE_AFTER_PASSIVE.test(after)) ||
        (plural && (PURPOSE_AREAS.test(after) || INCLUDING_LATER.test(after) || EXAMPLE_AREAS.test(after)))) &&
      !/^\s*(?:on|in)\s+(?:\d|[A-Z][a-z]+day\b)/.test(after) &&
      !SIGNATORY_SIDE.test(after)
    ) {
      offset += passive[0].length;
      rest = after;
    } else return { subject: '', end: offset, status };
  }
  // "a Grant Assistance Agreement worth K55 million for the enhancement of …": the sum is no subject; what follows it is.
  const worth = WORTH_BEFORE.exec(rest);
  if (worth) {
    offset += worth[0].length;
    rest = text.slice(offset);
  }
  // "signed a joint declaration on Monday on the 30th anniversary": the day is no subject (nor the city before it:
  // "signed a declaration in Belgrade on Tuesday pledging to …").
  const city = PLACE_BEFORE_DAY.exec(rest);
  const day = LEADING_DAY.exec(city ? rest.slice(city[0].length) : rest);
  if (day && city) offset += city[0].length;
  if (day) {
    offset += day[0].length;
    rest = text.slice(offset);
  }
  // "inked an MoU with its counterpart in Rwanda to promote dialogue", "an agreement with Chile to avoid double
  // taxation", "the agreement with Georgia on cooperation in civil aviation": the partner, then the purpose or the subject
  // that names the document.
  const partner = WITH_PARTNER.exec(rest);
  if (partner && (plural ? PURPOSE_AREAS : INTRODUCER).test(rest.slice(partner[0].length))) {
    offset += partner[0].length;
    rest = text.slice(offset);
  }
  // "The MoUs, signed by X and Y, Ambassador to Z, covered A, B and C": who signed, then what about.
  const signedBy = plural || opensSentence ? SIGNED_BY_CLAUSE.exec(rest) : null;
  // "MoUs between Pakistan and the UAE pertaining to A in the sectors of B and C": the sides, then the subject.
  const sides = signedBy ? null : plural ? SIDES_BEFORE_SUBJECT.exec(rest) : FORMAL_PARTIES.exec(rest);
  const skipped = signedBy ?? sides;
  if (signedBy) status = 'signed';
  if (skipped) {
    offset += skipped[0].length;
    rest = text.slice(offset);
  }
  // "eight instruments, mostly memorandums of cooperation signed between Dhaka and Tokyo to boost cooperation in the sectors of …"
  // (the memorandums, which the apposition names, head the list).
  const between = plural && !skipped ? SIGNED_BETWEEN.exec(rest) : null;
  const purposeAt = between && PURPOSE_AREAS.test(rest.slice(between[0].length)) ? between[0].length : 0;
  if (purposeAt) {
    offset += purposeAt;
    rest = text.slice(offset);
    status = 'signed';
  }
  // "twenty-one agreements were signed in St Petersburg on Tuesday, including on A, B and C": the subjects after a
  // clause of time or place.
  const later = plural && !purposeAt ? INCLUDING_LATER.exec(rest) : null;
  if (later && later[0].length) {
    if (/\bsigned\b/i.test(later[0])) status = 'signed';
    offset += later[0].length;
    rest = text.slice(offset);
  }
  const purpose = plural ? (PURPOSE_AREAS.exec(rest) ?? PURPOSE_BEFORE_HEAD.exec(rest) ?? (passive ? EXAMPLE_AREAS.exec(rest) : null)) : null;
  // (The list after "are" only for the remaining documents the sentence opens with, "Other memoranda are A, B and C";
  // looked at only when no verb of content follows.)
  const others = (): boolean =>
    plural && /^\W*(?:(?:the\s+)?other|the\s+remaining|the\s+rest\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(0, from).replace(/\S+$/, ''));
  const content =
    (plural || opensSentence) && !purpose && !INTRODUCER.test(rest) ? (CONTENT_VERB.exec(rest) ?? (others() ? LISTED_AFTER_ARE.exec(rest) : null)) : null;
  const intro = purpose ?? content ?? INTRODUCER.exec(rest);
  if (!intro || !intro[0].trim() || SIGNATORY_SIDE.test(rest)) return { subject: '', end: offset, status };
  // (A capitalised "On", "Of", "For" opens a subject only in running text: a headline in Title Case capitalises every
  // word, "Chile, Peru Sign Agreement On Sidelines Of APEC Summit".)
  if (/^\s*(?:On|Of|For)\s/.test(intro[0]) && inTitleCase(text)) return { subject: '', end: offset, status };
  // (… nor does "to" before a capitalised verb after a plural in a headline: "… Sign Agreements to Strengthen Cooperation"
  // says why a bundle was signed; "Sign MOU to Promote Cooperation in Mining Sector" names one document.)
  if (plural && /^\s*to\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(rest) && headlineCase(text)) return { subject: '', end: offset, status };
  if (circumstance(intro[0], rest.slice(intro[0].length))) return { subject: '', end: offset, status };
  // "13 MoUs and agreements to strengthen cooperation": a bundle's purpose names no documents.
  // (… also "a series of agreements aimed at strengthening coordination", "pledging to …".)
  if (plural && !purpose && /^\s*(?:to\s+\p{Ll}|(?:pledging|vowing|aimed|aiming|seeking|designed|intended)\s+(?:at|to)\b)/u.test(intro[0])) {
    // (… but two aims of two verbs are two documents: "two memoranda aimed at enhancing political consultations and
    // bolstering peace mediation": one on each.)
    const aims =
      /^\s*(?:aimed|aiming|designed|intended)\s+at\s+(\p{Ll}+ing)\s+(?:the\s+)?([^.;,]+?)\s+and\s+(?!\1\b)(\p{Ll}+ing)\s+(?:the\s+)?([^.;,]+?)(?=\s*(?:[.;,]|$))/u.exec(
        rest,
      );
    // (Objects that name a field, not "ties" or "it easier for businesses".)
    const field = (x: string): boolean =>
      !/\b(?:it|them|this|that|easier|harder|more|better|possible)\b/i.test(x) && !/^(?:ties|relations|relationship|cooperation|links|bonds)$/i.test(x);
    if (aims && !/\band\b/.test(aims[2]!) && field(aims[2]!) && field(aims[4]!))
      return { subject: `on ${aims[2]} and on ${aims[4]}`, end: offset + aims[0].length, status };
    // (… and so are as many objects of one purpose as documents counted: "two agreements to strengthen trade promotion
    // and the exchange of experiences in diplomatic matters", "three accords to boost tourism, mining and education".)
    const objects = count !== null && count >= 2 ? countedObjects(rest, count) : null;
    if (objects && objects.items.every(field)) return { subject: objects.items.map((x) => `on ${x}`).join(' and '), end: offset + objects.length, status };
    return { subject: '', end: offset, status };
  }
  // "The MoUs covered the fields of A, B and C": the subjects after the verb, as "in the fields of" or "on" would give them.
  if (content?.groups?.signed) status = 'signed';
  const introWords = purpose
    ? ''
    : content
      ? content.groups?.fields
        ? 'in the fields of'
        : content.groups?.including || content.groups?.listed
          ? ''
          : 'on'
      : /^\s*(?:that|which)\s/i.test(intro[0])
        ? // ("a memorandum that would boost cooperation in the semiconductor field": a memorandum on that cooperation.)
          'on'
        : intro[0].trim();
  // "two Memoranda on (a) the Establishment of …; and (b) International Development Cooperation": the letters or
  // numbers that mark a list's items are no part of them (blanked, so offsets hold).
  let body = rest.slice(intro[0].length).replace(ENUMERATOR, (m) => ' '.repeat(m.length));
  // "The deals include the MoU for A; the MoU on B": documents listed by their own kinds, each named on its own.
  if (plural && content && kindTables().documentFirst.test(body.trimStart())) return { subject: '', end: offset, status };
  // "signed the Memorandum for the United States": who signed it, not what it is about.
  if (/^\s*for\s*$/i.test(intro[0]) && signsFor(body)) return { subject: '', end: offset, status };
  // "between the Cabinet of Ministers of Ukraine and the Government of Romania regarding …": the
  // parties' "and the" is no next document.
  // A plural's list may continue over "; and": "Frameworks on Digital Economy; and Green Economy".
  // (Not in a list whose items are all separated by semicolons: its items may hold commas.)
  // ("…; energy; and, statistical cooperation": the last item's "and" with a comma, as the others'. Same length, so the
  // offsets read from the body hold.)
  body = body.replace(/;(\s+)and\s*,(\s*)/g, (_m, a: string, b: string) => `;${a}and ${b}`);
  const listEnd = semicolonListEnd(body, plural);
  if (plural && listEnd === undefined) body = body.replace(/;\s+and\s+/g, ',  and ');
  let subject = body.slice(0, listEnd ?? subjectEnd(`${intro[0]}${body}`, intro[0].length) - intro[0].length);
  // A quotation closing inside it ends it ('…, and salmon and trout," Järvik explained'), as does a speaker's tag
  // (", he explained").
  const closing = QUOTE_CLOSES.exec(subject);
  if (closing) subject = subject.slice(0, closing[1]!.length);
  // (The marks go from the title; the mention's end counts them again: quotedLength.)
  const quoted = subject;
  subject = subject.replace(/["“”«»]/g, '');
  // "treaties on the transfer of sentenced persons with 16 countries, namely A, B, …": the partners, counted, end the subject.
  const partners = PARTNER_COUNT.exec(subject);
  if (partners) subject = subject.slice(0, partners.index);
  // "a treaty on friendship and cooperation to enhance partnership in many areas": why it was signed, not what it is
  // (not after a generic head, whose purpose is its subject: "an agreement on measures to strengthen cooperation in …").
  // (… and only where the purpose closes the clause: "… to deepen cooperation in renewable energy" names the subject.)
  const why = PURPOSE_TAIL.exec(subject);
  if (
    why &&
    !GENERIC_HEAD.test(subject.slice(0, why.index).replace(/^(?:on|of|for|about)\s+/i, '')) &&
    PURPOSE_CLOSES.test(subject.slice(why.index + why[0].length))
  )
    subject = subject.slice(0, why.index);
  if (!plural) subject = cutAtComma(subject);
  subject = subject.replace(/[\s,;]+$/, '');
  if (!subject || /^(?:it|them|this|that|which)$/i.test(subject)) return { subject: '', end: offset, status };
  const introduced = `${introWords} ${subject}`.replace(/\s+/g, ' ');
  if (VAGUE.test(introduced) || (plural && PLURAL_VAGUE.test(introduced))) return { subject: '', end: offset, status };
  // (A document the text names as "the" one of that purpose is one: "the MoC to …, and the Memorandum of Understanding to
  // strengthen cooperation".)
  // (Nor a kind that names itself, whose purpose is its subject: "a joint declaration to increase bilateral cooperation".)
  // (Only where a headline names the kind without an article, a list ends on it, or words of its own precede it: a single
  // "memorandum … to strengthen bilateral cooperation" signed is one document.)
  const lead = text.slice(Math.max(0, from - 80), from);
  if (
    PURPOSE_ONLY.test(introduced) &&
    (LIST_ITEM_ENDS.test(lead) || !ARTICLE_BARE_KIND.test(lead)) &&
    !PURPOSE_GOES_ON.test(body.slice(subject.length)) &&
    !NAMED_THE.test(text.slice(Math.max(0, from - 60), from)) &&
    !/\b(?:declaration|statement|communiqu[ée])\s*$/i.test(text.slice(Math.max(0, from - 20), from))
  )
    return { subject: '', end: offset, status };
  // "signed five memorandums and agreements on cooperation": a bundle that names no subject.
  // (… nor "agreements for enhanced cooperation".)
  if (
    plural &&
    /^(?:on|for|in)\s+(?:(?:bilateral|mutual|enhanced|closer|further|greater|stronger|deeper|wider|broader|expanded)\s+)?(?:cooperation|collaboration|partnership)$/i.test(
      introduced,
    )
  )
    return { subject: '', end: offset, status };
  // "a MoU between higher education minister Zambry Kadir and …": who signed it, named by office and name; no subject.
  if (SIGNED_BY_NAMES.test(introduced)) return { subject: '', end: offset, status };
  let named = dropVenue(dropParties(introduced));
  // A title in Title Case ends with its capitals: "Declaration on Allied Interaction [in the year of …]";
  // the parties' description does not ("between the Romanian and Ukrainian ministries of health").
  // (Not a subject in sentence case that opens with a capitalised verb: "MOU on Promoting friendly exchange between …".)
  if (capitalisedKind && !/^between\s/i.test(named) && /^\S+\s+(?:(?:the|a|an)\s+)?[\p{Lu}\d]/u.test(named) && !/^\S+\s+\p{Lu}\p{Ll}+ing\s+\p{Ll}/u.test(named))
    named = capitalisedRun(named);
  // "a Letter of Intent to strengthen investment in sectors such as healthcare, transport and …": one document's purpose,
  // then examples of the sectors it serves, which are no part of its name.
  const examples = !plural && /^to\s/i.test(named) ? SECTORS_FOR_EXAMPLE.exec(named) : null;
  if (examples) named = named.slice(0, examples.index);
  // "an MOU on critical minerals to enable information exchanges, joint surveys and …": a named field, then what the
  // document is for (not after a head that needs its purpose: "an agreement on cooperation to combat crime"). The
  // title ends there; the mention still reaches to the subject's end.
  const aim = !plural ? AIM_TAIL.exec(named) : null;
  const head = aim ? named.slice(0, aim.index) : '';
  if (aim && /^\S+\s+\S/.test(head) && !AIM_NEEDED.test(head) && !GENERIC_HEAD.test(head.replace(/^(?:on|of|for|about|in)\s+/i, ''))) named = head;
  return { subject: named, end: offset + intro[0].length + quotedLength(quoted, subject.length), status };
}

/** How far a subject written with quotation marks runs to hold the given number of its other characters. */
function quotedLength(quoted: string, length: number): number {
  let i = 0;
  for (let kept = 0; i < quoted.length && kept < length; i++) if (!/["“”«»]/.test(quoted[i]!)) kept++;
  return i;
}

// One purpose's objects, to the clause's end: "to strengthen A and the B", "to boost A, B and C" (not the place, day or
// clause after them: "… in Cairo on 15 February", "… when the President visits", ", the presidency said").
const PURPOSE_OBJECTS =
  /^\s*to\s+\p{Ll}+\s+([^.;:()]+?)(?=\s*(?:[.;:]|,\s+(?:which|that|while|as|during|on|in|at|with|after|before|the|a|an|according|said|says|officials?)\s|\s+(?:between|during|at|on)\s+(?:the|a|an|both|his|her|their)\s|\s+(?:in|on|at)\s+(?=\p{Lu}|\d)|\s+(?:when|while|during|after|before|once|if|as)\s|$))/u;

/**
 * The objects of a plural's purpose when there are exactly as many as the documents counted, each a field of its own
 * (two words or more need no article: "the exchange of experiences"); with the length of the purpose read.
 */
function countedObjects(rest: string, count: number): { items: string[]; length: number } | null {
  const purpose = PURPOSE_OBJECTS.exec(rest);
  if (!purpose) return null;
  const items = purpose[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?:to\s+\p{Ll}+\s+)?/u).map((x) => x.replace(/^(?:the|a|an)\s+/i, '').trim());
  // (Each a field of its own: not a second verb, "to strengthen and expand their cooperation", nor a possessive's ties.)
  if (items.length !== count || items.some((x) => !x || x.split(/\s+/).length > 8 || /^and\b|\b(?:their|its|our|his|her)\b/i.test(x))) return null;
  return { items, length: purpose[0].length };
}

/**
 * Where a plural's list of items separated by semicolons ends ("include A; B, C and the D; E; and F"):
 * at the end of its last item, whatever "and the" or comma its items hold; undefined when the
 * sentence has no such list (two semicolons or more before its full stop).
 */
function semicolonListEnd(body: string, plural: boolean): number | undefined {
  if (!plural) return undefined;
  const sentenceEnd = /[.!?](?=\s|$)/.exec(body)?.index ?? body.length;
  const lastSemicolon = body.lastIndexOf(';', sentenceEnd);
  if (lastSemicolon < 0 || body.indexOf(';') === lastSemicolon) return undefined;
  // (Not semicolons between the clauses of the sentence's verb: "signed three pacts on A, B and C, and set the aim to …;
  // establish a working group …; co-host …".)
  // (The pattern is global: its search starts where it is told to; subjectEnd sets it again before each use.)
  CLAUSE_GOES_ON.lastIndex = 0;
  if (CLAUSE_GOES_ON.test(body.slice(0, body.indexOf(';')))) return undefined;
  return lastSemicolon + 1 + subjectEnd(body.slice(lastSemicolon + 1));
}

/**
 * A singular document's subject runs to the first comma, unless the comma is inside a list the
 * title closes with "and" ("on Economic, Scientific and Technical Cooperation", "on trade, investment
 * and tourism") or inside its parties ("between the Ministry of Railways, India and …").
 */
function cutAtComma(subject: string): string {
  const between = /^between\s.*?\sand\s/i.exec(subject);
  // (Not a thousands separator: "a Line of Credit of INR 4,850 crores".)
  const from = between ? between[0].length : 0;
  const found = /,(?!\d{3}(?!\d))|(?<!\d),/.exec(subject.slice(from));
  const comma = found ? from + found.index : -1;
  if (comma < 0) return subject;
  // The segments after the comma: list items of a few words each, the last of which holds "and".
  const segments = subject.slice(comma + 1).split(',');
  for (const [i, segment] of segments.slice(0, 4).entries()) {
    const words = segment.trim().split(/\s+/);
    if (!segment.trim() || CLAUSE_START.test(segment.trim())) break;
    const and = words.indexOf('and');
    // (… after a serial comma too: "on Economic, Commercial, and Technical Cooperation".)
    if ((and > 0 || (and === 0 && i > 0)) && and <= 4) return subject;
    if (words.length > 4) break;
  }
  return subject.slice(0, comma);
}

// Lower-case words that formal titles carry between capitalised ones ("Protocol of the fourth meeting of the Commission").
const TITLE_BRIDGES =
  /^(?:of|on|and|&|in|the|for|between|to|a|an|with|at|by|from|field|fields|area|areas|sphere|spheres|establishing|amending|regarding|concerning|relating|pertaining|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|meeting|session|sitting|round|years|\(?\d{4}(?:[-–]\d{4})?\)?[,;]?|\d{1,3}(?:\.\d{1,2})?)$/i;

/** "the Vietnam - UK Strategic Partnership": a spaced dash between two states' names joins them inside a title. */
function stateDash(parts: readonly string[], i: number): boolean {
  if (!/^[-–—]$/.test(parts[i]!)) return false;
  // (A state's name of up to four words on each side: "South Korea - Viet Nam", "Romania - Republic of Korea".)
  const stateOf = (words: Array<string | undefined>): boolean => {
    if (words.some((w) => w === undefined)) return false;
    const kind = lookupForm(words.join(' '))?.kind;
    return kind === 'name' || kind === 'official';
  };
  const sides = [1, 2, 3, 4];
  const before = sides.some((n) => stateOf(sides.slice(0, n).map((k) => parts[i - 2 * (n - k + 1)])));
  // (… and the title goes on after the second, "the Vietnam - UK Strategic Partnership": "with Singapore - Malaysia will
  // sign …" is a new clause.)
  const after = sides.find((n) => stateOf(sides.slice(0, n).map((k) => parts[i + 2 * k])));
  const next = after === undefined ? undefined : parts[i + 2 * after + 2];
  return before && next !== undefined && !CLAUSE_VERB.test(next);
}
const CLAUSE_VERB = /^(?:will|would|shall|has|have|had|is|are|was|were|also|signed|agreed|said|says|can|could|may|might|must|should)$/i;

/** A formal title runs while its words are capitalised, with the small words between them. */
function capitalisedRun(subject: string): string {
  const parts = subject.split(/(\s+)/);
  let keep = 0;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i]!;
    if (!w.trim()) continue;
    if (/^[\p{Lu}\d("“]/u.test(w)) keep = i + 1;
    else if (!TITLE_BRIDGES.test(w.replace(/[,;]$/, '')) && !stateDash(parts, i)) break;
  }
  return parts.slice(0, keep).join('');
}

/**
 * Where a subject ends. The "and the" of parties ("between the Cabinet of Ministers of Ukraine and the
 * Government of Romania") is no next document, however deep ("of the Agreement between Ukraine and …").
 */

const OF_GOVERNMENT = /\bof\s+the\s+(?:government|cabinet\s+of\s+ministers|council\s+of\s+ministers)\s+of\b/gi;

// A signing verb and an indefinite article right before a kind: "signed a Communique", "adopted a Declaration".
const SIGNED_A = /\b(?:signed|inked|concluded|issued|adopted|initiall?ed)\s+(?:a|an)\s+$/i;

// The "and" inside a body's name: "the Ministry of Education and Science of Ukraine", "the Ministry of Agrarian Policy and Food".
const BODY_NAME_AND =
  /(\b(?:Ministry|Ministries|Department|Committee|Agency|Office|Commission|Chamber)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+and(?=\s+\p{Lu})/gu;

const OTHER_DOCUMENTS =
  /^,?\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+number\s+of|other|more)\s+(?:other\s+|more\s+)?(?:documents|agreements|instruments|accords|deals|memoranda|memorandums|mous)\b/i;

// "… in the Field of Education and Agreement on the Establishment of …": a capitalised kind after "and" opens the next title.
const CAPITALISED_NEXT =
  /\s+and\s+(?:the\s+)?(?=(?:Agreement|Memorandum|MoU|MOU|Protocol|Treaty|Convention|Declaration|Programme|Program|Accord|Statement|Roadmap|Road Map)\s+(?:on|of|for|concerning|regarding|establishing|between|to)\s)/gu;

function subjectEnd(text: string, from = 0): number {
  CAPITALISED_NEXT.lastIndex = from;
  const next = text.includes(' and ') ? (CAPITALISED_NEXT.exec(text)?.index ?? text.length) : text.length;
  CLAUSE_GOES_ON.lastIndex = from;
  WITH_COUNTERPART.lastIndex = from;
  SUBJECT_TAIL.lastIndex = from;
  GLUED_NEXT_DOCUMENT.lastIndex = from;
  return Math.min(
    next,
    stopEnd(text, from),
    CLAUSE_GOES_ON.exec(text)?.index ?? text.length,
    WITH_COUNTERPART.exec(text)?.index ?? text.length,
    SUBJECT_TAIL.exec(text)?.index ?? text.length,
    GLUED_NEXT_DOCUMENT.exec(text)?.index ?? text.length,
  );
}

// A list whose line breaks were lost: "… for holders of official passports Memorandum of Understanding between the
// Government of …". A formal title in capitals right after a lower-case word (not an article, a preposition or a verb
// of signing, which may stand before a title) opens the next document. (Case matters: no `i` flag.)
// (The kind ahead is looked for first: the look-behinds run only where one follows, not at every space of a long text.)
const GLUED_NEXT_DOCUMENT =
  /(?=\s+(?:Memorandum\s+of\s+Understanding|Memorandum|Agreement|Protocol|Treaty|Convention|Programme|Program)\s+(?:between|on|for|of|in)\s)(?<=(?:^|[\s(])\p{Ll}[\p{Ll}-]{2,})(?<!\b(?:the|and|for|with|this|that|its|their|our|his|her|new|signed|sign|signing|inked|draft|into|from|under|between|amended|revised|renewed|bilateral|framework))\s+/gu;

// "the agreement on supplies of gas to Iran among other things", "… of gas to Iran it will reach $20 bln": an aside (not
// one inside a list, "energy, transport and, among other things, tourism"), the next clause opened by a pronoun with no
// comma, the subject's own verb ("The agreement on media cooperation provides for …", "… took place in Ottawa"), or the
// time it is due in or was signed in ("a tourism framework in upcoming months", "… food security in 2014") ends the
// subject; so does the day's next act ("… and logistics and ending the day with a State Dinner"), the list a bundle
// opens after it ("agreements and memorandums between the two countries, which is the harmonization plan …") and the
// part of a year it is due in ("… in the first half of next year"). (The aside's test of what stands before it runs only
// once its word has matched, not at every space.)
const SUBJECT_TAIL =
  /\s(?:among(?<!(?:,|\band)\samong)\s+other\s+things|inter(?<!(?:,|\band)\sinter)\s+alia)\b|\s(?:it|they)\s+(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should)\b|\s(?:took|takes|will\s+take)\s+place\b|\sin\s+(?:19|20)\d\d\b(?!\s*[-–/])|\s(?:in|within|over|during)\s+(?:the\s+)?(?:upcoming|coming|next|following|near)\s+(?:(?:few|two|three|four|six|several|couple\s+of)\s+)?(?:days|weeks|months|years|future)\b|\s(?:provides|introduces|sets\s+up|allows|envisages|stipulates|establishes|covers|enables|foresees|regulates|defines|creates|lays\s+down|outlines|obliges|commits)\b|\sand\s+(?:ending|concluding|closing|wrapping\s+up|capping|rounding\s+off)\s+(?:the|his|her|their)\s+(?:day|evening|visit|trip|tour|programme|program)\b|,\s+which\s+(?:is|are|was|were|include|includes|included)\s|\s(?:in|during|by|within)\s+the\s+(?:first|second|third|fourth|last|final)\s+(?:half|quarter)\b/gi;

// "a memorandum on cooperation in tourism with her Brazilian counterpart Mauro Vieira": whom it was signed with.
const WITH_COUNTERPART = /\swith\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?counterparts?\b/giu;

// A clause of the sentence's subject going on: "sealed agreements for enhanced cooperation, discussed their strong
// relations, and explored ways …"; the main clause after a fronted one: "While they have signed agreements on energy,
// trade remained modest". (Patterns of their own, this one and the next: in the table of stops, tried at every
// character of every subject, they cost a third of its time.)
const CLAUSE_GOES_ON =
  /,\s+(?:the\s+)?(?!and\b)[a-z-]+\s+(?:[a-z-]+\s+)?(?:remained|remains|stayed|stays|stood|stands|doubled|tripled|surged|dropped|slowed|grew|grows|rose|fell|increased|decreased|declined|totalled|totaled|amounted|continues|continued)\b|,\s+(?:and\s+)?(?:discussed|explored|reviewed|exchanged|agreed|reaffirmed|stressed|emphasi[sz]ed|underlined|noted|welcomed|praised|expressed|held|met|visited|called|set|decided|launched|announced)\s+(?:the|their|its|his|her|ways|views|how|on|to|that|a|an)\b/gi;

// The last item of a list of capitalised fields: capitalised words (and their "and", "of", "the") up to the sentence's end.
const CAPITALISED_LAST_ITEM = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:and|of|the|for|\p{Lu}[\p{L}'’-]*))*\s*(?:[.;]|$)/u;
const KIND_IN_ITEM =
  /\b(?:Agreements?|Memorand\w*|Declarations?|Treat(?:y|ies)|Protocols?|Statements?|Programmes?|Programs?|Plans?|Road\s?maps?|Conventions?|Accords?|MoUs?|MOUs?|Charters?)\b/;
function capitalisedLastItem(text: string, stop: number, at: number): boolean {
  const item = CAPITALISED_LAST_ITEM.exec(text.slice(at));
  // (… after items of a list: a comma before the stop.)
  return item !== null && !KIND_IN_ITEM.test(item[0]) && text.slice(Math.max(0, stop - 200), stop).includes(',');
}

function stopEnd(text: string, from: number): number {
  // (Searched from the subject on, not from the sentence's start: a sentence of many documents asks once per document.
  // The table's own pattern, which no other code reads, is moved to the subject: no copy of it per call.)
  const stops = kindTables().stops;
  stops.lastIndex = from;
  for (let m = stops.exec(text); m !== null; m = stops.exec(text)) {
    if (m[0].length === 0) stops.lastIndex++;
    // … nor a spaced dash between two capitalised names inside a title ("UZTM – KARTEX LLC").
    if (
      /^\s+[-–—]\s$/.test(m[0]) &&
      /\p{Lu}[\p{L}]*$/u.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
      /^\p{Lu}/u.test(text.slice(m.index + m[0].length))
    )
      continue;
    if (/^,?\s+and\s/i.test(m[0]) && joinsParties(text, m.index)) continue;
    // ("include Environmental Protection, Food Safety, as well as Diplomatic Training": a list of capitalised fields
    // goes on to its last item, one with no kind word of its own that closes the sentence.)
    if (/^,\s+as\s+well\s+as\s$/i.test(m[0] + ' ') && capitalisedLastItem(text, m.index, m.index + m[0].length)) continue;
    return m.index;
  }
  return text.length;
}

/**
 * Whether the "and" at `at` joins parties opened before it ("between A and B", "of the Government of A and …") rather
 * than ending the subject. (Asked of an "and" only: the scan of the text before it is not paid for other stops.)
 */
function joinsParties(text: string, at: number): boolean {
  const before = text.slice(0, at);
  // … nor that of "a joint statement of the Government of Moldova and the Government of Romania on …".
  const ofGovernment = [...before.matchAll(OF_GOVERNMENT)].at(-1)?.index ?? -1;
  const opened = Math.max(before.lastIndexOf('between'), ofGovernment);
  return (
    opened >= 0 &&
    // (An "and" inside a body's name is no second party: "between the Ministry of Education and Science of Ukraine and the …".)
    !/\sand\s/i.test(before.slice(opened).replace(BODY_NAME_AND, '$1 & ')) &&
    !kindTables().nextDocument.test(text.slice(at, at + 120)) &&
    // "… between the two countries and six other documents": a count of further documents.
    !OTHER_DOCUMENTS.test(text.slice(at, at + 60))
  );
}

const TRAILING_PLACE = /\s+in\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,3})$/u;

/**
 * "… between Armenia and Georgia in Tbilisi": the city where it was signed is no part of the title.
 * Only a city or seat of government is cut; a state ends titles ("on peace in Ukraine").
 */
function dropVenue(subject: string): string {
  const m = TRAILING_PLACE.exec(subject);
  const kind = m ? lookupForm(m[1]!.trim())?.kind : undefined;
  const rest = kind === 'capital' || kind === 'city' || kind === 'seat' ? subject.slice(0, m!.index) : subject;
  // (… nor the state it was signed with: "a memorandum on Antarctic Cooperation with Spain", "… with Georgia in Tbilisi".)
  const partner = TRAILING_PARTNER.exec(rest);
  const state = partner ? lookupForm(partner[1]!.trim())?.kind : undefined;
  return state === 'name' || state === 'official' ? rest.slice(0, partner!.index) : rest;
}
const TRAILING_PARTNER = /\s+with\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s?){1,3})$/u;

/**
 * "a cooperation agreement between Kuwait's Minister of Social Affairs X and …": who signed it, named by office and name,
 * with no subject of its own.
 */
const SIGNED_BY_NAMES = new RegExp(
  String.raw`^between\s+(?:the\s+)?(?:[\p{L}-]+['’]?s?\s+){0,4}?(?:[Mm]inister|[Pp]resident|[Aa]mbassador|[Ss]ecretary|[Cc]hairman|[Cc]hairwoman|[Gg]overnor|[Dd]irector|CEO)\s+(?:of\s+[^,;]{1,60}?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?!['’])${SIGNER_UNTIL_AND}`,
  'u',
);

/**
 * "the Partnership Agreement between our two countries": the parties, and nothing after them, name no subject.
 * (A formal title keeps the bodies that sign it as the text writes them, the way an analyst quotes it: "Memorandum of
 * Understanding between the Ministry of Tourism of A and the Ministry of Environment of B for cooperation in …".)
 */
function dropParties(subject: string): string {
  return /^between\s+(?:our|the|both|their)\s+(?:two\s+)?(?:countries|nations|states|sides|governments|peoples)\s*$/i.test(subject) ? '' : subject;
}

// Subjects that name nothing: "in various fields", "on cooperation in various spheres", "in areas such as …", "in a number of sectors".
// (Not when the areas are named after them: "in key areas such as A, B and C" is a list, AREAS_NAMED.)
// … and, of a plural, "on development of bilateral cooperation in different fields": what a bundle is for, not one
// document's subject (a document of its own may bear that title: "an Agreement on the Development of … in Various Fields").
const PLURAL_VAGUE =
  /^(?:on|for)\s+(?:the\s+)?(?:(?:further|comprehensive)\s+)?(?:development|expansion|strengthening|deepening|promotion|enhancement)\s+of\s+(?:the\s+)?(?:(?:bilateral|mutual|mutually\s+beneficial)\s+)?(?:cooperation|collaboration|relations|ties)\s+(?:in|across)\s+(?:(?:various|different|diverse|many|several|all|a\s+number\s+of|a\s+(?:wide\s+)?range\s+of)\s+)(?:fields|areas|spheres|sectors|domains)\b(?!,?\s+(?:such\s+as|including|like|namely)\s)/i;
// (… also a count of what the accords cover: "Agreements have been reached on a total of eleven investments".)
// (… and a relation's degree or its founding, no subject of a document of its own: "an agreement on improved ties", "on
// further close coordination", "memoranda for the establishment of partnerships between the two countries"; nor what
// is told of another document: "communiques on its scope and potential impact".)
const VAGUE =
  /^(?:on|about|regarding|concerning)\s+(?:its|their)\s+(?:scope|impact|implementation|content|contents|terms|details|progress|results|provisions|benefits|significance)\b|^(?:on|for)\s+(?:(?:further|closer|close|improved|enhanced|deeper|stronger|better|greater)\s+)+(?:ties|relations|relationship|coordination|cooperation|collaboration|partnership|links|bonds)\s*$|^(?:on|for)\s+(?:the\s+)?(?:establishment|development|strengthening|deepening|promotion|enhancement|expansion)\s+of\s+(?:(?:a|the)\s+)?(?:(?:closer|deeper|stronger|further|bilateral|mutual|new)\s+)*(?:partnerships|ties|relations|links)(?:\s+between\s+(?:the\s+two|both)\s+(?:countries|sides|nations|states))?\s*$|^(?:on|for|covering)\s+a\s+total\s+of\s+|^(?:covering|spanning|across|on|in)\s+a\s+(?:wide|broad|whole|large)\s+(?:spectrum|range|variety|array)\s+of\s+(?:co-?operation|collaboration|areas|fields|sectors|issues|spheres|topics|subjects|matters|domains)\b|^(?:aimed|aiming|designed|intended|seeking|pledging|vowing)\s+(?:at|to)\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?(?:(?:bilateral|mutual|economic|closer)\s+)?(?:cooperation|collaboration|ties|relations)\s+(?:in|across|on)\s+(?:the\s+)?(?:various|different|diverse|many|several|all|a\s+number\s+of|a\s+(?:wide\s+)?range\s+of)\s+(?:fields|areas|spheres|sectors|domains)\b|^(?:in|on|covering|across|spanning)\s+(?:(?:cooperation|collaboration|partnership)\s+in\s+)?(?:(?:various|different|diverse|many|several|other|multiple|numerous|a\s+number\s+of|a\s+(?:wide\s+)?range\s+of|a\s+variety\s+of|key|priority|all|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)(?:(?:key|priority|main|major)\s+)?(?:fields|areas|spheres|sectors|directions|issues|domains)\b(?!,?\s+(?:such\s+as|including|like|namely)\s|\s*(?::|[-–—]\s*[a-z]))|^on\s+(?:both|the\s+two|each)\s+(?:countries|sides|states|nations|parties|other)\b|^in\s+the\s+(?:near|coming|foreseeable|immediate)\s+future\b|^(?:in|during|by|within)\s+the\s+(?:first|second|third|fourth|last|final)\s+(?:half|quarter)\b|^(?:in|within|over|during)\s+(?:the\s+)?(?:upcoming|coming|next|following)\s+(?:(?:few|two|three|four|six|several|couple\s+of)\s+)?(?:days|weeks|months|years)\b|^on\s+(?:this|that|the)\s+(?:occasion|sidelines)\b|^on\s+the\s+part\s+of\b|^on\s+(?:this|that)\s+day\b(?!-)|^on\s+the\s+day\s+of\b|^in\s+(?:this|that)\s+(?:regard|respect|connection|context|direction)\b|^for\s+(?:a\s+)?(?:total\s+|combined\s+)?(?:investments?|value|amount|sum)\s+(?:of|worth)\b|^in\s+recent\s+(?:years|months|weeks|decades)\b|^(?:for|over|during)\s+(?:a\s+(?:long|short)\s+(?:time|while|period)|(?:many|several|some|a\s+few)\s+(?:years|months|weeks|decades)|years|decades|months|weeks|(?:the\s+)?(?:past|last|next)\s+(?:\w+\s+)?(?:years?|months?|weeks?|decades?))\b/i;

// An adjective's ending: "cultural", "scientific", "historical".
const ADJECTIVE = /(?:al|ic)$/i;

// A plural's subject given as the areas it covers: "in the areas of A, B and C", "in space, education and energy".
const IN_AREAS =
  /^(?:for\s+(?:increased\s+|enhanced\s+|closer\s+)?(?:cooperation|collaboration)\s+)?in\s+(?!the\s+(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\s+(?:cooperation|collaboration)\b)(?:the\s+(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\s+)?[^,;]+,/i;

/**
 * "science, technology and innovation": a field of three (data/field-pairs.txt writes it with its comma) stays one item when
 * a list is split at its commas.
 */
function fieldRun(out: string[], piece: string): string[] {
  const previous = out[out.length - 1];
  if (previous !== undefined && kindTables().fieldPairs.has(`${previous}, ${piece}`.toLowerCase())) out[out.length - 1] = `${previous}, ${piece}`;
  else out.push(piece);
  return out;
}

/** The last word before "and" and the first after it make a pair of data/field-pairs.txt. */
export function isFieldPair(before: string, after: string): boolean {
  const last = /(\S+)\s*$/.exec(before)?.[1];
  const first = /^\s*(\S+)/.exec(after)?.[1];
  return last !== undefined && first !== undefined && kindTables().fieldPairs.has(`${last} and ${first}`.toLowerCase());
}

/**
 * Pieces split at "and" put back where two adjectives share the noun after them: "protection of
 * cultural and artistic heritage", "economic and trade cooperation" are one subject each.
 */
function sharedNouns(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const previous = out.at(-1);
    // … and "housing and infrastructural sectors": a plural head noun after the last covers both.
    const sharedHead = previous !== undefined && /\s(?:sectors|fields|areas|spheres|industries|domains)$/i.test(piece.trim());
    // … and a pair that names one field: "women and children", "small and medium enterprises".
    const onePair = previous !== undefined && isFieldPair(previous, piece);
    // … and two verbs sharing their object: "protecting and encouraging investment".
    // (Gerunds of action only: "housing and building materials" are two fields.)
    const sharedObject =
      previous !== undefined &&
      /^\s*\p{L}+ing\s*$/u.test(previous) &&
      kindTables().actionGerunds.has(previous.trim().toLowerCase()) &&
      /^\s*\p{L}+ing\s+\S/u.test(piece);
    // … and one word after a long phrase, the rest of its object: "establishing a framework for promoting trade and investment".
    const objectGoesOn =
      previous !== undefined &&
      /\b(?:for|of|on|in)\s+(?:promoting|developing|boosting|strengthening|enhancing|expanding|facilitating|increasing|deepening|encouraging)\s+\p{L}+\s*$/u.test(
        previous,
      ) &&
      /^\s*\p{L}+\s*$/u.test(piece);
    // … and two actions named as nouns after "the", sharing the object of the second: "the development and promotion of
    // tourism", "the recognition and enforcement of court decisions" (not "education and promotion of tourism").
    const sharedOf =
      previous !== undefined &&
      /^\s*the\s+\p{Ll}+(?:tion|ment|ance|ence|sion)\s*$/u.test(previous) &&
      /^\s*(?:the\s+)?\p{Ll}+(?:tion|ment|ance|ence|sion)\s+of\s/u.test(piece);
    // … and the second of two sides after "between", the pair's bodies "of the two countries": "on cooperation between
    // ministries and agencies of the two countries" (but "on trade between border provinces and tourism" is two).
    const secondSide =
      previous !== undefined &&
      /\bbetween\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*$/u.test(previous) &&
      /^\s*(?:[\p{L}'’-]+\s+){0,3}(?:of|in)\s+(?:the\s+two|both)\s+(?:countries|sides|states|nations)\s*$/u.test(piece);
    if (
      previous !== undefined &&
      ((ADJECTIVE.test(previous) && /\s/.test(piece.trim())) || sharedHead || onePair || sharedObject || objectGoesOn || secondSide || sharedOf)
    )
      out[out.length - 1] = `${previous} and ${piece}`;
    else out.push(piece);
  }
  return out;
}

// A list in capitals that a sentence opens with, before "are the other …": its subjects told first.
const LISTED_BEFORE = /^\W*(\p{Lu}[^.;:]*?)\s+(?:are|were)\s+(?:also\s+)?(?:among\s+)?(?:the\s+)?(?:other|remaining|further)\s+$/u;

/**
 * "A, B and C are the other agreements": the subjects, each in capitals and a few words long. After a serial comma
 * ("…, and Housing, Construction and Urban Development") the last item is whole, its own commas included.
 */
function listedBefore(before: string): string[] {
  const list = LISTED_BEFORE.exec(before)?.[1];
  if (!list) return [];
  const serial = list.lastIndexOf(', and ');
  const items =
    serial >= 0
      ? [...list.slice(0, serial).split(/\s*,\s*/), list.slice(serial + 6)]
      : list.split(/\s*,\s*/).flatMap((x, i, xs) => (i === xs.length - 1 ? x.split(/\s+and\s+(?=\p{Lu})/u) : [x]));
  const fits = (item: string): boolean => /^\p{Lu}/u.test(item) && item.split(/\s+/).length <= 8;
  return items.length >= 2 && items.every(fits) ? items.map((x) => x.trim()) : [];
}

// Two capitalised words joined by "and", then the words they share: "Scientific and Migratory Cooperation".
const SHARED_TITLE_HEAD = /^(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}[\p{L}-]*){0,3})$/u;

/** "Scientific and Migratory Cooperation Agreements": the two documents' names, each with the shared words and the kind in the singular. */
function sharedTitleNames(title: string, kindText: string): string[] {
  const m = SHARED_TITLE_HEAD.exec(title.trim());
  if (!m) return [];
  const kind = kindText.replace(/^(Memorand)(?:a|ums)\b/, '$1um').replace(/s$/, '');
  return [`${m[1]}${m[3]} ${kind}`, `${m[2]}${m[3]} ${kind}`];
}

/**
 * The subjects joined before a plural kind ("defence and energy", "transit trade and port utilization"), each a word or
 * two in lower case (the first may open a line), when their number fits a stated count; else none.
 */
function subjectsBefore(title: string, count: number | null): string[] {
  if (!/\band\b/.test(title)) return [];
  const items = title.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim());
  const fits = (item: string, i: number): boolean => {
    const ws = item.split(/\s+/);
    return ws.length <= 3 && ws.every((w, j) => /^[\p{Ll}-]+$/u.test(w) || (i === 0 && j === 0 && /^\p{Lu}\p{Ll}+$/u.test(w)));
  };
  if (items.length < 2 || !items.every(fits) || (count !== null && count !== items.length)) return [];
  return items.map((x, i) => (i === 0 ? x.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : x));
}

/** "on A, on B and C": the subjects of a plural kind, one per document, fitted to a stated count. */
/**
 * "A, B and C between South Africa and Côte d'Ivoire": the two states that signed end a list of subjects, not its last item.
 * (… also a state and the firms of another: "on investments between the Philippines and leading Japanese firms".)
 */
/** "… for oil cooperation between both countries": the two sides at a title's end, named by no state, name nothing of it. */
function withoutBothSides(title: string): string {
  // (… also before the subject: "an agreement between the two governments on road transport".)
  return title.replace(
    /\s+between\s+(?:the\s+|our\s+|their\s+)?(?:two|both)\s+(?:countries|nations|states|sides|governments|peoples)(?=$|\s+(?:on|in|for|regarding|concerning)\s)/i,
    '',
  );
}

function withoutTrailingStates(text: string): string {
  const subject = withoutBothSides(text);
  const m = TRAILING_SIGNERS.exec(subject);
  const state = (form: string): boolean => ['name', 'official'].includes(lookupForm(form)?.kind ?? '');
  return m && state(m.groups!.first!) && (m.groups!.firms !== undefined || state(m.groups!.second!)) ? subject.slice(0, m.index) : subject;
}
const SIGNER_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|d['’]\p{Lu}\p{L}*|of|and|the)){0,3}`;
const TRAILING_SIGNERS = new RegExp(
  String.raw`\s+between\s+(?:the\s+)?(?<first>${SIGNER_NAME})\s+and\s+(?:the\s+)?(?:(?<second>${SIGNER_NAME})|(?<firms>(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}'’-]*\s+(?:firms|companies|businesses|enterprises|corporations|investors)))$`,
  'u',
);

// "Agreement between the two countries’ foreign affairs ministers A and B on …": the people who signed, between the kind
// and the subject; an office names them.
const SIGNERS_BEFORE_SUBJECT =
  /^(?<kind>[^]*?)\s+between\s+(?<signers>(?:(?!\s(?:on|concerning|regarding|for)\s)[^.;]){3,140}?)\s+(?<subject>(?:on|concerning|regarding|for)\s+[^]+)$/u;
const SIGNING_BODY = /\b(?:Government|Cabinet|Council|Ministry|Ministries|Republic|Kingdom|State|Agreement|Treaty|Protocol)\b/u;
const SIGNER_OFFICE = /\b(?:[Mm]inisters?|[Dd]irector|[Mm]ayor|[Aa]mbassadors?|[Ss]ecretary|[Cc]hair(?:man|woman|person)?|[Gg]overnor|CEO|[Hh]ead)\b/u;

/** The kind and its subject, without who signed it between them: "Agreement on the establishment of a joint commission". */
function withoutSigners(title: string): string {
  const m = SIGNERS_BEFORE_SUBJECT.exec(title);
  // (Not governments and their bodies: "between the Cabinet of Ministers of Ukraine and the Government of Romania".)
  const signers = m?.groups!.signers ?? '';
  if (!m || !SIGNER_OFFICE.test(signers) || SIGNING_BODY.test(signers) || !kindTables().endsInKind.test(m.groups!.kind!)) return title;
  return `${m.groups!.kind} ${m.groups!.subject}`;
}

/**
 * "… on Cooperation in Human Resource Development between the National Economic and Development Authority (NEDA) and
 * the Ministry of Commerce of …": the bodies that signed end a title named by its subject.
 */
function withoutTrailingBodies(title: string): string {
  const m = TRAILING_BODIES.exec(title);
  if (!m) return title;
  // (Only where the subject names something of its own: "a Memorandum of Understanding on cooperation between the Diplomatic
  // Institute … and the Foreign Service Institute …" is told apart by its parties.)
  const own = title
    .slice(0, m.index)
    .split(/\s+/)
    .filter((w) => !kindTables().kindOfForm.has(w.toLowerCase()) && !kindTables().descriptive.has(w.toLowerCase()) && !TITLE_FRAME_WORDS.test(w));
  return own.length >= 1 ? title.slice(0, m.index) : title;
}
// (Besides the kind words and the words that describe a kind, data/agreement-kinds.tsv and data/descriptive-words.txt.)
const TITLE_FRAME_WORDS = /^(?:understanding|intent|of|on|for|in|to|the|a|an|and|cooperation|co-operation|collaboration|mutual|general|framework|\(\w+\))$/i;
// (… also the first body alone, where the subject's end has already cut the second: "between the Australian Nuclear
// Science and Technology Organization".)
const TRAILING_BODIES =
  /\s+between\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+|of\s+|and\s+|for\s+|the\s+){0,8}(?:Ministry|Authority|Agency|Department|Office|Commission|Council|Corporation|Company|Bank|University|Institute|Chamber|Administration|Directorate|Organi[sz]ation|Bureau|Board)\b(?:[^;]*?\s+and\s+(?:the\s+)?\p{Lu}[^;]*)?$/u;

/**
 * Pieces split at "and" put back where the "and" joins two capitalised words inside an item written in lower case:
 * "the re-establishment of two Chairs of Hindi and Indian Studies" names one chair of two subjects, not two items.
 */
function properPairs(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const previous = out.at(-1);
    // (Not two items written in capitals after an article: "the Blue Economy and Information Technology".)
    const lowerHead = previous !== undefined && /(?:^|\s)(?!(?:the|of|and|for|in|on|a|an)\s)\p{Ll}[\p{L}-]{2,}\s/u.test(previous);
    if (previous !== undefined && lowerHead && /^\p{Ll}/u.test(out[0]!) && /\s\p{Lu}[\p{L}-]*$/u.test(previous) && /^\p{Lu}/u.test(piece))
      out[out.length - 1] = `${previous} and ${piece}`;
    // "military and military-technical cooperation": a word and its own compound are one field.
    else if (previous !== undefined && /^\p{L}+$/u.test(previous) && piece.toLowerCase().startsWith(`${previous.toLowerCase()}-`))
      out[out.length - 1] = `${previous} and ${piece}`;
    else out.push(piece);
  }
  return out;
}

// A singular kind before a list of three subjects or more that "among others" closes.
// (Each item opens with a character that is no space, so the space after a comma belongs to one part of the pattern only:
// with both able to take it, a run of short items that ends in no "among others" took exponential time.)
const AMONG_OTHERS = /^\s+(?:on|in|for)\s+[^.;,]+(?:,\s*[^.;,\s][^.;,]*){2,},?\s+(?:among\s+others|and\s+others|etc\.?)(?=[\s.,;]|$)/i;

/**
 * Bare gerunds listed before one that takes an object ("preventing, identifying and curbing suspicious transactions")
 * share that object. (Not fields that end in -ing: "mining, banking and shipping", "fishing, mining and banking supervision".)
 */
const GERUND_SERIES = /^(\p{Ll}+ing(?:\s*,\s*\p{Ll}+ing)*),?\s+(?:and|or)\s+\p{Ll}+ing\s+(?!and\b|or\b)\p{L}/u;

/** Whether a subject opens with gerunds of action (data/action-gerunds.txt) that share one object. */
function gerundSeries(subject: string): boolean {
  const m = GERUND_SERIES.exec(subject);
  return m !== null && m[1]!.split(/\s*,\s*/).every((g) => kindTables().actionGerunds.has(g));
}

/** A list item without its head words ("the field of") and the punctuation that ended it. */
const bareItem = (item: string): string =>
  item
    .replace(ITEM_HEAD, '')
    .replace(/[\s,;:]+$/, '')
    .trim();

/**
 * "four agreements in culture, sports, tourism and business events and aviation travel and logistics": when the count
 * leaves fewer documents for the last item than its "and"s part, its parts pair up evenly, in order ("tourism and
 * business events", "aviation travel and logistics"); the list unchanged when they cannot.
 */
function pairedLast(segments: readonly string[], count: number): string[] {
  const parts = (segments.at(-1) ?? '').split(/\s+and\s+/);
  const groups = count - segments.length + 1;
  if (groups < 2 || parts.length <= groups || parts.length % groups !== 0) return [...segments];
  const size = parts.length / groups;
  const paired = Array.from({ length: groups }, (_, k) => parts.slice(k * size, (k + 1) * size).join(' and '));
  return [...segments.slice(0, -1), ...paired];
}

// "in seven specific areas: A, B, …", "in three areas - A, B and C": the number of fields a list after them names.
const COUNTED_FIELDS = new RegExp(
  String.raw`^\s+(?:in|on|covering)\s+(${COUNT_AHEAD})\s+(?:(?:specific|key|priority|different|separate|distinct)\s+)?(?:areas|fields|sectors|spheres|domains)\s*(?::|[-–—](?=\s*\p{Ll})|,?\s+(?:namely|such\s+as)\s)`,
  'iu',
);
function fieldsCounted(after: string): number | null {
  const m = COUNTED_FIELDS.exec(after);
  return m ? (numberOf(m[1]!) ?? null) : null;
}

function splitSubjects(subject: string, count: number | null): { prefix: string; items: string[] } {
  const fields = FIELDS.exec(subject);
  const named = fields ? null : AREAS_NAMED.exec(subject);
  const headed = fields ?? named;
  // "in the defence, health, education and hydrology sectors": the areas before their head noun.
  const headLast = headed ? null : AREAS_BEFORE_HEAD.exec(subject);
  const prefix = headed || headLast ? 'on' : (/^(on|in|for|of|regarding|concerning)\s/i.exec(subject)?.[1]?.toLowerCase() ?? 'on');
  const list = headed
    ? subject.slice(headed.index + headed[0].length)
    : headLast
      ? headLast[1]!
      : subject
          .replace(
            /^(?:on|in|for|of|regarding|concerning|relating\s+to|related\s+to|pertaining\s+to|in\s+relation\s+to|covering|focused\s+on|focusing\s+on)\s+/i,
            '',
          )
          // "on issues related to A, B and C": the list after its head noun.
          .replace(/^(?:(?:the\s+)?(?:issues|matters|questions)\s+(?:related\s+to|relating\s+to|of|concerning)\s+)/i, '')
          // "on a wide array of industries, including A, B and C": the list after "including".
          .replace(
            /^(?:an?\s+)?(?:wide|broad|whole|large)\s+(?:array|range|variety|spectrum)\s+of\s+\p{Ll}+(?:\s+\p{Ll}+)?,?\s+(?:including|such\s+as|namely)\s+/iu,
            '',
          );
  // "on establishing A and on consolidating regional, production and investment cooperation": an introducer said
  // again marks where each item begins, and the commas inside an item are its own.
  const introducer = /^(on|in|for)\s/i.exec(subject)?.[1];
  if (!headed && !headLast && introducer) {
    const again = new RegExp(String.raw`(?:\s*[,;]\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)${introducer}\s+(?=\p{Ll})`, 'giu');
    const pieces = list.split(again).map((p) => p.trim());
    // (A piece that names an action is one subject; one that lists fields is split as any list: "on trade, investment
    // and tourism and on energy efficiency" is four.)
    const items =
      pieces.length > 1 ? pieces.flatMap((p) => (/^\p{L}+ing\s/u.test(p) || gerundSeries(p) ? [p] : splitSubjects(`${introducer} ${p}`, null).items)) : pieces;
    const worded = pieces.length > 1 && pieces.every((p) => p.split(/\s+/).length >= 2);
    if (worded && (count === null || count === items.length)) return { prefix, items: items.map(bareItem) };
    // (… unless the count is met by the pieces themselves: "two memoranda on A and on B and C" are A and "B and C".)
    if (worded && count === pieces.length) return { prefix, items: pieces.map(bareItem) };
  }
  // Items separated by semicolons may hold commas of their own ("Diplomatic Training, Research and …; Culture; and Sports").
  const separator = /;/.test(list) ? /\s*;\s*(?:and\s*,?\s+)?/ : /\s*[,;]\s*(?:and\s+)?/;
  // ("energy, shipping and agriculture, among other areas": the words that close the list are no item, and the list's
  // own "and" comes before them.)
  const segments = list
    .replace(/,?\s+(?:among\s+(?:others|other(?:\s+\p{Ll}+)?)|and\s+others|etc\.?)\s*$/iu, '')
    .replace(new RegExp(LIST_GOES_ON, 'gi'), ', ')
    .replace(/,\s+as\s+well\s+as\s+(?=\p{Lu})/gu, ', ')
    // ("…, crude oil, and industry, in addition to the development of a smart city": one more item.)
    .replace(/,\s+in\s+addition\s+to\s+(?=(?:the\s+)?\p{Ll})/gu, ', ')
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean)
    .reduce(adjectiveRun, [] as string[])
    .reduce(fieldRun, [] as string[]);
  // "two MoUs concerning cross-border transportation of goods and passengers": a count the objects after "of" meet
  // gives one document each, the head shared ("transportation of goods", "transportation of passengers").
  const ofHead = count !== null && count > 1 && !headed && !headLast ? /^([^,;]*?\bof\s+)([^,;]+(?:,\s*[^,;]+)*)$/.exec(list) : null;
  const objects = ofHead ? ofHead[2]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean) : [];
  // (Only plural nouns of one head: "of goods and passengers", not "the promotion and protection of investments and tourism".)
  if (ofHead && objects.length === count && !/\band\b/i.test(ofHead[1]!) && objects.every((o) => /^\p{L}{3,}s$/u.test(o)))
    return { prefix, items: objects.map((o) => `${ofHead[1]}${o}`) };
  // "on preventing, detecting and suppressing money laundering": actions sharing one object are one subject.
  // (Not when the introducer is said again for the next subject: "on protecting and encouraging investment and on tourism".)
  if (!headed && !headLast && gerundSeries(list) && !/(?:,|\band)\s+(?:on|in|for)\s+\p{Ll}/u.test(list)) return { prefix, items: [list] };
  // "on supply of ferroalloys, wheat and cotton": the list belongs to one subject.
  // (Unless a count says the items are documents: "three MoUs on the supply of minerals, research, and dialogue".)
  // (Nor after a serial comma: "avoidance of double taxation, agriculture, tourism, and investment promotion".)
  if (
    !headed &&
    !headLast &&
    (count === null || count !== segments.length) &&
    !/,\s*and\s/i.test(list) &&
    // (… nor when a count is met by items each opened by "the": "two MoUs on the exchange of A and the recognition of B".)
    !(count !== null && list.split(/\s+and\s+(?=the\s)/i).length === count) &&
    /^\S+(?:\s+\S+)?\s+of\s/.test(segments[0] ?? '') &&
    // (… nor when a noun after "and" has an object of its own: "management of archives and cooperation in youth affairs",
    // "the establishment of the industrial zone and mutual co-operation in industrial development".)
    !/\band\s+(?:\p{Ll}+\s+)?\p{Ll}[\p{Ll}-]{3,}\s+(?:in|on|of|for)\s/u.test(list) &&
    // (Items with their own article are noun phrases of their own: "the establishment of a Council, the Initiative, a visa exemption".)
    segments.slice(1).every((seg) => !/^(?:on|in|for|of|the|a|an)\s/i.test(seg))
  )
    return { prefix, items: [list] };
  // Items that repeat their introducer ("on A; on B and on C") end at "and on": an "and" inside one ("on Health and Medicine") stays.
  const repeated = segments.length > 1 && segments.slice(1).every((seg) => /^(?:on|in|for)\s/i.test(seg));
  const lastAnd = (xs: string[], shared = true): string[] => {
    const last = xs[xs.length - 1] ?? '';
    if (xs.length > 1 && HEADED_ITEM.test(last)) return [...xs.slice(0, -1), ...last.split(HEADED_ITEM)];
    // (A field of three joined whole stays whole: "science, technology and innovation".)
    if (kindTables().fieldPairs.has(last.toLowerCase())) return xs;
    const parts = properPairs(last.split(repeated ? /\s+(?:and|as well as)\s+(?=(?:on|in|for)\s)/i : /\s+(?:and|as well as)\s+/));
    return [...xs.slice(0, -1), ...(shared ? sharedNouns(parts) : parts)];
  };
  // (A count may say that two adjectives are two documents: "two Frameworks for Cooperation in Digital and Green Economy".)
  // After a serial comma ("A, B, and C and D") the list's own "and" has come: "C and D" is one item.
  const serial = segments.length > 2 && /,\s*and\s+[^,;]+$/i.test(list);
  // Items separated by semicolons whose words hold commas of their own are whole: "A for 2021-2030; cooperation in
  // culture, arts and tourism between the two ministries" is two.
  // (Not an item whose comma goes on with the list: "cooperation in customs matters, and in science".)
  const wholeItems =
    /;/.test(list) &&
    segments.length > 1 &&
    segments.some((x) => x.includes(',')) &&
    segments.every((x) => x.split(/\s+/).length >= 2 && !/,\s+(?:and|as\s+well\s+as)\s/i.test(x));
  const options = [
    ...(serial || wholeItems ? [segments] : []),
    lastAnd(segments),
    segments,
    segments.flatMap((s) => sharedNouns(s.split(/\s+and\s+/))),
    lastAnd(segments, false),
    // (… or an "and the" that opens the next item, when the count says so: "two MoUs on the joint commission and the
    // promotion of gender equality and women's empowerment".)
    segments.flatMap((s) => s.split(/\s+and\s+(?=the\s)/i)),
    ...(count !== null ? [pairedLast(segments, count)] : []),
  ];
  const fitted = (count !== null ? options.find((o) => o.length === count) : undefined) ?? options[0]!;
  // A list of parties, not of subjects: "between the ministries of A and B".
  if (/^between\s/i.test(subject)) return { prefix, items: [list] };
  // ("among other sectors", "and others" close a list; they name no item.)
  const items = fitted.map((s) => bareItem(s.replace(FOCUS_ADVERB, ''))).filter((s) => s && !/^(?:among\s+)?(?:others?|more|etc)(?:\s+\p{Ll}+)?$/iu.test(s));
  return { prefix, items: partiesJoined(adjectivesShareNoun(withKindWordsJoined(items))) };
}

// An item whose bodies "between" names in capitals, to its end: "Investment Cooperation between the Kenya Investment Authority".
const BETWEEN_BODIES = /\bbetween\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the))*$/u;
const CAPITALISED_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the))*$/u;

/**
 * Names in capitals after an item that ends in bodies named after "between" are more of those bodies, not subjects:
 * "Investment Cooperation between the Kenya Investment Authority and General Authority for Investment and Free Zones of
 * Egypt" is one item, not three.
 */
function partiesJoined(items: string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const previous = out.at(-1);
    // (A body's name: one of its words names an organisation, or it ends with its state, "… of Egypt"; not "Gender Equality".)
    const body =
      CAPITALISED_NAME.test(item) && (item.split(/\s+/).some((w) => organisationWords().has(w.toLowerCase())) || /\bof\s+\p{Lu}[\p{L}'’-]*$/u.test(item));
    if (previous !== undefined && BETWEEN_BODIES.test(previous) && body) out[out.length - 1] = `${previous} and ${item}`;
    else out.push(item);
  }
  return out;
}

// An adjective that ends one item and opens the next noun's list: "holders of diplomatic, special, and official passports".
const LIST_ADJECTIVE = String.raw`(?:\p{Ll}+(?:al|ic)|special|ordinary|service)`;
const ENDS_IN_ADJECTIVE = new RegExp(String.raw`\s${LIST_ADJECTIVE}$`, 'u');
const LONE_ADJECTIVE = new RegExp(String.raw`^${LIST_ADJECTIVE}$`, 'u');
const ADJECTIVE_AND_NOUN = new RegExp(String.raw`^${LIST_ADJECTIVE}\s+\p{Ll}+s$`, 'u');

/** Items cut from one noun's list of adjectives put back together: "visa waiver for holders of diplomatic, special, and official passports". */
function adjectiveRun(out: string[], segment: string): string[] {
  // The run is open while the items so far end in an adjective and those after its head are lone adjectives.
  let k = out.length - 1;
  while (k >= 0 && LONE_ADJECTIVE.test(out[k]!)) k--;
  const open = k >= 0 && ENDS_IN_ADJECTIVE.test(out[k]!) && /\bof\s/.test(out[k]!);
  // (The run closes on its last adjective with the noun: "official passports".)
  return open && ADJECTIVE_AND_NOUN.test(segment) ? [...out.slice(0, k), [...out.slice(k), `and ${segment}`].join(', ')] : [...out, segment];
}

/**
 * "Letters of Intent on investments and agreements": an item that is a document's kind word alone, in the plural, names no
 * subject of its own; it goes with the item before it.
 */
function withKindWordsJoined(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    // (A plural only: "on diplomatic training and protocol" names the field of protocol.)
    if (out.length && /s$/i.test(item) && kindOfWord(item) !== undefined) out[out.length - 1] = `${out.at(-1)} and ${item}`;
    else out.push(item);
  }
  return out;
}

// A bare adjective of a list ("economic", "scientific", "medical"): no noun of its own.
const BARE_ADJECTIVE = /^\p{Ll}+(?:al|ic)$/u;
// Nouns with an adjective's ending ("music", "public", "animal") name a field of their own (a plural with -s too).
/**
 * A title as an analyst writes it. "document on medical", made from "four documents in the medical, agricultural and
 * cultural spheres": a lone adjective left as a subject stands before the kind, "medical document" (not a noun that ends
 * like one: "agreement on music"); "agreement on those on defence", from "include those on defence, …": no pronoun.
 */
export function tidiedTitle(title: string): string {
  // (Not an ending nouns share: "agreement on judiciary", "on archive".)
  const m = /^((?:joint\s+)?[\p{L}-]+(?:\s+of\s+understanding)?)\s+on\s+(\p{Ll}[\p{Ll}-]*(?:al|ic|ian))$/u.exec(title);
  // ("agreement on those on defence": the pronoun of a list's head is no subject.)
  const bare = title.replace(/\b(on|for|in)\s+(?:those|ones)\s+(?:on|in|for|related\s+to|concerning)\s+/i, '$1 ');
  return m && !nounLikeAdjective(m[2]!) ? `${m[2]} ${m[1]}` : bare;
}

const nounLikeAdjective = (word: string): boolean => kindTables().nounLikeAdjectives.has(word.replace(/s$/, '')) || kindTables().nounLikeAdjectives.has(word);

/**
 * "accords on economic, technical, scientific, cultural and medical cooperation": adjectives listed before the
 * noun they all qualify are one subject each with that noun ("economic cooperation", …, "medical cooperation").
 * (Only a list of three or more whose items before the last are adjectives alone.)
 */
function adjectivesShareNoun(items: readonly string[]): string[] {
  if (items.length < 2) return [...items];
  const last = /^(\p{Ll}+(?:al|ic))(?:\s+and\s+(\p{Ll}+(?:al|ic)))?\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)$/u.exec(items.at(-1)!);
  const before = items.slice(0, -1);
  if (!last || before.length + (last[2] ? 2 : 1) < 3 || !before.every((x) => BARE_ADJECTIVE.test(x) && !nounLikeAdjective(x)) || nounLikeAdjective(last[1]!))
    return [...items];
  const noun = last[3]!;
  return [...before, last[1]!, ...(last[2] ? [last[2]] : [])].map((adjective) => `${adjective} ${noun}`);
}

/** The kind a document's word names ("protocol", "MoU"), or undefined when it names none. */
export function kindOfWord(word: string): AgreementKindT | undefined {
  return kindTables().kindOfForm.get(word.toLowerCase());
}

// An item's description in brackets inside a list of areas: "four agreements on transport (a framework for …),
// social security (with the aim of …), cybersecurity and national parks". Long enough to be a phrase, in small
// letters, and followed by the list's next comma or "and".
const LIST_ASIDE = /\((?=\s*(?:\p{Ll}|with\b|a\b|an\b|the\b))[^()]{15,240}\)(?=\s*(?:[,;]|and\b))/gu;

/** The text with the bracketed asides of a list after `from` blanked out (same length: offsets hold). */
function withoutAsides(text: string, from: number): string {
  const rest = text.slice(from);
  if (!rest.includes('(')) return text;
  return text.slice(0, from) + rest.replace(LIST_ASIDE, (m) => ' '.repeat(m.length));
}

/** Two items or more follow, separated by semicolons, the next one with no kind word of its own ("; Vietnam-Laos Cooperation in …"). */
function semicolonItemsBare(rest: string): boolean {
  const sentence = rest.split(/[.!?](?=\s|$)/)[0]!;
  const next = sentence.indexOf(';');
  if (next < 0 || sentence.indexOf(';', next + 1) < 0) return false;
  const item = sentence.slice(next + 1).trimStart();
  return !/^(?:and\s+)?(?:the|a|an)\s/i.test(item) && !kindTables().index.at(words(item), 0);
}
const LIST_OPENS = /^\s+(?:(?:signed|concluded|adopted|exchanged)\s+)?(?:were|are|include[sd]?|including|was)\s*:?\s+(?:an?|the)\s+$/i;

/** Whether the form at words i…last is what a verb signs, and the end of its name (see KindEntry.signedOnly). */
function signedHere(text: string, ws: readonly Word[], i: number, last: number): boolean {
  const first = modifiersBefore(text, ws, i).first;
  return SIGNED_OBJECT.test(text.slice(Math.max(0, ws[first]!.start - 40), ws[first]!.start)) && !inLongerTitle(ws, last);
}

const TITLE_JOINERS = new Set(['in', 'of', 'and', 'for', 'the', 'on']);

/**
 * Whether the words after `last` carry the name on to a kind of its own ("the Enhanced Partnership and Cooperation
 * Agreement", "the Strategic Partnership in the 21st Century agreement"): capitalised words, numbers and the small words
 * of titles, up to a kind word.
 */
function inLongerTitle(ws: readonly Word[], last: number): boolean {
  for (let j = last + 1; j < Math.min(ws.length, last + 8); j++) {
    if (kindTables().index.at(ws, j)) return true;
    if (!ws[j]!.capitalised && !/^\d/.test(ws[j]!.key) && !TITLE_JOINERS.has(ws[j]!.key)) return false;
  }
  return false;
}

// An article or a place opens no field: "cooperation in the region and the world".
const NOT_A_FIELD = String.raw`(?:the|a|an|their|its|our|both|this|that|region|world)\b`;
// The fields a plural lists right after it: "in the medical, agricultural and cultural spheres", "covering fields such as",
// "in the fields of".
// (… or the cooperation in two fields or more they serve: "documents on bilateral cooperation in industrial investment,
// trade, digital economy and …".)
const FIELDS_LISTED_AFTER = new RegExp(
  String.raw`^\s+(?:on\s+(?:(?:bilateral|mutual|practical)\s+)?cooperation\s+in\s+(?:the\s+(?:fields?|areas?|spheres?|sectors?)\s+of\s+)?(?!${NOT_A_FIELD})[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}(?:\s*,\s*(?!${NOT_A_FIELD})[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})*\s*,?\s+and\s+(?!${NOT_A_FIELD})[\p{Ll}-]+|(?:in|on|covering|across)\s+(?:the\s+)?(?:(?:fields|areas|spheres|sectors|domains)\s+(?:of|such\s+as|including)\b|[\p{Ll}-]+(?:\s*,\s*(?:and\s+)?[\p{Ll}-]+)+(?:\s*,?\s+and\s+[\p{Ll}-]+)?\s+(?:fields|areas|spheres|sectors|domains)\b|[\p{Ll}-]+\s+and\s+[\p{Ll}-]+\s+(?:fields|areas|spheres|sectors|domains)\b))`,
  'u',
);

/** Every document the sentence mentions by kind, with its titles. */
export function documentMentions(text: string, ws: readonly Word[], listItem: boolean): DocumentMention[] {
  const out: DocumentMention[] = [];
  const kinds = kindTables().index;
  // (The forms that are kinds only as what is signed join the others where they are; most sentences have none.)
  const signed = kindTables()
    .signedIndex.all(ws)
    .filter((h) => signedHere(text, ws, h.index, h.index + h.length - 1));
  const hits = signed.length ? [...kinds.all(ws), ...signed].sort((x, y) => x.index - y.index) : kinds.all(ws);
  // A list item that opens with "understanding" is a memorandum of understanding ("; understanding in energy ;").
  if (listItem && ws[0]?.key === 'understanding' && !hits.some((h) => h.index === 0)) {
    hits.unshift({ value: { kind: 'memorandum', singular: 'memorandum of understanding', plural: false, named: false }, length: 1, index: 0 });
  }
  for (const { value: entry, index: i, length } of hits) {
    const last = i + length - 1;
    if (entry.capitalisedOnly && !ws.slice(i, last + 1).every((w) => w.capitalised)) continue;
    if (entry.listingOnly && !FIELDS_LISTED_AFTER.test(text.slice(ws[last]!.end, ws[last]!.end + 200))) continue;
    // "a Comprehensive Economic Partnership Agreement (CEPA)": an abbreviation in brackets names the document before it.
    // (… also with the pair's initials joined to it: "(CP–CEPA)".)
    if (kindTables().standsFor.has(entry.singular) && /\(\s*(?:[\p{L}\d]{1,6}[-–])?$/u.test(text.slice(Math.max(0, ws[i]!.start - 10), ws[i]!.start))) continue;
    // "framework agreement", "Comprehensive Partnership Agreement": a kind word naming the next kind.
    const next = ws[last + 1];
    // (Not the verb "deal with": "The signed memoranda deal with customs".)
    const nextKind = next && /^\s+$/.test(text.slice(ws[last]!.end, next.start)) ? kinds.at(ws, last + 1) : null;
    if (nextKind && !(nextKind.value.singular === 'deal' && ['with', 'of'].includes(ws[last + 2]?.key ?? ''))) continue;
    // "the Kingdom's Vision 2030": a state's own plan named by its year, no document between states (not "the India-Bangladesh
    // Joint Vision 2030 for a Shared Future").
    if (entry.singular === 'vision' && /^(?:19|20)\d\d$/.test(next?.text ?? '') && /['’]s?\s+$/.test(text.slice(Math.max(0, ws[i]!.start - 4), ws[i]!.start)))
      continue;
    // "within the framework of the UN": a phrase, not a document.
    if (entry.singular === 'framework' && next?.key === 'of') continue;
    // "further solidifying the framework for bilateral engagement": the frame of relations a verb strengthens, no document.
    if (entry.singular === 'framework' && STRENGTHENED_BEFORE.test(text.slice(Math.max(0, ws[i]!.start - 40), ws[i]!.start))) continue;
    // "a solid basis for the development of cooperation programs in the field of …": documents a signed one will lead to,
    // in the plural, none of them named or signed.
    if (entry.plural && DEVELOPMENT_OF_BEFORE.test(text.slice(Math.max(0, ws[i]!.start - 60), ws[i]!.start))) continue;
    // "to deal with", "a great deal of": the verb and the quantity, no document.
    // (Nor firms' deals: "companies signed deals in sectors including energy".)
    // (… but "signed multiple cooperation deals with his counterpart": deals a signing verb governs are documents.)
    if (
      entry.singular === 'deal' &&
      (next?.key === 'of' ||
        (next?.key === 'with' && !DEALS_SIGNED_BEFORE.test(text.slice(Math.max(0, ws[i]!.start - 60), ws[i]!.start))) ||
        ['to', 'great', 'good', 'big', 'new'].includes(ws[i - 1]?.key ?? '') ||
        /\b(?:companies|firms|enterprises|businesses|businessmen|corporations)\b[^.;]{0,60}$/i.test(text.slice(0, ws[i]!.start)) ||
        /^\s+(?:(?:was|were)\s+)?(?:(?:signed|inked|concluded)\s+)?between\s[^.;]{0,60}\b(?:company|holding|bank|firm|corporation|group|fund)\b/i.test(
          text.slice(ws[last]!.end),
        ))
    )
      continue;
    // ("… in the field of sports Memorandum of Understanding between …": a title in capitals takes no word of the document
    // before it, whose subject ends where it begins.)
    const previousEnd = out.at(-1)?.end ?? 0;
    const floor = ws[i]!.capitalised && previousEnd > 0 && previousEnd <= ws[i]!.start ? ws.findIndex((w) => w.start >= previousEnd) : 0;
    const mods = modifiersBefore(text, ws, i, Math.max(0, floor));
    // "under the Annual Leaders' Consultation framework": the framework of a meeting format is no document.
    if (entry.singular === 'framework' && i > 0 && MEETING_FORMAT.test(ws[i - 1]!.key)) continue;
    // (… nor the framework meetings are held under: "the Working Group meetings under the IRIGC-TEC framework".)
    if (entry.singular === 'framework' && MEETINGS_UNDER.test(text.slice(Math.max(0, ws[mods.first]!.start - 80), ws[mods.first]!.start))) continue;
    if (COMMERCIAL.test(mods.title) || (i > 0 && COMMERCIAL.test(ws[i - 1]!.text))) continue;
    // "signing investment pacts worth $30 billion with Korean firms": deals with companies, no documents between states.
    if (WITH_FIRMS.test(text.slice(ws[last]!.end, ws[last]!.end + 80))) continue;
    // "The investment and trade agreements totaling US $451 million have been signed": deals counted by their value are
    // contracts, no documents between states.
    if (entry.plural && VALUED_AFTER.test(text.slice(ws[last]!.end, ws[last]!.end + 40))) continue;
    // (… also with the projects they are on between: "agreements on industrial, trade and investment projects worth more than
    // $9 billion were reached at the business events".)
    if (entry.plural && PROJECTS_VALUED_AFTER.test(text.slice(ws[last]!.end, ws[last]!.end + 140))) continue;
    // ("$30 billion trade agreements signed": deals counted by their value before them, too.)
    if (entry.plural && VALUED_BEFORE.test(text.slice(Math.max(0, ws[mods.first]!.start - 30), ws[mods.first]!.start))) continue;
    // "the Declaration of Peace and Friendship agreement signed in July 2018": a lower-case kind word
    // right after another document's title names that document again (not "… of the Agreement between …").
    const previous = out.at(-1);
    const againAfter =
      previous !== undefined &&
      previous.titles.length > 0 &&
      !previous.plural &&
      !ws[i]!.capitalised &&
      previous.kindEnd <= ws[mods.first]!.start &&
      previous.end > ws[mods.first]!.start &&
      /^\s+$/.test(text.slice(ws[i - 1]!.end, ws[i]!.start));
    if (againAfter) {
      out[out.length - 1] = { ...previous, end: Math.max(previous.end, ws[last]!.end) };
      continue;
    }
    const kindText = text.slice(ws[i]!.start, ws[last]!.end);
    // A list line is one document's title to its end: its words need not run on in capitals.
    // "seven Memorandum of Understanding (MoUs) on …": a singular kind after a count is a plural.
    // … and "Other MOU’s covered …": an abbreviation's plural written with an apostrophe (words() cut it as a possessive).
    const apostrophePlural = /^[A-Z][A-Za-z]*[A-Z]$/.test(kindText) && /^['’]s\b/.test(text.slice(ws[last]!.end));
    // (… or one coordinated with a plural kind: "memoranda of understanding and agreement on A, B and C".)
    const afterPlural = previous !== undefined && previous.plural && /^\s+and\s+$/i.test(text.slice(previous.kindEnd, ws[i]!.start));
    // (… or a list of three subjects or more closed by "among others": "struck a deal on A, B, C and D, among others".)
    const amongOthers = !entry.plural && AMONG_OTHERS.test(text.slice(ws[i]!.end, ws[i]!.end + 400));
    // (… or the first of a semicolon list that a plural before it heads: "Among the agreements signed were an agreement on A;
    // B; C; and D".)
    const headsList =
      !entry.plural &&
      previous !== undefined &&
      previous.plural &&
      previous.titles.length === 0 &&
      previous.kind === entry.kind &&
      LIST_OPENS.test(text.slice(previous.kindEnd, ws[i]!.start)) &&
      semicolonItemsBare(text.slice(ws[last]!.end));
    // (… or a singular kind before the fields it counts: "signed memorandum of understanding in seven specific areas: A, B, …".)
    // (… and the count of a plural this one is joined to: "56 agreements and memorandums of understanding".)
    const count = mods.count ?? (afterPlural ? previous.count : null) ?? (entry.plural ? null : fieldsCounted(text.slice(ws[last]!.end, ws[last]!.end + 60)));
    const plural = entry.plural || apostrophePlural || (count !== null && count >= 2) || afterPlural || amongOthers || headsList;
    // (Also "Other MOU's covered …", "These agreements …": a determiner opening the sentence.)
    // … or the areas they cover are the sentence's subject: "Sectors covered in the MoUs include A, B and C".
    const before = text.slice(0, ws[mods.first]!.start);
    // (Not a document named in capitals: "The Comprehensive Partnership Agreement includes A, B and C" tells what it
    // holds; its name is already given.)
    const namedInCapitals = !plural && mods.capitalised && mods.title !== '';
    const opensSentence =
      !namedInCapitals && (/^\s*(?:the|these|those|other|the\s+other|all|both|all\s+the)\s+$/i.test(before) || AREAS_COVERED_IN.test(before));
    const read = subjectAfter(
      plural ? withoutAsides(text, ws[last]!.end) : text,
      ws[last]!.end + (apostrophePlural ? 2 : 0),
      plural,
      ws[i]!.capitalised && !(listItem && i <= 2),
      opensSentence,
      count,
    );
    // ("an 82-point joint declaration outlining the multiple areas in which …": areas it does not name are no subject.)
    // ("The two sides agreed in a joint declaration to strengthen trade": what the sides agreed, not the document's name.)
    const vague = read.subject !== '' && (UNNAMED_AREAS.test(read.subject) || (AGREED_IN_BEFORE.test(before.slice(-80)) && /^to\s+\p{Ll}/u.test(read.subject)));
    // ("a new security agreement to provide Ukraine with the assurances it needs": a kind its subject word names already;
    // the purpose after it says why it was signed.)
    const why =
      !plural && !mods.capitalised && mods.title !== '' && /^to\s+\p{Ll}/u.test(read.subject) && kindTables().subjectPhrases.has(mods.title.toLowerCase());
    const { subject, end, status } = vague || why ? { ...read, subject: '' } : read;
    // "The agreements cover matters concerning A, B and C": documents the text counted before, told in brief.
    const summary = plural && count === null && /^\s*(?:the|these|those|all\s+the)\s+$/i.test(before) && SUMMARY_VERB.test(text.slice(ws[last]!.end));
    const kindWord = kindTables().standsFor.get(entry.singular) ?? (entry.plural ? singularOf(entry) : kindText);
    // ("an agreement agreement on food safety": a word doubled by a slip of the page is one.)
    const base = [mods.title, kindWord]
      .filter(Boolean)
      .join(' ')
      .replace(/\b(\p{L}+)\s+\1\b/giu, '$1');
    let titles: string[];
    let areas: string[] = [];
    if (plural) {
      // (Names sharing the kind's words, and a list in capitals before the plural: looked for only with no subject after it.)
      const shared = !subject && mods.capitalised ? sharedTitleNames(mods.title, kindText) : [];
      const listed = subject ? [] : listedBefore(text.slice(0, ws[i]!.start));
      // "signing visa exemption agreements": uncounted documents named by a subject before the kind are one entry.
      if (!subject && count === null && kindTables().subjectPhrases.has(mods.title.toLowerCase())) titles = [base];
      // "signed defence and energy agreements", "Transit trade and port utilization agreements": subjects joined before a
      // plural kind, one document each (as "agreements on defence and energy").
      else if (!subject && !mods.capitalised && subjectsBefore(mods.title, count).length >= 2)
        titles = subjectsBefore(mods.title, count).map((item) => `${kindWord} on ${item}`);
      // "the signing of Scientific and Migratory Cooperation Agreements": two names in capitals sharing the words after
      // them, one document each ("Scientific Cooperation Agreement", "Migratory Cooperation Agreement").
      else if (shared.length === 2) titles = shared;
      // "Youth Empowerment, Space Cooperation, and Housing, Construction and Urban Development are the other agreements":
      // subjects in capitals listed before the plural they are, one document each.
      else if (listed.length >= 2) titles = listed.map((item) => `${kindWord} on ${item}`);
      // "several memoranda (MoUs) between the two countries": who signed them names no subject.
      // (… nor the bodies they were reached with: "Agreements were also reached with A Bank, B Bank and C Fund on loans".)
      else if (!subject || /^(?:between|with)\s/i.test(subject)) titles = [];
      else {
        const { prefix, items } = splitSubjects(withoutTrailingStates(subject), count);
        // "13 agreements in the areas of education, justice and health": areas, not one document each
        // (extractAgreements takes them only when the text names no document of that kind elsewhere),
        // and so are areas given as examples ("six MoUs in several fields, including A, B and C").
        const named = items.map((item) => `${base} ${prefix} ${item}`);
        // (… also the areas an uncounted plural names in passing, "signed various agreements and MoUs for cooperation
        // in the areas of trade, culture and tourism", "major agreements in space, education and energy": when the
        // page itemises its documents, these are the same documents told in brief.)
        if ((count !== null && count !== items.length) || (count === null && (IN_AREAS.test(subject) || summary))) [titles, areas] = [[], named];
        else titles = named;
      }
    } else {
      // Named by a subject, by words before the kind, or by a kind that names itself ("the joint statement").
      // Its length is no subject: "a joint declaration of nine articles".
      const own =
        /^of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\s+(?:articles|points|paragraphs|pages|clauses|sections)\b/i.test(
          subject,
        )
          ? ''
          : subject;
      // (… or a capitalised kind a signing verb introduces as new: "the Foreign Ministers signed a Communique which …".)
      // (Only a kind that names one document by itself, a communiqué or a declaration: "signed an Agreement" names none.)
      // (… also a communiqué in lower case, which names one document wherever it is signed: "Holness signed a communiqué with …".)
      const introduced =
        (/^\p{Lu}/u.test(kindText) || /^communiqu[eé]$/i.test(kindText)) &&
        SIGNED_A.test(before) &&
        (entry.kind === 'joint_statement' || entry.kind === 'declaration');
      // (… or one the text describes, if vaguely: "signed a memorandum of understanding covering the various sectors in which
      // …" is a document, named by its kind alone.)
      const named = own !== '' || mods.title !== '' || entry.named || introduced || (listItem && i === 0) || vague;
      // (A title quoted from its first word ends where its quotation closes: "a ‘Vision for … Partnership’ between A and B".)
      const full = `${base}${own ? ` ${own}` : ''}`.replace(/\s+/g, ' ').trim();
      // (… also in straight single quotes: "signed a 'General Agreement for Cooperation on Army Ground Equipment' and …".)
      const quoted = /(?:[‘“]|(?:^|\s)')\s*$/u.test(text.slice(Math.max(0, ws[mods.first]!.start - 2), ws[mods.first]!.start));
      // (A straight quote closes only before punctuation or a small word: "the Workers' Social Security Rights'" has a possessive first.)
      const closed = quoted ? full.replace(/^([^‘“’”]*?)(?:[’”](?=[\s.,;]|$)|'(?=[.,;:)]|$|\s+\p{Ll}))(?:[\s.,;:)]|$).*$/u, '$1') : full;
      titles = named ? [withoutSigners(withoutTrailingBodies(withoutBothSides(closed)))] : [];
    }
    out.push({
      kind: entry.kind,
      titles,
      areas,
      plural,
      count,
      capitalised: mods.capitalised || /^\p{Lu}/u.test(kindText),
      start: ws[mods.first]!.start,
      end: Math.max(end, ws[last]!.end),
      kindStart: ws[i]!.start,
      kindWord: base,
      kindEnd: ws[last]!.end,
      status,
      ...(summary && areas.length ? { summary: true } : {}),
    });
  }
  // "the Joint India-Bangladesh Statement", "the joint Russian-Indian Statement": the sides' names between the
  // kind's two words.
  for (const m of text.matchAll(JOINT_BY_SIDES)) {
    const start = m.index,
      end = m.index + m[0].length;
    if (out.some((o) => o.start < end && o.end > start)) continue;
    const kind: AgreementKindT = /^declaration$/i.test(m[2]!) ? 'declaration' : 'joint_statement';
    out.push({
      kind,
      titles: [m[0]],
      areas: [],
      plural: false,
      count: null,
      capitalised: true,
      start,
      end,
      kindStart: start,
      kindEnd: end,
      kindWord: m[0],
      status: null,
    });
  }
  // "four documents between Ukraine and India, covering the medical field, agricultural cooperation, humanitarian relations,
  // and culture": documents counted, then as many subjects, one document each (a count the list does not match, or no
  // count, names none: "a number of documents on cooperation in …").
  // (Read only where the word stands: most sentences name no documents.)
  for (const m of /documents/i.test(text) ? text.matchAll(COUNTED_DOCUMENTS) : []) {
    const count = Number(m[1]) || numberWords().cardinals.get(m[1]!.toLowerCase());
    // ("reached an agreement on four documents": the agreement reached is those documents.)
    const onThem = out.findIndex((o) => o.titles.some((t) => /\bdocuments\b/i.test(t)) && o.start < m.index + m[0].length && o.end > m.index);
    if (count && onThem >= 0) out.splice(onThem, 1);
    if (!count || out.some((o) => o.start < m.index + m[0].length && o.end > m.index)) continue;
    const { items } = splitSubjects(m[2]!.replace(/,?\s+(?:said|says|the)\b.*$/i, ''), count);
    if (items.length !== count) continue;
    const start = m.index,
      end = m.index + m[0].length;
    out.push({
      kind: 'other',
      titles: items.map((item) => `document on ${item}`),
      areas: [],
      plural: true,
      count,
      capitalised: false,
      start,
      end,
      kindStart: start,
      kindEnd: end,
      kindWord: 'document',
      status: null,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const COUNTED_DOCUMENTS =
  /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:bilateral|cooperation|intergovernmental|important|new|key)\s+)?documents\b(?:\s+between\s+[^,.;]{3,60}?)?,?\s+(?:covering|concerning|in\s+the\s+(?:fields|areas|spheres|sectors)\s+of)\s+([^.;“”"]+)/giu;
const JOINT_BY_SIDES = /\b[Jj]oint\s+(\p{Lu}[\p{L}.]*(?:[-–]\p{Lu}[\p{L}.]*)+)\s+([Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[eé])(?![\p{L}\d])/gu;
