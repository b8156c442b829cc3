// Named documents → agreements. A document is named when its kind word carries a subject or a
// title (document-mentions.ts); plural kinds name one document per listed subject, and bundles that
// name none ("a number of documents were signed") are not agreements. Status from the words around
// each mention, or from a list's header ("The following documents were signed:", "seven memoranda
// were signed. They include …"); one document mentioned several times is one agreement, with the
// most advanced status. Documents signed (or to be signed) at the encounter the text reports take
// its date: the day of signing when the text gives it, else the encounter's first day.
import type { AgreementKindT, AgreementStatusT, AgreementT } from '../facts/schema.js';
import { perLexicons } from '../lexicon/active.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { numberOf } from '../recognise/number-words.js';
import type { DateMention } from '../recognise/dates.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import { lookupForm } from '../recognise/gazetteer.js';
import { partiesFor, type DocumentContext } from './context.js';
import { documentMentions, isFieldPair, kindOfWord, tidiedTitle, type DocumentMention } from './document-mentions.js';
import { subjectWords, titleSimilarity, TitleWordIndex } from '../names/titles.js';
import { evidenceList } from './evidence.js';
import { LEG_BEFORE } from './encounter-splits.js';
import { insideQuotation } from './quotation.js';
import { earliest } from '../indexing.js';
import { addDays, monthYearsBySentence, resolveDate, THAT_OCCASION } from './resolve-date.js';
import { namesState } from '../recognise/countries.js';
import { blocPattern } from '../recognise/trade-blocs.js';
import { eventCues } from './event-cues.js';

// A past gathering whose purpose the status's "to sign" tells: "joined officials to sign", "gathered in Lima to sign".
const GATHERED_TO = /\b(?:joined|gathered|assembled|came\s+together|convened)\b[^.;,]{0,50}$/i;
// Adverbs a status's verb may carry after "to" or "will": "agreed to soon formally adopt", "will also sign".
const ADVERBS = String.raw`(?:(?:soon|also|jointly|further|then|shortly|officially|formally|duly)\s+){0,2}`;
const ADVERBS_AFTER = new RegExp(String.raw`\b(to|will)\s+${ADVERBS}`, 'g');
const ADVERB_AFTER_TO = /\b(?:to|will)\s+(?:soon|also|jointly|further|then|shortly|officially|formally|duly)\s/i;
// The status words, longest first (data/agreement-status.tsv), and the status each gives.
const statusWords = perLexicons((lex) => {
  const rows = [...lex.agreementStatus].sort((a, b) => b.form.length - a.form.length);
  return {
    pattern: new RegExp(`\\b(${rows.map((r) => escapeRegExp(r.form)).join('|')})\\b`, 'gi'),
    // (… with adverbs after "to" or "will": "agreed to soon formally adopt", "will also sign"; read only where such an
    // adverb stands, the plain pattern being the cheaper one.)
    withAdverbs: new RegExp(`\\b(${rows.map((r) => escapeRegExp(r.form).replace(/\b(to|will) /g, `$1 ${ADVERBS}`)).join('|')})\\b`, 'gi'),
    statusOf: new Map(rows.map((r) => [r.form.toLowerCase(), r.status])),
    /** The words that say a document is in force, not only that something is done under it ("under the", FRAMING). */
    forceStated: new RegExp(
      `\\b(?:${rows
        .filter((r) => r.status === 'in_force' && !FRAMING.test(r.form))
        .map((r) => escapeRegExp(r.form))
        .join('|')})\\b`,
      'i',
    ),
  };
});
// Between a document and an apposition that describes it: ", the first ever major bilateral ", ", a landmark ".
// (… also after the document's abbreviation: "the … Agreement (ICA–CEPA), a landmark free trade deal".)
const APPOSITION = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,5}$/u;
const STATUS_RANK: Record<AgreementStatusT, number> = { planned: 0, signed: 1, in_force: 2 };
// A list item's number, in figures or small roman numerals: "2)", "ii.".
const LIST_NUMBER = String.raw`(?:\d{1,2}|(?<!\p{L})[ivx]{1,4})[.)]`;
// What stands before a document that opens a list item: nothing but a bullet or the item's number, an article,
// or the semicolon closing the previous item.
// … or an ordinal that counts it: "-The fourth is a memorandum on …".
const ITEM_OPENING = new RegExp(
  String.raw`(?:^|;)[^\p{L}\p{N};]*(?:${LIST_NUMBER}[^\p{L}\p{N};]*)?(?:the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:one\s+)?(?:is|was)\s+)?(?:(?:a|an|the|another)\s+)?$`,
  'iu',
);
// A list line: a bullet or number before the item ("- MoU on …", "-the Plan for …", "2) Protocol …"), or a line closed by a semicolon.
const LIST_BULLET = new RegExp(String.raw`^\s*(?:[-–—•*·▪]\s*|${LIST_NUMBER}\s+)`, 'u');
// "- Medical Products Regulation: Cooperation between …": a list line opening with a capitalised label and a colon.
const LABELLED_ITEM = /^\s*[-–—•*·▪]\s*(\p{Lu}[^:.;]{2,60}?)\s*:/u;
// (Not a sentence opened by a pronoun, as a page cut off after the list goes on: "They also welcomed the launch of the …".)
const UNMARKED_LINE = /^\s*(?!(?:They|We|He|She|It|I|There)\s)\p{Lu}[^.!?:;]*$/u;
// (… or numbered in small roman numerals: "ii. MoU on Cooperation in …".)
const LIST_ITEM = new RegExp(String.raw`^\s*(?:[-–—•*·▪](?:\s+|(?=[A-Za-z\u00C0-\u024F\u0400-\u04FF]))|${LIST_NUMBER}\s+)|;\s*$|^\s*;`, 'u');
// A statement is a document once the text quotes it or says it was issued: "the joint statement said".
const ISSUED = /^\s*(?:had\s+|has\s+)?(?:said|says|stated|states|noted|notes|reads|read|underlined|stressed|emphasi[sz]ed)\b/i;
const ISSUED_BY_ONE =
  /^\s*,?\s*(?:was\s+)?(?:issued|released|published)\s+by\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|and|of|for)\s+){0,5}(?:Ministry|Office|Presidency|Embassy|Government|Department|Division|Directorate|Bureau|Spokes(?:man|person|woman)|Press)\b/u;
const ACCORDING_TO = /\baccording\s+to\s+(?:the\s+|a\s+)?$/i;
// A list continues in the next sentences: "They include …", "The first concerns …", "Among them …".
// … also when the documents are named again on the way: "These agreements include:", "The Memoranda of
// Understanding (MoU) include …", "The five cooperation agreements are …", "The MoUs signed are:",
// "The agreements, signed at a ceremony in Riyadh, include …".
// (… also one item: "Among them was a new agreement on tied aid"; and "Among them stand out …", "Notable among them are …".)
// (… also documents still to come: "Other agreements due to be signed on Thursday include cooperation on A, B and C".)
// (… also "The cooperation includes A, B and C", "There are also agreements for cooperation in D and E", "There is
// also an agreement regarding E".)
// (… also the list before its plural: "A, B, and C are the other agreements".)
const CONTINUES =
  /^[^;]{3,400}?\s(?:are|were)\s+(?:also\s+)?(?:among\s+)?(?:the\s+)?(?:other|remaining|further)\s+(?:documents|agreements|memoranda|memorandums|mous|accords|protocols)(?:\s+signed)?\s*[.!]?\s*$|^\s*(?:the\s+)?cooperation\s+(?:includes|covers|spans)\b|^\s*there\s+(?:are|were)\s+(?:also\s+)?(?:agreements|memoranda|memorandums|mous|documents|protocols)\b|^\s*there\s+(?:is|was)\s+also\s+(?:an?\s+)?(?:agreement|memorandum|mou|protocol|document)\b|^\s*(?:the\s+)?(?:sectors|areas|fields|issues)\s+(?:covered|addressed)\s+(?:in|by)\s+the\s+(?:documents|agreements|memoranda|memorandums|mous|accords|deals)\s+(?:include|are)\b|^\s*(?:they|these|those|(?:notable\s+|noteworthy\s+|prominent\s+)?among (?:them|these|the documents)|(?:the|these|those|all|other)\s+(?:[\w-]+\s+){0,3}?(?:documents?|agreements|memorand(?:a|ums)|mous|instruments|accords|protocols|treaties|deals|pacts)(?:\s+of\s+understanding)?(?:\s*\([^)]{1,20}\))?(?:\s+and\s+(?:agreements|memoranda|memorandums|mous|documents|protocols))?(?:\s+(?:signed|exchanged|concluded)|,\s+(?:signed|exchanged|concluded)\b[^,;.]{0,80},|\s+(?:(?:due|expected|set|scheduled)\s+)?to\s+be\s+signed(?:\s+(?:on|at|during|in)\s+[^,;.]{1,40}?)?)?)\s+(?:also\s+)?(?:include|included|includes|including|cover|covered|concern|are|were|is|was|stand\s+out|stands\s+out|stood\s+out)\b|^[\s\-–—•*·]*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|others?|another|last|latter|former)\b/iu;
// … and one named in capitals that holds the documents the sentence before counted: "… with the signing of 10
// agreements. The Comprehensive Partnership Agreement includes an extradition agreement, …" (read only in an open list).
const NAMED_HOLDS =
  /^\s*[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,6}(?:Agreement|Treaty|Accord|Pact|Declaration|Memorandum|Protocol|Charter)(?:\s+between\s+(?:our|the)\s+two\s+(?:countries|nations|states))?\s+(?:also\s+)?(?:includes|included|covers|covered|comprises|comprised)\b/u;
// (… also inside a quotation that opens the sentence: "“Other MoUs are on A, B and C,” said the President".)
// (Only the documents named again: a quotation's "Last summer, we announced …" is no ordinal of a list.)
const continuesList = (text: string): boolean => {
  const bare = /^[\s“"‘']+(?=(?:the\s+)?(?:other|remaining|these|those|they)\b)/i.test(text) ? text.replace(/^[\s“"‘']+/, '') : text;
  return CONTINUES.test(bare) || NAMED_HOLDS.test(bare);
};
// "They include …", "These are …": a pronoun that names no documents.
const BARE_PRONOUN =
  /^[\s“"‘']*(?:they|these|those)\s+(?!(?:[\w-]+\s+){0,3}?(?:documents?|agreements?|memorand\w*|mous?|instruments?|accords?|protocols?|treat(?:y|ies)|deals?|pacts?)\b)/i;
// "He noted that the MOUs are in the fields of …": the list goes on in reported speech.
const REPORTED_BY =
  /^\s*(?:(?:he|she|they|it|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:noted|said|added|explained|stated|announced|disclosed|revealed|told\s+\S+)\s+(?:that\s+)?)/iu;
// "One of them is related to A, and the other aims to strengthen B": the two documents a counted header announced.
// (… also told in the past: "The second concerned …".)
const ITEM_VERB = String.raw`(?:is\s+related\s+to|relates\s+to|refers\s+to|concerns|concerned|covers|covered|is\s+about|was\s+about|is\s+on|was\s+on|deals\s+with|dealt\s+with|provides\s+for|provided\s+for|focuses\s+on|focused\s+on|involves|involved|(?:aims|seeks|aimed|sought)\s+to)`;
const ONE_OF_THEM = new RegExp(
  String.raw`^\s*one\s+of\s+them\s+(?<firstVerb>${ITEM_VERB})\s+(?<first>[^.;]+?),?\s+(?:and|while)\s+the\s+other\s+(?<secondVerb>${ITEM_VERB})\s+(?<second>[^.;]+)`,
  'i',
);
// (… also with a clause between: "The second agreement, signed on 24 February 2021 in Yaoundé, concerns …".)
// (… and "The first deal signed focusses on …", "The first agreement between the two countries focused on …", "The third
// agreement was to develop …": a participle or the sides after the noun, a verb in the past, a purpose.)
// (Its subject ends where the sentence goes on to another document: "The first is on A, and a revised B was also signed".)
// (… also "One MoU was on A, while the other …": one of the documents counted, told with its kind.)
const ORDINAL_SUBJECT =
  /^[\s\-–—•*·]*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|other|another|last|latter|one(?=\s+(?:document|memorandum|agreement|protocol|mou|deal)\b))(?:\s+and\s+(?:final|last))?(?:\s+(?<kind>one|document|memorandum|agreement|protocol|treaty|declaration|programme|program|accord|mou|deal|contract))?(?:\s+(?:signed|inked|concluded))?(?:\s+between\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|nations|states|governments))?(?:\s*,[^,.;]{3,80},)?\s+(?:refers\s+to|(?:is|was)\s+related\s+to|concern(?:s|ed)|cover(?:s|ed)|(?:is|was)\s+on|deal(?:s|t)\s+with|relate(?:s|d)\s+to|provide(?:s|d)\s+for|focus(?:es|ed|ses|sed)?\s+on|(?:is|was)\s+about|involve(?:s|d)|represent(?:s|ed)(?=\s+the\s+(?!(?:culmination|result|fruit|outcome|beginning|start|end|first|last|latest|next|most|best|highlight|centrepiece|centerpiece|cornerstone|crowning|peak|product)\b)\p{Ll})|address(?:es|ed)|target(?:s|ed)|pertain(?:s|ed)\s+to|promise(?:s|d)|allow(?:s|ed)|enable(?:s|d)|(?<purpose>(?:is|was)\s+to|aim(?:s|ed)\s+to|seek(?:s)?\s+to|sought\s+to))\s+(?!(?:be|have|been|hold|months|years|weeks|days|lengthy|long|delays?)\b)(?<subject>(?:(?!,\s+and\s+(?:a|an)\s)[^.;])+)/iu;
// "The first memorandum, concerning the recognition of certificates, was signed by …": the subject in apposition between
// commas, before the verb of signing (the match ends where the subject does, as ORDINAL_SUBJECT's).
const ORDINAL_APPOSED =
  /^[\s\-–—•*·]*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|other|another|last|latter)\s+(?<kind>document|memorandum|agreement|protocol|treaty|declaration|programme|program|accord|mou|deal|contract)\s*,\s*(?:concerning|regarding|covering|on|about|dealing\s+with|relating\s+to|related\s+to)\s+(?<subject>[^,;.]+?)(?=\s*,\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:also\s+)?(?:signed|exchanged|inked|concluded|initiall?ed)\b)/iu;
/** Where a list line's clause about its item begins: ", including …", ", which …", " that will …". */
const ITEM_CLAUSE =
  /(?:,\s*(?:including|which|where|whereby|facilitating|allowing|enabling|aimed|aiming|designed|intended|so\s+that|in\s+order\s+to)\b|\s+(?:that|which)\s+(?:will|would|shall|is|are|was|were|has|have|can|could|allows?|enables?|provides?|aims?|seeks?)\b).*$/is;
// Where an ordinal item's subject ends: a clause of reason, time or comment after it ("Another one was on copper
// exploration as the two nations decided to work together …").
// (… also a participle clause after a comma: "enhancing the capabilities of research institutes, emphasizing the …".)
// (… and the item's aim or term after "and": "The third agreement was on immigration matters and seeks to ease travel",
// "… and will run for five years"; or the next item: "…, and the second was on …".)
const SUBJECT_CLAUSE_END =
  /(?:(?<!\bsuch)\s+as\s+(?:the|both|they|it|he|she|we)\b|\s+and\s+(?:(?:seeks|aims|intends|is\s+(?:aimed|meant|designed|intended|expected))\s+(?:to|at)\b|(?:will|would|shall|can|could|promotes|provides|allows|enables|runs|covers)\b)|,\s+(?:and|while)\s+the\s+(?:first|second|third|fourth|fifth|other|last|latter)\b|,?\s+(?:which|while|whereas|where|so\s+that|because|after\s+the)\b|,\s+(?:emphasi[sz]ing|highlighting|stressing|underscoring|reflecting|marking)\b).*$/is;
// A sentence that announces documents: "seven memoranda were signed", "the following documents were signed:".
const BUNDLE_WORDS = new Set(['documents', 'agreements', 'memoranda', 'memorandums', 'mous', 'protocols', 'instruments', 'accords', 'pacts', 'treaties']);

interface Draft {
  title: string;
  kind: AgreementKindT;
  parties: string[];
  status: AgreementStatusT;
  date: string | null;
  /** The date is the document's own (the text states it), not the encounter's. */
  dateStated: boolean;
  capitalised: boolean;
  sentences: RecognisedSentence[];
  /** The list that named it with others ("agreements on A; B; C"): its items are as many documents. */
  list?: DocumentMention;
}

// A status denied: "was not inked", "has yet to be signed".
const NEGATED = /\b(?:not|n['’]t|never|yet\s+to\s+be|failed\s+to\s+be)\s+(?:yet\s+|been\s+)?$/i;
/** How far (in characters) a status word may stand from the mention it governs. */
const MAX_STATUS_DISTANCE = 150;
// "will sign" and "to be signed" are read whole by the status words; a bare "signed" after "will be" is planned
// … but "a ceremony was held to sign" reports a signing.
// ("The first to be signed was X" reports the order of a signing; "we were able to sign" one that happened.)
// (… also "will be exchanged during the visit", "agreed to soon sign".)
const FUTURE_SIGN =
  /(?<!\b(?:held|ceremony|gathered|met|able|managed)\s)\b(?:will|shall|to|would|can|could|may|might)\s+(?:(?:soon|also|then)\s+)?(?:be\s+)?(?:sign|signed|concluded?|adopted?|exchanged|inked|struck|sealed|clinched)\b(?!\s+(?:was|were)\b)/i;

const AWAITED =
  /\b(?:for|towards?|forward\s+to|pending|subject\s+to|await\w*|ahead\s+of|prior\s+to|ensure|facilitate|expedite|speed\s+up|complete|upon|after|once|with)\s+(?:the\s+|its\s+|their\s+)?(?:early\s+|swift\s+|speedy\s+|timely\s+|prompt\s+)?$/i;
// "visited Minsk two weeks ago to sign a protocol", "convened in Neom to sign": the purpose of a trip or meeting made, which the signing fulfilled.
// (Not "arrived on Monday and is scheduled to sign", "flew to Baghdad hoping to sign", "met and agreed to sign": still to come.)
const TRIP_TO_SIGN =
  /\b(?:visited|arrived|travell?ed|flew|came|went|met|convened|gathered)\b(?:(?!\b(?:is|are|was|were|will|would|expected|scheduled|set|due|hop\w*|plan\w*|aim\w*|intend\w*|seek\w*|want\w*|wish\w*|expect\w*|agree\w*|ask\w*|prepar\w*|decid\w*|promis\w*|pledg\w*|ready|next)\b)[^.;!?]){0,70}?\bto\s+sign$/i;
const PRINCIPALS_WILL = /\b(?:the\s+two|both)\s+(?:leaders|presidents|heads\s+of\s+state|prime\s+ministers|ministers)\s+will\b/i;
const FIRST_TO_SIGN =
  /\bthe\s+(?:first|second|third|only|latest)\s+(?:[\p{L}-]+\s+){0,4}?(?:country|state|nation|partner|leader|government)\s+(?:in\s+[^.;]{1,30}\s+)?to\s+sign$/iu;
/** A rank among signers that is already held ("was the first country to sign"), not one sought ("wants to be the first …"). */
function firstToSign(before: string): boolean {
  const first = FIRST_TO_SIGN.exec(before);
  return first !== null && !/\b(?:to|will|would|could|may|might|shall|can)\s+(?:be|become)\s+$/i.test(before.slice(0, first.index));
}
const PRAISED_BEFORE =
  /\b(?:welcomed|hailed|praised|appreciated|commended|celebrated|lauded)\s+(?:the|its|their)\s+$|\b(?:thanked|congratulated)\s+[^.;]{0,40}?\b(?:for|on)\s+(?:the|its|their)\s+$/i;
const ENCOUNTER_WORD = /\b(?:visit|talks|summit)\b/i;
const DURING_ENCOUNTER = /^\W*(?:During|In\s+the\s+course\s+of)\s+(?:the|this|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:visit|talks|summit)\b/iu;
const ANNOUNCED_SIGNING =
  /\b(?:will|shall|is to|are to|expected to|scheduled to|set to|plans? to|aim(?:s|ed)?\s+(?:to|at)|intended to|purpose|objective|agenda)\b([^.;]{0,120}?)\b(?:(?:signing|conclusion|exchange)\s+of|by\s+signing)\b(?!\s+(?:the\s+)?(?:experiences?|expertise|views|ideas|information|knowledge|best\s+practices|students|visits|delegations|talks|goods|services|products|commodities|technolog(?:y|ies)|data|personnel|people|experts|specialists|researchers|scholars)\b)/i;
// "the signing of" right before the document, then "is planned" after it in the same clause (no relative clause between).
// (… or a document coordinated with one: "the signing of the Memorandum on Energy and the Agreement on Air Services is planned".)
const SIGNING_OF_BEFORE =
  /\b(?:signing|conclusion)\s+of\s+(?:the\s+|a\s+|an\s+)?$|\b(?:signing|conclusion)\s+of\b[^.;]{0,160}\s+and\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?$/i;
// (A past plan still counts, "was planned for May, but it was postponed"; not one carried out, "which was due in 2020, finally took place".)
const PLANNED_AFTER = /^[^.;]{0,120}?\b(?:is|are|was|were)\s+(?:also\s+)?(?:planned|scheduled|expected|envisaged|foreseen|due)\b/i;
const CARRIED_OUT = /\b(?:finally|eventually)\b|\btook\s+place\b|\b(?:was|were)\s+(?:signed|concluded|inked)\b/i;
function signingPlanned(text: string, start: number, end: number): boolean {
  return SIGNING_OF_BEFORE.test(text.slice(Math.max(0, start - 200), start)) && PLANNED_AFTER.test(text.slice(end)) && !CARRIED_OUT.test(text.slice(end));
}
const AFTER_SIGNING_OF = /\b(?:after|once|upon)\s+(?:the\s+)?(?:signing|conclusion)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;
// The cooperation a bundle of documents was signed to further: "signed to enhance cooperation on A, B and C".
const BUNDLE_PURPOSE =
  /^[^.;]*?\bto\s+(?:foster|promote|boost|deepen|strengthen|enhance|expand|improve|develop)\s+(?:[\p{L}-]+\s+){0,3}?(?:cooperation|collaboration|ties|relations|partnership)\s+(?:on|in)\s/iu;
const OUTCOME_TO_COME = /\b(?:will|may|might|could|would)\s+(?:\w+\s+)?(?:reach|grow|increase|rise|double|triple|exceed|expand|boost|surge)\b/i;
const REPORTED_SIGNING = /\b(?:saw|witnessed|featured|included|culminated|ended|concluded|resulted)\b/i;

// ", signed on 5 May 2019, which …": a participle phrase between a document and a relative clause about it.
const PARTICIPLE_BETWEEN = /^\s*,\s*(?:signed|concluded|adopted|inked|ratified)\b[^,;]{0,40},\s*(?:which|that)\b[^,;]{0,20}$/i;
// A title that ends in another document's name: "protocol amending the Preferential Trade Agreement".
const INNER_DOCUMENT_END =
  /\b(?:agreement|treaty|convention|memorandum|protocol|charter|accord|programme|program|declaration)\b.*\s(?:agreement|treaty|convention|memorandum|protocol|charter|accord)$/i;
// A signing verb's own object, counted: "signed several accords", "inked 12 new agreements".
const COUNTED_DOCUMENTS = String.raw`(?:several|a\s+number\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|many|various|other|new)\s+(?:[\p{L}-]+\s+)?(?:agreements|accords|deals|memorand\w*|MoUs|documents|protocols|treaties|contracts)\b`;
const OWN_DOCUMENT_OBJECT = new RegExp(String.raw`^\s+${COUNTED_DOCUMENTS}`, 'iu');
// A signing in the sentence of the document itself, not of the talks or of documents of its own.
const SIGNS_THIS = new RegExp(String.raw`\b(?:signed|inked|concluded)\b(?!\s+(?:the\s+|their\s+)?(?:negotiations|talks)\b)(?!\s+${COUNTED_DOCUMENTS})`, 'iu');
const OTHER_DOCUMENT_NOUN = /\b(?:deal|agreement|accord|treaty|pact|memorandum|protocol|convention)s?\b/i;
const FRAMING = /^(?:within\s+the\s+framework\s+of|in\s+accordance\s+with|under\s+the)$/i;

/** The status the words around a mention give it, the governing verb first, within its clause. */
// Between "reached" and the document it reached: the other side, an article or a count, and a few words that describe it
// ("“win-win” cooperation", "5-billion-dollar swap"), with no figure, stop or preposition of another clause.
const REACHED_OBJECT =
  /^\s+(?:with\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)?(?:(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|new)\s+)?(?:(?:["“][^"”]{1,30}["”]|\d+(?:\.\d+)?-[\p{L}-]+|(?!(?:after|since|under|following|before|with|of|in|on|for|by|to|as|and|but|such)\b)[\p{L}'’-]+)\s+){0,4}$/iu;

// Between "agreed on" and the documents agreed: a count ("agreed on four documents").
const COUNTED_OBJECT = /^\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|a\s+number\s+of)\s+$/i;

/**
 * How much of a very long sentence around a mention its status is read from. A sentence of ordinary length is read
 * whole; a run of text with no full stop (a page of junk, a list of hundreds) is read around each mention only, so its
 * many mentions cost no more each than a sentence's.
 */
const STATUS_WINDOW = 600;

const PLAN_BEFORE_SIGN =
  /\b(?:will|would|shall|(?:is|are|was|were)\s+(?:scheduled|expected|set|due|slated|planned|going)\s+to|plans?\s+to|intends?\s+to)\b[^.;]*$/i;
const SIGNING_SOUGHT =
  /\b(?:agreed|agree|agrees|pledged|vowed|decided|resolved)\s+to\s+(?:promote|push\s+for|speed\s+up|accelerate|expedite|facilitate|work\s+(?:towards?|on|for)|seek|pursue|advance|complete)\b[^.;]*?\b(?:and\s+)?(?:the|an?\s+early|the\s+early|the\s+prompt|the\s+soon)\s+$/i;

function statusNear(text: string, start: number, end: number, endsInDocument = false): AgreementStatusT | null {
  if (text.length <= 2 * STATUS_WINDOW) return statusIn(text, start, end, endsInDocument);
  const from = Math.max(0, start - STATUS_WINDOW);
  return statusIn(text.slice(from, Math.min(text.length, end + STATUS_WINDOW)), start - from, end - from, endsInDocument);
}

function statusIn(text: string, start: number, end: number, endsInDocument: boolean): AgreementStatusT | null {
  let best: { status: AgreementStatusT; distance: number } | null = null;
  // A semicolon or a colon closes a clause: "…; Moscow is ready to support a peace agreement" takes no verb from before it.
  const clauseStart = Math.max(text.lastIndexOf(';', start), 0);
  const nextStop = text.indexOf(';', end);
  const clauseEnd = nextStop < 0 ? text.length : nextStop;
  // Only status words within reach (MAX_STATUS_DISTANCE) are read: a long sentence is not scanned whole for each mention.
  const from = Math.max(clauseStart, start - MAX_STATUS_DISTANCE - 40);
  const { pattern, withAdverbs, statusOf } = statusWords();
  const window = text.slice(from, Math.min(text.length, clauseEnd + 40, end + MAX_STATUS_DISTANCE + 40));
  for (const found of window.matchAll(ADVERB_AFTER_TO.test(window) ? withAdverbs : pattern)) {
    const m = { index: from + found.index, 0: found[0] };
    if (m.index < clauseStart || m.index > clauseEnd) continue;
    // The governing verb usually comes first ("signed a protocol … and an agreement"); a status word after
    // the title often belongs to a clause about something else ("…, which has been in force since 2021").
    const distance = m.index >= end ? m.index - end + 30 : Math.max(0, start - (m.index + m[0].length));
    if (distance > MAX_STATUS_DISTANCE) continue;
    // "the trade agreement is a renewal of an old deal, originally signed in 1980": a status after another
    // document's noun is that document's.
    if (m.index >= end && OTHER_DOCUMENT_NOUN.test(text.slice(end, m.index))) continue;
    // (… and so is one whose own object comes right after it: "… a free trade agreement, after a meeting where they signed
    // several accords".)
    if (m.index >= end && OWN_DOCUMENT_OBJECT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // A relative clause ("…, which has been in force since 2021") speaks of the noun right before it only.
    // (Not "that" after a verb of saying: "He noted that the signing of the Agreement in 2022 boosted trade".)
    const relative =
      /\b(?:which|that)\b[^,;]{0,20}$/i.test(text.slice(Math.max(0, m.index - 25), m.index)) &&
      // (… nor after a word of expectation or report: "It is expected that A and B will sign a memorandum".)
      !/\b(?:said|says|saying|noted|notes|noting|added|adding|stated|stating|stressed|stressing|emphasi[sz]ed|underlined|recalled|explained|told\s+\S+|expected|hoped|likely|anticipated|believed|reported|confirmed|learned|learnt|understood)\s+that\b[^,;]{0,20}$/i.test(
        text.slice(Math.max(0, m.index - 45), m.index),
      );
    // (… or of the noun before a participle that describes it: "the agreement, signed on 5 May 2019, which came into effect …".)
    const described = m.index >= end && PARTICIPLE_BETWEEN.test(text.slice(end, m.index));
    // (… unless the mention is that clause's own object: "Qatar, which signed an air service agreement in 2014, is …".)
    // (Only after "which": "announced that we would sign a memorandum" reports an intention, read as it was before.)
    const objectOfClause =
      m.index < start && !/[,;]/.test(text.slice(m.index, start)) && /\bwhich\b[^,;]{0,20}$/i.test(text.slice(Math.max(0, m.index - 25), m.index));
    // (… nor one the relative clause's noun is equated with: "The two agreements that are yet to be signed are the Fisheries
    // Agreement and …".)
    // (The title's own capitals may stand before its kind word.)
    const equated =
      m.index < start && /^\s+(?:are|were|is|was)\s*:?\s*(?:the\s+|an?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,6}$/u.test(text.slice(m.index + m[0].length, start));
    if (relative && !(m.index >= end && m.index - end < 30) && !described && !objectOfClause && !equated) continue;
    // "was not inked", "has yet to be signed": a status denied.
    if (NEGATED.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "within the framework of the Programme", "under the agreement": a document in force only when the
    // phrase governs it ("Within the framework of the meeting, the programme … was signed" does not).
    if (FRAMING.test(m[0]) && !(m.index < start && start - (m.index + m[0].length) <= 12)) continue;
    // "reached" signs only the document it takes as its object: "reached (with B) a swap agreement".
    // (Not "reached (an) agreement on holding the cabinet": a plain "agreement" reached is an accord on an action, no document.)
    if (
      /^reached$/i.test(m[0]) &&
      !(m.index < start && REACHED_OBJECT.test(text.slice(m.index + m[0].length, start)) && !/^\s+(?:an?\s+)?$/i.test(text.slice(m.index + m[0].length, start)))
    )
      continue;
    // "agreed on four documents": counted documents right after it, the texts the sides settled.
    if (/^agreed\s+on$/i.test(m[0]) && !(m.index < start && COUNTED_OBJECT.test(text.slice(m.index + m[0].length, start)))) continue;
    // "a draft MoU on youth, a protocol on transport": "draft" describes the noun it stands before, no other item of a list.
    if (/^draft$/i.test(m[0]) && (m.index >= end || /[,;]|\b(?:and|or)\b/.test(text.slice(m.index + m[0].length, start)))) continue;
    // "The agreement, initialled last year, was signed in Kyiv on 3 July": an initialling before the clause's own signing or
    // entry into force is no status of the document now.
    if (/^initiall?ed$/i.test(m[0]) && /\b(?:signed|inked|entered\s+into\s+force|came\s+into\s+force|ratified)\b/i.test(text.slice(clauseStart, clauseEnd)))
      continue;
    // (A form read with adverbs is looked up without them.)
    const form = m[0].toLowerCase();
    let status = (statusOf.get(form) ?? statusOf.get(form.replace(ADVERBS_AFTER, '$1 ')))!;
    // "The ministers joined officials to formally sign agreements": the purpose of a past gathering, done at it.
    if (status === 'planned' && /^to\s/i.test(m[0]) && GATHERED_TO.test(text.slice(Math.max(clauseStart, m.index - 60), m.index))) status = 'signed';
    // "is scheduled to hold talks …, sign a cooperation agreement and attend …": the bare verb of a plan's list (a headline's
    // "A, B sign declaration" has no verb of plan before it).
    if (/^sign$/i.test(m[0]) && PLAN_BEFORE_SIGN.test(text.slice(Math.max(clauseStart, m.index - 160), m.index))) status = 'planned';
    // "agreed to promote consensus on A, and the signing of a double taxation agreement": a signing the sides set out to bring
    // about is still ahead.
    if (/^signing$/i.test(m[0]) && SIGNING_SOUGHT.test(text.slice(Math.max(0, m.index - 160), m.index))) status = 'planned';
    // "concluded negotiations on the agreement": the talks are what was concluded; the document is still to be signed.
    if (/^concluded$/i.test(m[0]) && /^\s+(?:the\s+|their\s+)?(?:negotiations|talks)\b/i.test(text.slice(m.index + m[0].length))) status = 'planned';
    // "looked forward to its early entry into force", "procedures for the entry into force of": awaited, not in force.
    if (
      /^entry\s+into\s+(?:force|effect)$/i.test(m[0]) &&
      (AWAITED.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
        /^\s*(?:is\s+|was\s+)?(?:expected|due|scheduled|planned|will|would)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)))
    )
      continue;
    // "After three years of negotiations over the Agreement, the deal was signed": the talks that led to a signing.
    // (Not "concluded negotiations for a free trade agreement": talks ended, nothing signed yet.)
    // (Nor a signing of other documents, the verb's own object: "negotiations for a free trade agreement, … during which they
    // signed several accords".)
    if (/^negotiat/i.test(m[0]) && SIGNS_THIS.test(text)) continue;
    if (status === 'planned' && /^to\s+sign$/i.test(m[0]) && TRIP_TO_SIGN.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length))) status = 'signed';
    // "the first Latin American country to sign a Free Trade Agreement with Vietnam in 2014": a rank among signers is a record of the past.
    if (status === 'planned' && /^to\s+sign$/i.test(m[0]) && firstToSign(text.slice(Math.max(0, m.index - 100), m.index + m[0].length))) status = 'signed';
    // "welcomed the early conclusion of the Agreement", "thanked the ministers for the speedy signing of": a haste praised is past.
    if (
      status === 'planned' &&
      /^(?:early|speedy|swift|timely|expeditious|quick)\s/i.test(m[0]) &&
      PRAISED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))
    )
      status = 'signed';
    // The most advanced status a clause gives wins: "signed on 5 May, which came into effect on 1 January" is in force,
    // and so is "signed the Agreement, which has since entered into force" (a relative clause right after the
    // title), unless the title ends in another document's name ("a protocol amending the Trade Agreement,
    // which has been in force since 2021": that one's status).
    const ofThis = described || !relative || (m.index >= end && m.index - end < 30 && !endsInDocument);
    if (best && best.status === 'signed' && status === 'in_force' && !FRAMING.test(m[0]) && ofThis) best = { status, distance };
    else if (best && best.status === 'in_force' && status === 'signed') continue;
    else if (!best || distance < best.distance) best = { status, distance };
  }
  if (!best) return null;
  const s = (best as { status: AgreementStatusT }).status;
  // "The visit will feature the signing of …", "is expected to see the conclusion of …", "is aimed to
  // reinforce co-operation, with highlight on the signing of …": announced, unless a past verb reports it.
  const announced = ANNOUNCED_SIGNING.exec(text);
  if (s === 'signed' && announced && !REPORTED_SIGNING.test(announced[1]!)) return 'planned';
  // "the signing of a Memorandum on … is planned": the signing of this document is what is still to come.
  if (s === 'signed' && signingPlanned(text, start, end)) return 'planned';
  // "Trade may reach $20 bln in the near future, after the signing of the agreement on gas supplies": a signing that an
  // outcome still to come waits on.
  if (s === 'signed' && AFTER_SIGNING_OF.test(text.slice(Math.max(0, start - 80), start)) && OUTCOME_TO_COME.test(text) && !CARRIED_OUT.test(text))
    return 'planned';
  if (s === 'signed' && FUTURE_SIGN.test(text)) {
    const future = FUTURE_SIGN.exec(text)!;
    if (
      Math.abs(future.index - start) < 120 &&
      !/\b(?:signed|concluded|adopted|inked)\b(?!\s+(?:by|in)\s+the\s+future)/i.test(text.replace(future[0], '')) &&
      !TRIP_TO_SIGN.test(text.slice(Math.max(0, future.index - 80), future.index + future[0].length)) &&
      !firstToSign(text.slice(Math.max(0, future.index - 100), future.index + future[0].length))
    )
      return 'planned';
  }
  return s;
}

export interface AgreementOptions {
  /** The main encounter's date and end date: documents signed during it take its date. */
  readonly eventDate: string | null;
  /** The day of the talks within a longer visit, when the text gives it. */
  readonly signingDay?: string | null;
  readonly eventEnd: string | null;
  readonly eventPlanned: boolean;
  readonly eventCountries: readonly string[];
  /** The sides of the text's other bilateral encounters that share a side with the main one (the legs of a tour, a round's meetings). */
  readonly otherSides?: ReadonlyArray<readonly string[]>;
  /** The text's dated encounters before or beside the main one, for "signed during her last visit". */
  readonly pastEncounters?: ReadonlyArray<{ readonly type: string; readonly date: string; readonly countries: readonly string[] }>;
  /** The text's other bilateral encounters, past or announced, with the sentences that report them (the stops of a tour). */
  readonly otherEncounters?: ReadonlyArray<{
    readonly sentences: readonly number[];
    readonly countries: readonly string[];
    readonly date: string | null;
    readonly end: string | null;
    readonly planned: boolean;
  }>;
  /** The states of the people each sentence names, as the people index knows them ("Ramaphosa", "his Ghanaian counterpart X"). */
  readonly statesOfPeopleIn?: (s: RecognisedSentence) => readonly string[];
}

/**
 * "signed on Friday" in a page with no date of its own: the Friday of the encounter's days when the year is known (none
 * when no day of it is a Friday), else the encounter's day ("met this Wednesday, after which … signed").
 */
function weekdayOfEncounter(stated: DateMention, atEvent: string | null, opts: AgreementOptions): string | null {
  // (A weekday's mention holds its day's number, 0 for Sunday.)
  const wanted = stated.offset;
  if (atEvent === null || !/^\d{4}-\d{2}-\d{2}$/.test(atEvent) || wanted === null) return atEvent;
  const last = opts.eventEnd && /^\d{4}-\d{2}-\d{2}$/.test(opts.eventEnd) && opts.eventEnd >= atEvent ? opts.eventEnd : atEvent;
  for (let day: string | null = atEvent; day !== null && day <= last; day = addDays(day, 1))
    if (new Date(`${day}T12:00:00Z`).getUTCDay() === wanted) return day;
  return null;
}

/** The day documents signed at the main encounter take: the day of the talks when the text gives it, else its first day. */
function signingDate(opts: AgreementOptions): string | null {
  return opts.signingDay ?? opts.eventDate;
}

/** How many sentences open a page as its lead (a headline may stand first). */
const LEAD_SIGNING_SENTENCES = 3;

/**
 * "Turkey and Albania signed seven agreements in various fields, …" leading a page published on 17 January 2022 that
 * dates no encounter: the signing is the page's news, of the year it was published (its day is not told); of the day a
 * dateline gives ("Dushanbe, 5 May 2024. Tajikistan and Kyrgyzstan signed …"), or the one day the sentence gives
 * ("… signed 15 agreements yesterday in Beijing, including an MoU on …").
 */
function leadSigningDate(
  s: RecognisedSentence,
  ctx: DocumentContext,
  opts: AgreementOptions,
  monthYears: ReadonlyMap<number, number> | undefined,
): string | null {
  if (opts.eventDate !== null || opts.eventCountries.length || s.index >= LEAD_SIGNING_SENTENCES) return null;
  // (A signing the sentence tells, not a conclusion praised or a pact struck at a time it does not give.)
  if (!/\b(?:signed|inked)\b/i.test(s.text)) return null;
  if (s.dates.length === 1) {
    const d = s.dates[0]!;
    const day = d.to === null && (d.kind === 'relative-day' || d.kind === 'weekday' || (d.kind === 'calendar' && d.from.day !== null));
    return day ? resolveDate(d, false, { ...ctx, monthYears }).date : null;
  }
  if (s.dates.length || ctx.published === null) return null;
  const anchor = ctx.anchor ?? '';
  return ctx.datelineDated && /^\d{4}-\d\d-\d\d$/.test(anchor) ? anchor : ctx.published.slice(0, 4);
}

const DAY_OF_THE_VISIT =
  /\bon\s+the\s+(first|second|third|fourth|fifth|last|final|closing)\s+day\s+of\s+(?:the|his|her|their|this|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|stay|tour)\b/iu;
const ORDINAL_DAY: Readonly<Record<string, number>> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4 };

/**
 * "On the second day of the visit, both sides joined in a signing ceremony": the day counted from the first day of the
 * visit the text dates ("from 3 to 5 August 2008": 4 August); its last day is the visit's end.
 */
function dayOfTheVisit(s: RecognisedSentence, opts: AgreementOptions): string | null {
  const m = DAY_OF_THE_VISIT.exec(s.text);
  if (!m || opts.eventDate === null || opts.eventDate.length !== 10) return null;
  const which = m[1]!.toLowerCase();
  if (which in ORDINAL_DAY) {
    const day = addDays(opts.eventDate, ORDINAL_DAY[which]!);
    return day !== null && (opts.eventEnd === null || day <= opts.eventEnd) ? day : null;
  }
  return opts.eventEnd !== null && opts.eventEnd.length === 10 ? opts.eventEnd : null;
}

/**
 * "On Monday, 3 November the President will meet with the Prime Minister. During the meeting three treaties will be
 * signed": documents to be signed at a meeting the sentence before announces for a day take that day.
 */
function meetingDayAnnounced(s: RecognisedSentence, previous: RecognisedSentence | undefined, ctx: DocumentContext): string | null {
  if (!previous || !/\b(?:during|at)\s+(?:the|this|that)\s+(?:meeting|talks)\b/i.test(s.text)) return null;
  if (!/\b(?:will|is\s+to|are\s+to|is\s+due\s+to)\s+(?:also\s+)?(?:meet|hold\s+talks)\b/i.test(previous.text)) return null;
  const days = previous.dates.filter((d) => (d.kind === 'weekday' || d.kind === 'calendar') && d.to === null && (d.kind === 'weekday' || d.from.day !== null));
  return days.length === 1 ? resolveDate(days[0]!, true, ctx).date : null;
}

// A sentence that reports talks or a meeting: "Xi held talks with him on Thursday."
const TALKS_REPORTED = /\b(?:(?:held|had)\s+(?:talks|a\s+meeting|a\s+(?:bilateral\s+)?meeting|a\s+summit)|talks\s+were\s+held)\b/i;
// "The Ministers also signed …": a signing by the signers the sentences before named.
const ANAPHORIC_SIGNERS =
  /^\W*(?:the\s+(?:two\s+)?|both\s+)(?:ministers|leaders|presidents|prime\s+ministers|sides|parties|delegations)\s+(?:also\s+)?(?:signed|inked|exchanged)\b/i;

/**
 * "Biya is paying a state visit from Thursday to Saturday … Xi held talks with him on Thursday. The two presidents
 * witnessed the signing of …": a signing reported right after talks the text dates within the main visit took place
 * on the day of those talks.
 */
function talksDayBefore(sentences: readonly RecognisedSentence[], s: RecognisedSentence, ctx: DocumentContext, opts: AgreementOptions): string | null {
  // (The sentence before, or one a little earlier in the same paragraph: "X had a meeting with Y on 7 April. Both
  // reaffirmed … Y welcomed … The Ministers also signed two memoranda".)
  // (Further back only when the signing names no occasion of its own and its signers are those just named: "The
  // Ministers also signed …", not "At the opening session, X and Y signed …".)
  const anaphoric = ANAPHORIC_SIGNERS.test(s.text);
  for (let k = 1; k <= (anaphoric ? 3 : 1); k++) {
    const previous = sentences[s.index - k];
    if (!previous || (k > 1 && previous.paragraph !== s.paragraph)) return null;
    const day = talksDayIn(previous, ctx, opts);
    if (day !== null) return day;
  }
  return null;
}

function talksDayIn(previous: RecognisedSentence, ctx: DocumentContext, opts: AgreementOptions): string | null {
  if (opts.eventDate === null || opts.eventEnd === null || opts.eventPlanned) return null;
  // (… or met a person: "Xi met him on Tuesday", not "he met Vietnamese students".)
  const met = /\bmet\s+(?:with\s+)?/i.exec(previous.text);
  const metPerson =
    met !== null &&
    (/^(?:him|her)\b/i.test(previous.text.slice(met.index + met[0].length)) ||
      previous.people.some((x) => x.start >= met.index && x.start - (met.index + met[0].length) <= 40));
  if (!TALKS_REPORTED.test(previous.text) && !metPerson) return null;
  const days = previous.dates.filter((d) => (d.kind === 'weekday' || d.kind === 'calendar' || d.kind === 'relative-day') && d.to === null);
  if (days.length !== 1) return null;
  const day = resolveDate(days[0]!, false, ctx).date;
  return day !== null && day.length === opts.eventDate.length && opts.eventDate <= day && day <= opts.eventEnd ? day : null;
}

/**
 * The dates that belong to each mention: a date after a document belongs to the nearest document
 * word before it; a date before one only when a signing verb stands between them ("On 21 May, the
 * parties signed the MoU"), not when it dates something else ("met on Thursday to mark the treaty").
 */
// (Only a bare kind word, as an abbreviation in brackets: a document named inside another's title keeps its own date,
// "Complementary agreement to the Treaty of …, signed in Porto Seguro, on April 22, 2000, on …".)
// "signed a pact, plus a surveillance agreement, with Fiji": the signing verb's own "with", in no other clause ("… and
// discussed trade with Tanzania", "… under which Australia will cooperate with Fiji", "… which commits Brazil to share
// technology with Mozambique").
const SIGNED_WITH_BEFORE =
  /\b(?:signed|signs|inked|inks|concluded|concludes)\b(?:(?!\b(?:and\s+(?:also\s+)?(?:\w+ed|held|met|spoke|took|made|discuss\w*)|which|that|who|whereby|under|to|while|but)\b)[^.;]){0,120}\bwith\s+(?:the\s+)?$/i;

/**
 * A document another one amends or completes, named inside its title ("a Protocol on amendments to the Agreement on free
 * trade", "a supplementary agreement to the Treaty of …"): signed before, not at the encounter, so of no date unless its own.
 */
function amendedOne(text: string, m: DocumentMention, mentions: readonly DocumentMention[]): boolean {
  return (
    mentions.some((o) => o !== m && o.start < m.start && m.end <= o.end) &&
    /\b(?:amend(?:s|ed|ing)?|amendments?\s+(?:to|of)|supplement(?:ing|ary\s+\S+\s+to)?|additional\s+\S+\s+to|to|of)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, m.start - 40), m.start),
    )
  );
}

const insideAnother = (m: DocumentMention, mentions: readonly DocumentMention[]): boolean =>
  !m.titles.length && !m.areas.length && mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && (o.start < m.start || m.end < o.end));

function datesByMention(s: RecognisedSentence, mentions: readonly DocumentMention[]): ReadonlyMap<DocumentMention, DateMention[]> {
  if (!mentions.length || !s.dates.length) return NO_DATES; // most sentences: nothing to pair
  const out = new Map<DocumentMention, Array<{ d: DateMention; distance: number }>>(mentions.map((m) => [m, []]));
  for (const d of s.dates) {
    // "…, initialled last year, was signed in Kyiv on 3 July": the initialling's time, when the sentence gives another.
    if (s.dates.length > 1 && /\binitiall?ed\s+(?:in\s+|on\s+)?$/i.test(s.text.slice(Math.max(0, d.start - 16), d.start))) continue;
    // Dates inside a title ("for 2024–2027") are periods of validity, not signing dates.
    // (Not a day "on" which the mention's reading went past to a place: "signed a Trade Agreement on 28 November 2022 in
    // Kuala Lumpur".)
    // (… but the date that ends a title after "of" or "dated" is the document's own: "the Treaty on Friendship of 1993".)
    if (
      mentions.some((m) => d.start >= m.kindStart && d.end <= m.end) &&
      !(d.from.day !== null && /^on\s/i.test(d.text)) &&
      !(
        /\s(?:of|dated)\s+$/i.test(s.text.slice(Math.max(0, d.start - 8), d.start)) &&
        mentions.some((m) => m.end === d.end || m.titles.some((t) => t.endsWith(d.text)))
      )
    )
      continue;
    // "a joint statement vowing to double trade by 2030": a deadline or a target's year, not a signing date.
    if (DEADLINE.test(s.text.slice(Math.max(0, d.start - 24), d.start))) continue;
    // "agreed to extend the cooperation agreement to 2028": the term a document is extended to.
    if (
      d.kind === 'year' &&
      /\b(?:extend|extended|extending|renew|renewed|renewing|prolong|prolonged)\b[^.;]{0,80}\bto\s+$/i.test(s.text.slice(Math.max(0, d.start - 100), d.start))
    )
      continue;
    // "bringing our turnover to $15 billion in 2023, … following the signing of the Declaration": a figure's year.
    // (Not a document's own value: "signed a railway agreement worth $3 billion in 2014".)
    if (
      s.money.some(
        (m) =>
          m.end <= d.start &&
          /^\s*(?:in|by|for)?\s*$/i.test(s.text.slice(m.end, d.start)) &&
          /\b(?:trade|turnover|exports?|imports?|investments?)\b[^.;]{0,40}$/i.test(s.text.slice(Math.max(0, m.start - 60), m.start)),
      )
    )
      continue;
    // "…, which has since entered into force on May 1", "which will enter into force on 1 August": the day it takes effect,
    // not the day of signing (a document in force is dated by its signing, when the text gives it, else not at all).
    if (IN_FORCE_ON.test(s.text.slice(Math.max(0, d.start - 40), d.start))) continue;
    // (A mention inside another's span is no nearer: "a memorandum of understanding (MoU) on A in 2021" dates the memorandum.)
    const before = mentions.filter((m) => m.kindStart < d.start && !insideAnother(m, mentions)).sort((a, b) => b.kindStart - a.kindStart)[0];
    // (Not a day of the next clause: "signed in Luanda an agreement on …, and, the following day, created a commission".)
    const nextClause =
      before !== undefined && (d.kind === 'sequel' || d.kind === 'relative-day') && /(?:,\s*and\b|\band\s*,)/i.test(s.text.slice(before.end, d.start));
    // (Nor the time of another verb's relative clause: "on sharing hydrological data - which China stopped last year";
    // "…, which was signed in 2009" still dates the document.)
    // (… nor of a document set against it: "a protocol on customs was signed, while another on energy was signed back in 2018".)
    const otherClause =
      before !== undefined && (otherVerbClause(s.text.slice(before.end, d.start)) || CONTRASTED_DOCUMENT.test(s.text.slice(before.end, d.start)));
    if (before && d.start - before.end <= 130 && !nextClause && !otherClause) {
      out.get(before)!.push({ d, distance: d.start - before.end });
      continue;
    }
    const after = mentions.filter((m) => m.start >= d.end && m.start - d.end <= 160).sort((a, b) => a.start - b.start)[0];
    // ("a 2017 security treaty": the year that names the document.)
    if (
      after &&
      d.kind === 'year' &&
      /^\s+$/.test(s.text.slice(d.end, after.start)) &&
      YEAR_NAMED.test(s.text.slice(Math.max(0, after.start - 12), after.start))
    ) {
      out.get(after)!.push({ d, distance: 0 });
      continue;
    }
    // ("both nations signed in 2009 in Caracas the General Agreement of Cooperation": the signing verb before the date.)
    if (
      after &&
      // (… or "signed on Monday a strategic agreement", the weekday's mention holding its "on".)
      (/\b(?:signed|inked|concluded|exchanged)\s+(?:on|in)\s+$/i.test(s.text.slice(Math.max(0, d.start - 16), d.start)) ||
        (/^(?:on|in)\s/i.test(d.text) && /\b(?:signed|inked|concluded|exchanged)\s+$/i.test(s.text.slice(Math.max(0, d.start - 16), d.start)))) &&
      /^(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*,?\s+(?:the|a|an)\s+$/u.test(s.text.slice(d.end, after.start))
    ) {
      out.get(after)!.push({ d, distance: 0 });
      continue;
    }
    // ("October 8, 1976, the date on which the Treaty of Friendship was signed": the day the clause after it names.)
    if (
      after &&
      d.from.year !== null &&
      /^\s*,?\s*(?:the\s+(?:date|day)\s+(?:on\s+which|when)|when)\s+(?:the\s+)?$/i.test(s.text.slice(d.end, after.start)) &&
      /^[^.;]{0,30}\b(?:was|were)\s+(?:signed|concluded|adopted|inked)\b/i.test(s.text.slice(after.end, after.end + 50))
    ) {
      out.get(after)!.push({ d, distance: 0 });
      continue;
    }
    // ("since 2020, when the countries issued the Joint Declaration …": issued right before the document.)
    if (
      after &&
      (SIGNING_VERB.test(s.text.slice(d.end, after.start)) ||
        /\b(?:issued|released|announced|unveiled)\s+(?:the\s+|a\s+|an\s+)?["“]?$/i.test(s.text.slice(d.end, after.start)))
    ) {
      out.get(after)!.push({ d, distance: after.start - d.end + 20 });
      continue;
    }
    // ("Last year, the UAE reached with Türkiye a swap agreement …": a time opening the sentence, its only one, dates its clause,
    // however long the names of those who signed: "Last month, the Foreign Minister of A, Name, and … met to sign a protocol".)
    // (… also after a writer's aside, "It should be noted that this Tuesday, a memorandum was signed"; a weekday's mention
    // keeps its comma.)
    const opened =
      (s.dates.length === 1 || s.dates.every((x) => x === d || CONTRASTED_DOCUMENT.test(s.text.slice(d.end, x.start)))) &&
      (OPENING_ASIDE.test(s.text.slice(0, d.start)) ||
        // (… not for a document still to be signed: "…, the two sides agreed on the text of an agreement, which will be signed at …".)
        (OPENING_OCCASION.test(s.text.slice(0, d.start)) && !/\b(?:will|would|to|shall)\s+be\s+signed\b/i.test(s.text))) &&
      (/^\s*,/.test(s.text.slice(d.end)) || /,\s*$/.test(d.text))
        ? mentions.filter((m) => m.start >= d.end && m.start - d.end <= OPENING_TIME_REACH).sort((a, b) => a.start - b.start)[0]
        : undefined;
    if (opened) out.get(opened)!.push({ d, distance: opened.start - d.end + 20 });
  }
  // "signed a trade agreement, an investment agreement and a visa agreement in Tokyo on 10 May": the day after the last
  // document of a list dates every one before it that the list joins to it by commas and "and".
  for (let k = mentions.length - 1; k > 0; k--) {
    const last = out.get(mentions[k]!)!;
    if (!last.length) continue;
    for (let j = k - 1; j >= 0 && LIST_JOINT.test(s.text.slice(mentions[j]!.end, mentions[j + 1]!.start)); j--)
      if (!out.get(mentions[j]!)!.length) out.get(mentions[j]!)!.push(...last.map((x) => ({ ...x, distance: x.distance + 1 })));
  }
  return new Map([...out].map(([m, ds]) => [m, ds.sort((a, b) => a.distance - b.distance).map((x) => x.d)]));
}

const NO_DATES: ReadonlyMap<DocumentMention, DateMention[]> = new Map();
// What joins two documents of one list: a comma or "and", then an article.
const LIST_JOINT = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:a|an|the)\s+)?$/i;
/** How far after a time that opens its sentence the first document it dates may stand (characters). */
const OPENING_TIME_REACH = 360;
// (… or the occasion the sentence before told: "On that occasion, on January 23, a joint declaration was signed", "During
// this visit, on Monday, …".)
const OPENING_ASIDE = new RegExp(
  String.raw`^\W*(?:(?:it\s+(?:should|must|is\s+to)\s+be\s+(?:noted|recalled|mentioned)|it\s+is\s+worth\s+(?:noting|mentioning)|notably|meanwhile|also|earlier|${THAT_OCCASION})\s*,?\s+(?:that\s+)?)?(?:(?:in|on|since)\s+)?$`,
  'i',
);
// (… or an occasion that opens the sentence with its time: "As part of President X's state visit to Astana last year, …
// the Partnership Program was signed".)
const OPENING_OCCASION =
  /^\W*(?:as\s+part\s+of|during|in\s+the\s+course\s+of|on\s+the\s+occasion\s+of)\s+[^,;.]{0,80}?\b(?:visit|trip|meeting|summit|talks|session)\b[^,;.]{0,60}?\s(?:in\s+|on\s+)?$/i;
// "during her last Indian visit", "at their previous meeting", "in the course of the recent visit".
const LAST_ENCOUNTER =
  /\b(?:during|at|in\s+the\s+course\s+of|on\s+the\s+occasion\s+of)\s+(?:his|her|their|its|the)\s+(?:last|previous|earlier|most\s+recent)\s+(?:[\p{L}-]+\s+){0,2}?(visit|trip|meeting|summit|talks)\b/iu;

/** The date of the latest earlier encounter of its kind the text dates, when the sentence signs "during the last visit". */
function lastEncounterDate(text: string, opts: AgreementOptions): string | null {
  const last = LAST_ENCOUNTER.exec(text);
  if (!last) return null;
  const word = last[1]!.toLowerCase();
  const type = word === 'visit' || word === 'trip' ? 'visit' : null;
  const main = opts.eventDate;
  const earlier = (opts.pastEncounters ?? [])
    .filter((e) => (type === null || e.type === type) && (main === null || e.date < main) && opts.eventCountries.every((c) => e.countries.includes(c)))
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  return earlier[0]?.date ?? null;
}
// A relative clause after a document's title whose verb is no signing, adopting or taking effect.
// (Closed by a dash or a comma, the clause ends: "- which Peru suspended last year - in Lima on Monday".)
// (… also with no comma before it: "a memorandum on tourism that sets out steps for 2025".)
const RELATIVE_CLAUSE = /(?:[,–—-]\s*|\s)(?:which|that)\s+((?:[^,;–—-]|\b-\b)*)$/i;
const DOCUMENT_VERB =
  /\b(?:sign|signed|signing|conclud\w*|adopt\w*|ratif\w*|initiall?ed|ink\w*|enter\w*|came|come|comes|took|take|takes|effect|force|valid|expir\w*|renew\w*|extend\w*|launch\w*|reach\w*|agreed|finali[sz]\w*)\b/i;
const CONTRASTED_DOCUMENT = /,\s*(?:while|whereas)\s+(?:another|the\s+other|a\s+second|an\s+earlier)\b/i;
const otherVerbClause = (between: string): boolean => {
  const clause = RELATIVE_CLAUSE.exec(between);
  return clause !== null && !DOCUMENT_VERB.test(clause[1]!);
};
const ANNIVERSARY_OF_SIGNING =
  /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:signing|conclusion|adoption)\s+of\s+(?:the\s+|a\s+|an\s+|their\s+|our\s+)?$/i;

/** A date `years` before another: the day itself when the text states it ("On 1 August 2022 … the 60th anniversary"), else the year. */
function yearsBefore(date: string | null, years: number, stated: boolean): string | null {
  if (date === null || !/^\d{4}/.test(date)) return null;
  const year = String(Number(date.slice(0, 4)) - years).padStart(4, '0');
  return stated ? year + date.slice(4) : year;
}
/**
 * "a 2017 security treaty": a treaty, pact or agreement named by a year before the text's own was signed that year
 * (not "the 2025 cooperation programme", "a 2030 roadmap": a plan's period or horizon).
 */
function namedByPastYear(text: string, m: DocumentMention, ctx: DocumentContext): boolean {
  const year = YEAR_NAMED.exec(text.slice(Math.max(0, m.start - 12), m.start));
  // (A year of the text's own counts: "the 2024 defence pact" written in 2024; with no year for the text, any.)
  return year !== null && SIGNED_KINDS.has(m.kind) && (ctx.reference === null || Number(/\d{4}/.exec(year[0])![0]) <= ctx.reference.year);
}
const SIGNED_KINDS = new Set<AgreementKindT>(['agreement', 'treaty', 'memorandum', 'protocol', 'declaration', 'joint_statement']);
const YEAR_NAMED = /\b(?:a|the|its|their)\s+(?:19|20)\d\d\s+$/i;
const SIGNING_VERB = /\b(?:signed|sign|signing|exchanged|exchange\s+of|concluded|adopted|inked|initiall?ed)\b/i;

/** The sentence with every mention's title blanked out: status words inside titles ("within the framework of") say nothing. */
function maskTitles(text: string, mentions: readonly DocumentMention[]): string {
  let out = text;
  for (const m of mentions) if (m.end > m.kindEnd) out = out.slice(0, m.kindEnd) + ' '.repeat(m.end - m.kindEnd) + out.slice(m.end);
  return out;
}

interface Prior {
  readonly mention: DocumentMention;
  readonly status: AgreementStatusT | null;
  readonly stated: DateMention | undefined;
}

// "It is to be recalled that the two countries had signed …": a signing before the encounter reported.
// (… also "the free trade agreement that was signed some time ago".)
// (Not the tense of reported speech: "a joint statement said the two countries had signed nine agreements".)
const EARLIER_SIGNING =
  /(?<!\b(?:said|says|stated|announced|reported|noted|noting|added|adding|confirmed|confirming)\s+(?:that\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3})\bhad\s+(?:previously\s+|already\s+|earlier\s+)?(?:signed|concluded|inked|exchanged)\b|\bpreviously\s+(?:signed|concluded|inked)\b|\bit\s+is\s+to\s+be\s+recalled\b/iu;
// (A pattern of its own, not one more alternative of the one above, whose look-behind is tried at every word.)
const SIGNED_AGO = /\b(?:signed|concluded|inked)\s+(?:some\s+time|long|a\s+(?:long\s+)?while|(?:many|several|a\s+few)\s+years)\s+ago\b/i;
// A document the sides are carrying out was signed before the encounter: "discussed the implementation of the bilateral …".
const BEING_IMPLEMENTED =
  /\b(?:implementation|implementing|implement|operationali[sz]ation|operationali[sz]ing|operationali[sz]e)\s+(?:of\s+)?(?:the|our|their|its)\s+(?:[\p{L}-]+\s+){0,4}$/iu;
// The rest of a list item a title did not take, up to the semicolon that closes it: "…; and a Memorandum …".
// (… also numbered: "…; (ii) MoU on …", "…; and (iv) the Agreement …".)
const SEMICOLON_ITEM = /^[^.!?;]*;\s*(?:and\s+)?(?:\((?:[ivx]{1,4}|\d{1,2}|[a-h])\)\s*)?(?:a|an|the|another)?\s*$/i;
/**
 * Two mentions in one list: only commas, "and", "as well as" or "including" between them, and an
 * article with the next one's words before its kind (", a government-to-government agreement").
 */
// Between a bundle and the next document it names: ", which is the harmonization plan between …, and a ".
const BUNDLE_NAMED = /^\s*,\s+(?:which\s+(?:is|are|were|was|include[sd]?)|including|namely|such\s+as)\s[^.;]{0,240}?,\s+(?:and\s+)?(?:a|an|the)\s*$/i;
const LINKED =
  /^[\s,;"“”]*(?:(?:and|as\s+well\s+as|including|along\s+with|plus|in\s+addition\s+to|besides)\b[\s,]*)?(?:(?:a|an|the|another)(?:\s+[\p{Ll}-]+){0,2})?[\s"“]*$/iu;

/**
 * The status a list's verb gives from after it: "an MoU on A, an MoU on B, as well as an agreement
 * on C were signed". Each mention with none of its own takes the one of the next mention in the
 * same list, read from the last.
 */
function trailingStatuses(
  text: string,
  mentions: readonly DocumentMention[],
  own: ReadonlyMap<DocumentMention, AgreementStatusT | null>,
): Map<DocumentMention, AgreementStatusT> {
  const out = new Map<DocumentMention, AgreementStatusT>();
  let nextMention: DocumentMention | null = null;
  let nextStatus: AgreementStatusT | null = null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    const status = own.get(mention) ?? null;
    const inherited: AgreementStatusT | null =
      !status && nextMention && nextStatus && LINKED.test(text.slice(mention.end, nextMention.start)) ? nextStatus : null;
    if (inherited) out.set(mention, inherited);
    nextMention = mention;
    nextStatus = status ?? inherited;
  }
  return out;
}

// "They signed …", "The two sides also signed …": a sentence that names no state speaks of the encounter the sentence
// before reported.
const SIDES_AGAIN = /^\W*(?:they|the\s+two\s+(?:sides|leaders|presidents|countries|delegations|ministers)|both\s+sides)\b/i;

/**
 * "Raisi was first in Kenya, where he met President Ruto. They signed new MoUs in the areas of …": documents of a
 * sentence that takes up another encounter than the main one, the sentence before, are that encounter's: its sides
 * and its date.
 */
function encounterBefore(s: RecognisedSentence, sentences: readonly RecognisedSentence[], opts: AgreementOptions): AgreementOptions | null {
  if (!opts.otherEncounters?.length || s.countries.some(namesState)) return null;
  // (Not a sentence that reports an encounter of its own: "The two presidents then held talks and signed …".)
  if (eventCues().all(s.words).length) return null;
  const past = SIDES_AGAIN.test(s.text)
    ? opts.otherEncounters.find((e) => !e.planned && e.sentences.includes(s.index - 1) && !e.sentences.includes(s.index))
    : undefined;
  if (past) return { ...opts, eventCountries: past.countries, eventDate: past.date, eventEnd: past.end, signingDay: null, eventPlanned: false, otherSides: [] };
  // "During his visit to Nigeria, Erdogan will meet President Buhari … Three agreements are also planned to be signed in
  // the sectors of …": documents to be signed, in the paragraph of a stop of the tour still to come, are that stop's.
  if (!TO_BE_SIGNED.test(s.text)) return null;
  // (The stop the paragraph last names before the sentence: the state of one stop only, not the traveller's.)
  const stops = opts.otherEncounters.filter((e) => e.planned);
  // (The traveller's state: the one every stop shares with the main encounter.)
  const shared = new Set(opts.eventCountries.filter((c) => stops.every((e) => e.countries.includes(c))));
  let leg: (typeof stops)[number] | undefined;
  for (let i = s.index - 1; i >= 0 && sentences[i]!.paragraph === s.paragraph && !leg; i--) {
    const named = new Set(sentences[i]!.countries.filter(namesState).map((c) => c.iso3));
    const here = stops.filter((e) => e.countries.some((c) => !shared.has(c) && named.has(c)));
    if (here.length === 1) leg = here[0];
  }
  return leg ? { ...opts, eventCountries: leg.countries, eventDate: leg.date, eventEnd: leg.end, signingDay: null, eventPlanned: true, otherSides: [] } : null;
}
const TO_BE_SIGNED = /\b(?:to\s+be\s+(?:signed|inked|concluded)|will\s+(?:also\s+)?(?:be\s+)?(?:sign(?:ed)?|ink(?:ed)?))\b/i;

// "the Green Gateway plan of action agreed between the two nations": a document the sides agreed on, right after it, is concluded.
const AGREED_AFTER = /^\s+(?:(?:already|jointly|mutually)\s+)?agreed\s+(?:between|upon|on\s+by|by)\b/i;
// "decided to start discussions on the Free Trade Agreement": a document the talks are to make, right after the words.
const DISCUSSIONS_BEFORE =
  /\b(?:start|begin|began|started|launch|launched|open|opened)\s+(?:discussions|negotiations|talks)\s+(?:on|for)\s+(?:the\s+|a\s+|an\s+)?$/i;

/** The status a participle right after a document, or the talks right before it, give: signed, planned, else null. */
function documentAgreedOrDiscussed(text: string, m: DocumentMention): AgreementStatusT | null {
  if (AGREED_AFTER.test(text.slice(m.end, m.end + 40))) return 'signed';
  if (DISCUSSIONS_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) return 'planned';
  return null;
}

// "… also signed agreements in the fields of": documents besides those told before.
const ALSO_SIGNED_BEFORE = /\balso\s+(?:signed|inked|concluded|exchanged)\s+(?:(?:several|a\s+number\s+of|other|\d+|two|three|four|five)\s+)?$/i;

export function extractAgreements(sentences: readonly RecognisedSentence[], ctx: DocumentContext, documentOpts: AgreementOptions): AgreementT[] {
  const drafts: Draft[] = [];
  // (`also`: "There are also agreements for cooperation in A and B": documents besides those the text itemised.)
  // (`besides`: "The two countries also signed agreements in the fields of A and B" after a list of others: more documents,
  // unless the list told one of its areas.)
  const areaDrafts: Array<{ draft: Draft; spare: number; also: boolean; besides: boolean; summary: number; counted: boolean }> = [];
  const monthYears = monthYearsBySentence(sentences);
  const bundleDay = bundleSigningDay(sentences, ctx, documentOpts, monthYears);
  // A list's header gives its status and kind to the items that follow it.
  // (`lines`: the header ends with a colon, its items may follow as bare list lines.)
  // (`day`: the day of signing the header gives, "signed 10 agreements … on Monday", which its items take.)
  type List = {
    status: AgreementStatusT;
    kind: AgreementKindT | null;
    /** How the header names one of its documents ("MoU"), for items told by a label alone. */
    kindWord: string | null;
    until: number;
    paragraph: number;
    lines: boolean;
    day: string | null;
    /** The header says the documents are for the encounter: "eight MoUs were prepared for signing during the state visit". */
    atEncounter: boolean;
    /** The header's documents are firms' deals: "Business leaders … signed 22 agreements", "47 deals from 100 companies". */
    business: boolean;
  };
  let list: List | null = null;
  // A list a sentence closed, which a later one may take up again.
  const held: { list: List | null } = { list: null };
  // A news roundup's next story under a sub-headline of its own ("Turkey, Qatar ink 10 new deals"): its
  // documents are that pair's, not the first story's encounter's.
  let story: AgreementOptions | null = null;
  // The documents the previous sentence named with no status of their own ("have a border agreement"), made into
  // drafts only when a later sentence signs one (most never are).
  let unstated: Unstated[] = [];
  for (const s of sentences) {
    documentToldAgain(s, drafts, ctx, monthYears[s.index]);
    const opts = encounterBefore(s, sentences, documentOpts) ?? documentOpts;
    // (Only when the paragraph under it opens the story with both its states: not a caption or a list of links.)
    const storyPair = subheadlinePair(s);
    const opens = (next: RecognisedSentence | undefined): boolean =>
      next !== undefined && next.paragraph > s.paragraph && subheadlinePair(next) === null && storyPair!.every((c) => next.countries.some((x) => x.iso3 === c));
    if (storyPair && !storyPair.every((c) => opts.eventCountries.includes(c)) && opens(sentences[s.index + 1])) story = { ...opts, eventCountries: storyPair };
    // (… or, under a colon header, a short line of its own with no stop and no bullet: "The agreements are for:\n
    // Cooperation in the legal field\nMaritime transport".)
    const item = LIST_ITEM.test(s.text) || (list !== null && list.lines && UNMARKED_LINE.test(s.text) && s.text.trim().split(/\s+/).length <= 16);
    const mentions: DocumentMention[] = documentMentions(s.text, s.words, item).filter((m, i, all) => !describesBefore(s.text, m, all[i - 1]));
    // "The MOUs include:\n- Medical Products Regulation: Cooperation between …": a line of the list told by its label alone
    // is one document of the header's kind on that label.
    const label = item && !mentions.length && list?.lines && list.kind && list.kindWord ? LABELLED_ITEM.exec(s.text) : null;
    if (label) {
      const start = label.index + label[0].indexOf(label[1]!);
      mentions.push({
        kind: list!.kind!,
        titles: [`${list!.kindWord} on ${label[1]!.trim()}`],
        areas: [],
        plural: false,
        count: null,
        capitalised: false,
        start,
        end: start + label[1]!.length,
        kindStart: start,
        kindEnd: start,
        kindWord: list!.kindWord!,
        status: null,
      });
    }
    const named = mentions.filter((m) => m.titles.length);
    // A list runs on while its items do: list items, "They include …", or one document per paragraph.
    // A sentence of the list's paragraph with no document in it ("As quoted from the release.") does not end it,
    // nor one about the signing itself ("The signing took place in the presence of the Presidents.").
    // (Read only while a list is open: most sentences follow none.)
    // "… a declaration and six other documents. The declaration announced … The other six documents include
    // agreements on A, B and C": a list told about in between is taken up again by a sentence that names it.
    // (Not by a bare pronoun after sentences of other things: "He will then meet captains of industry … They include those
    // from telecommunication, …" are the firms.)
    if (!list && held.list && s.index <= held.list.until && continuesList(s.text.replace(REPORTED_BY, '')) && !BARE_PRONOUN.test(s.text))
      [list, held.list] = [held.list, null];
    const continues: boolean = list !== null && continuesList(s.text.replace(REPORTED_BY, ''));
    const goesOn = item || continues || named.length > 0 || s.paragraph === list?.paragraph || (list !== null && SIGNING_VERB.test(s.text));
    if (list && (s.index > list.until || !goesOn)) [list, held.list] = [null, list];
    if (list && (item || named.length || continues)) list.paragraph = s.paragraph;
    // "The agreements are for: … The MoUs are for:": a header of the list's next kind goes on with the list, of that kind.
    const nextKind: DocumentMention | undefined =
      list && continues && /:\s*$/.test(s.text) ? mentions.find((m) => m.plural && m.kind !== list!.kind) : undefined;
    if (list && nextKind) [list.kind, list.kindWord] = [nextKind.kind, nextKind.kindWord];
    const masked = maskTitles(s.text, mentions);
    // Only a sentence that could head a list is asked for its status as one.
    const plural = mentions.find((m) => m.plural);
    const mayHeadList = /:\s*$/.test(s.text) || plural !== undefined || s.words.some((w) => BUNDLE_WORDS.has(w.key));
    const headerStatus = mayHeadList
      ? // The verb of the plural that heads the list ("Agreements were also signed in the fields of …", "Among the
        // MoUs signed were …"), before any status word at the end of its items ("… under the Initiative").
        ((plural ? (plural.status ?? statusNear(masked, plural.kindStart, plural.end)) : null) ??
        statusNear(masked, masked.length, masked.length) ??
        statusNear(masked, 0, 0) ??
        signingBefore(sentences, s, named.length === 0))
      : null;
    const announcesList = headerStatus !== null;
    // A text cut off in a list ("… in the fields of health, medical science, pharmaceut"): its last item is no title.
    if (s === sentences.at(-1) && s.paragraph > 0 && !/[.!?:;"'”’»)…\]]\s*$/.test(s.text)) dropCutItem(s.text, mentions);
    const dates = datesByMention(s, mentions);
    // "The first concerns B": an item of the list the previous sentences announced. Documents named inside
    // its subject are part of it ("The first protocol is about amendments to the agreement on visas").
    const found = list?.kind ? (ORDINAL_SUBJECT.exec(s.text) ?? ORDINAL_APPOSED.exec(s.text)) : null;
    const subjectAt = found ? found.index + found[0].length - found.groups!.subject!.length : 0;
    // (Where the subject ends: a document the sentence names after it is one of its own.)
    const subjectEnd = found ? found.index + found[0].length : 0;
    // (The ordinal's own noun may read as a mention: "The first agreement between the two countries focused on …".)
    const inHeader = (m: DocumentMention): boolean => found !== null && m.start >= found.index && m.start < subjectAt;
    const ordinal = found && named.every((m) => m.start >= subjectAt || inHeader(m)) ? found : null;
    // Mentions inside another's title ("the agreement on … of the memorandum"), and each mention's
    // status from its own words, read once: the list's trailing verb is read from them too.
    const nestedOnes = new Set(mentions.filter((m) => mentions.some((o) => o !== m && o.kindStart < m.kindStart && o.end >= m.kindEnd)));
    const own = new Map(
      mentions.map(
        (m) =>
          [
            m,
            signingLater(
              masked,
              m,
              m.status ??
                documentAgreedOrDiscussed(masked, m) ??
                (nestedOnes.has(m) ? relativeStatus(masked, m) : statusNear(masked, m.kindStart, m.end, INNER_DOCUMENT_END.test(m.titles[0] ?? ''))) ??
                // "a review of a 2017 security treaty": a document named by its year was signed that year.
                (namedByPastYear(masked, m, ctx) ? 'signed' : null) ??
                countedBefore(sentences, s, m),
            ),
          ] as const,
      ),
    );
    const trailing = trailingStatuses(s.text, mentions, own);
    // "There are also agreements for cooperation in A and B": documents besides those the text itemised.
    const also = /^\s*there\s+(?:are|were)\s+also\b/i.test(s.text);
    const unstatedHere: Unstated[] = [];
    let previous = null as Prior | null;
    for (const [at, listed] of mentions.entries()) {
      let mention = listed;
      if (ordinal && ((mention.start >= subjectAt && mention.start < subjectEnd) || inHeader(mention))) continue;
      // "our bilateral Free Trade Agreement, the Indonesia Australia Closer Economic Partnership Agreement": a kind of
      // document, then its name in apposition: one document, the named one.
      const named = mentions[at + 1];
      if (
        named &&
        !mention.plural &&
        !named.plural &&
        // (Two of one kind: "a Joint Declaration, the Strategic Partnership Agreement and …" are two documents.)
        named.kind === mention.kind &&
        // (A kind one side calls its own: "our bilateral Free Trade Agreement, the …"; the second no clause's subject.)
        /\b(?:our|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(s.text.slice(Math.max(0, mention.start - 40), mention.start + 1).replace(/\S+$/, '')) &&
        !/^\s*,?\s*(?:was|were|is|are|has|have|had|will|would)\b/i.test(s.text.slice(named.end)) &&
        !/\b(?:after|when|once|before|while)\b[^,;]*$/i.test(s.text.slice(0, mention.start)) &&
        /^\s*,\s+(?:the\s+)?$/.test(s.text.slice(mention.end, named.start)) &&
        /^(?:the\s+)?\p{Lu}/u.test(s.text.slice(named.start, named.end)) &&
        // (The first names no subject of its own, and no list goes on after the second: "the Agreement on A, the
        // Memorandum on B and …" are two documents.)
        !/\s(?:on|of|for|between|concerning|regarding|in|to)\s/i.test(s.text.slice(mention.start, mention.end)) &&
        !/^\s*(?:,\s*(?:and\s+|or\s+)?(?:the|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|other)\s|(?:and|or|as\s+well\s+as)\s+(?:the|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|other)\s|;)/i.test(
          s.text.slice(named.end),
        )
      )
        continue;
      // "A communiqué on the visit issued by the Ministry of Foreign Affairs said …": one side's press release.
      if (
        mention.kind === 'joint_statement' &&
        !/\bjoint\b/i.test(s.text.slice(mention.start, mention.kindEnd)) &&
        ISSUED_BY_ONE.test(s.text.slice(mention.end, mention.end + 60))
      )
        continue;
      const prior: Prior | null = previous;
      const nested = nestedOnes.has(mention);
      let status = own.get(mention) ?? trailing.get(mention) ?? null;
      // The items of one coordinated list share the verb that governs the first: "signed X, Y and Z".
      // (A document named inside the previous one's title is no next item of its list.)
      const between = prior !== null && prior.mention.end <= mention.start ? s.text.slice(prior.mention.end, mention.start) : null;
      // "the Kensington Treaty, the first ever major bilateral treaty between …": an apposition names the one before again.
      if (
        prior !== null &&
        between !== null &&
        !mention.plural &&
        prior.mention.kind === mention.kind &&
        prior.mention.capitalised &&
        APPOSITION.test(between) &&
        // (… and names no subject of its own: "the Lima Treaty, a treaty on fisheries and …" is a list.)
        mention.titles.every((t) => /\sbetween\s/i.test(t) || t.toLowerCase() === mention.kindWord.toLowerCase())
      )
        continue;
      // (… also the items a bundle goes on to name, past one that is no document of record: "a number of agreements …, which
      // is the harmonization plan between …, and a memorandum of …".)
      const linked =
        prior !== null && between !== null && (LINKED.test(between) || SEMICOLON_ITEM.test(between) || (prior.mention.plural && BUNDLE_NAMED.test(between)));
      if (!status && linked && prior.status) status = prior.status;
      if (!status && mention.kind === 'joint_statement' && (ISSUED.test(s.text.slice(mention.end)) || ACCORDING_TO.test(s.text.slice(0, mention.start))))
        status = 'signed';
      // "The session … was marked by a Joint Statement", "the talks culminated in a joint declaration": the meeting's outcome.
      if (
        !status &&
        (mention.kind === 'joint_statement' || mention.kind === 'declaration') &&
        OUTCOME_BEFORE.test(s.text.slice(Math.max(0, mention.start - 60), mention.start)) &&
        !OUTCOME_UNDONE.test(s.text.slice(mention.kindEnd)) &&
        !/\b(?:previous|earlier|last|former)\b/i.test(s.text.slice(0, mention.start))
      )
        status = 'signed';
      // "the two leaders announced a “Joint Declaration on Comprehensive Partnership”": a declaration made public is made.
      if (
        !status &&
        (mention.kind === 'joint_statement' || mention.kind === 'declaration') &&
        /\b(?:announced|unveiled)\s+(?:a|an|the|their)\s+(?:new\s+|joint\s+)?["“]?$/i.test(s.text.slice(Math.max(0, mention.start - 40), mention.start)) &&
        // (Not one still in the making: "announced the Joint Declaration was being drafted".)
        !/^["”]?\s*(?:was|were|is|are|would|will|had)\b/i.test(s.text.slice(mention.end, mention.end + 12))
      )
        status = 'signed';
      // "built on the 2012 Special Status Agreement": a document named by its title after the year it dates
      // from is one in place since then (not "the 2015 Paris Agreement", named after a city: a world's, not the pair's).
      const since = !status && mention.capitalised ? yearBefore(s, mention) : undefined;
      if (since) status = 'signed';
      // A list gives its status to its items: list lines, "They include …", and sentences that open with the document.
      // (A list line names its document first or after a semicolon: one named later in a clause is no item of the list.)
      // "we will mark the 60th anniversary of the signing of the Treaty of Friendship": signed that many years before.
      const jubilee = ANNIVERSARY_OF_SIGNING.exec(s.text.slice(Math.max(0, mention.start - 90), mention.start));
      if (jubilee) status = 'signed';
      // "Different MoUs for co-operation in the field of A, B, C, …" where a cut ends the page before its verb: a list of
      // documents after sentences that report documents signed is of those.
      if (!status && mention.plural && mention.titles.length > 1 && s === sentences.at(-1) && !/[.!?:;"'”’»)…\]]\s*$/.test(s.text))
        status = signedJustBefore(sentences, s);
      const fromList = !status && !nested && list !== null && (continues || ITEM_OPENING.test(s.text.slice(Math.max(0, mention.start - 40), mention.start)));
      if (fromList) status = list!.status;
      // (An item with a status of its own still takes the day of the signed list it is one of: "signed six pacts on May
      // 24. The first memorandum was reached between …".)
      const ofSignedList =
        !nested && list !== null && list.status === 'signed' && (continues || ITEM_OPENING.test(s.text.slice(Math.max(0, mention.start - 40), mention.start)));
      // The items of one list share the date stated for the first: "On 21 May the parties signed an A and a B".
      const stated: DateMention | undefined =
        since ??
        (dates.get(mention) ?? []).filter(
          (d) =>
            status === 'in_force' ||
            !/\bsince\s+$/i.test(s.text.slice(Math.max(0, d.start - 7), d.start)) ||
            /^\s*,?\s*when\s+[^,.;]*\b(?:signed|issued|concluded|adopted|inked)\b/i.test(s.text.slice(d.end, d.end + 80)),
        )[0] ??
        (linked && prior.status === status ? prior.stated : undefined);
      // A document named inside another's title is no item of the list: the next item links to the outer one.
      // (… not a year that names this one only: "the 2015 customs accord, and a memorandum on tourism".)
      const yearOfName = stated !== undefined && stated.end <= mention.start && YEAR_NAMED.test(s.text.slice(Math.max(0, mention.start - 12), mention.start));
      if (!nested) previous = { mention, status, stated: yearOfName ? undefined : stated };
      // "… a bilateral agreement for cooperation in X. The agreement was signed on 17 March": a bare definite
      // description opening the next sentence dates the document of its kind the sentence before named.
      // (… also by its month, "The agreement was signed in Seoul in November 2023", after one that entered into force: SCHEMA's
      // date of a document in force is its signing date.)
      if (status === 'signed' && stated !== undefined && (stated.from.day != null || stated.from.month != null) && backReference(s.text, mention)) {
        // (The sentence before, or one of the two before it past a heading: "China-Ecuador FTA" between them.)
        const byDay = stated.from.day != null;
        const earlier =
          dateBack(drafts, unstated, mention.kind, s.index - 1, byDay) ??
          (byDay && sentences[s.index - 1] && sentences[s.index - 1]!.text.length < 60 ? dateBack(drafts, unstated, mention.kind, s.index - 2) : null);
        if (earlier) {
          const date = resolveDate(stated, false, { ...ctx, monthYears: monthYears[s.index] }).date;
          Object.assign(earlier, {
            status: earlier.status === 'in_force' ? 'in_force' : 'signed',
            date,
            dateStated: true,
            sentences: [...earlier.sentences, s],
          });
          if (!drafts.includes(earlier)) drafts.push(earlier);
          continue;
        }
      }
      // A mention is a document of record only when the text has it signed, planned or in force.
      if (!status && mention.titles.length && !nested) {
        const storyOpts = story ?? opts;
        unstatedHere.push(
          ...mention.titles.map((title) => ({
            kind: mention.kind,
            draft: (): Draft => ({
              title,
              kind: mention.kind,
              parties: partiesOf(s, mention, ctx, storyOpts),
              status: 'signed',
              date: null,
              dateStated: false,
              capitalised: mention.capitalised,
              sentences: [s],
            }),
          })),
        );
      }
      // "signed a protocol as a result of this session", "the protocol signed at the meeting of the joint intergovernmental
      // commission": a commission's bare protocol is the protocol of that session.
      if (status === 'signed' && !mention.titles.length && !mention.areas.length && !mention.plural && mention.kind === 'protocol') {
        const session = sessionNamed(sentences, s);
        if (session) mention = { ...mention, titles: [`protocol of ${session}`] };
      }
      if (!status || (!mention.titles.length && !mention.areas.length)) continue;
      // Signed during the encounter the text reports, or to be signed at the one it announces: its date.
      // … also a signing planned for the visit under way: "The two-day visit is aimed at … the signing of".
      // … and one announced on the day of the encounter the text reports ("Anwar and Yunus will also witness the exchange of …" today).
      const onTheDay =
        opts.eventDate !== null &&
        !opts.eventPlanned &&
        (opts.eventDate === ctx.anchor || opts.eventDate === ctx.published) &&
        (ACTIVE_ON_THE_DAY.test(s.text) ||
          // (… also in the passive, "Several MoUs will also be signed to deepen …", when no time of its own follows: not "will be
          // signed once negotiations are completed", "… in the coming months".)
          PASSIVE_ON_THE_DAY.test(s.text));
      // ("agreed to sign a trade agreement in the near future": at no encounter the text dates.)
      const later = status === 'planned' && LATER_AFTER.test(s.text.slice(mention.end, mention.end + 40));
      // (… or what the encounter's two principals will do at it: "The two leaders will hold a tête-à-tête … and witness the signing of".)
      // (… or an item "to be signed" of the list of a signing the encounter held: "The talks included the signing of other
      // agreements. These included: …; a memorandum on security, to be signed at the Ministry of Interior.")
      const inSigningList = list !== null && continues && (list.status === 'signed' || (list.status === 'planned' && list.atEncounter));
      // (… or in a paragraph that opens on the encounter: "During the visit, the ministers will hold meetings … A number of
      // agreements will be signed on cooperation in A, B and C".)
      const sentenceBefore = sentences[s.index - 1];
      // (A signing to come, not a draft the talks discussed.)
      const paragraphDuring =
        sentenceBefore !== undefined && sentenceBefore.paragraph === s.paragraph && DURING_ENCOUNTER.test(sentenceBefore.text) && FUTURE_SIGN.test(s.text);
      const duringEncounter =
        status === 'planned' && !later && (ENCOUNTER_WORD.test(s.text) || onTheDay || PRINCIPALS_WILL.test(s.text) || inSigningList || paragraphDuring);
      // "It is to be recalled that the two countries had signed …": a signing before this encounter.
      // (… also one whose implementation the sides discussed: "the implementation of the labour agreement that our two countries signed".)
      const before =
        status === 'signed' &&
        (EARLIER_SIGNING.test(s.text) || SIGNED_AGO.test(s.text) || BEING_IMPLEMENTED.test(s.text.slice(Math.max(0, mention.start - 60), mention.start)));
      // (Not one reported signed while the encounter is still to come: "The upcoming visit … The two countries also
      // signed an agreement on A": signed before it, on a day the text does not give.)
      const atEvent =
        (status === 'signed' && !before && !opts.eventPlanned) || (status === 'planned' && !later && (opts.eventPlanned || duringEncounter))
          ? ((status === 'signed'
              ? (dayOfTheVisit(s, opts) ?? talksDayBefore(sentences, s, ctx, opts) ?? bundleDay)
              : meetingDayAnnounced(s, sentences[s.index - 1], ctx)) ?? signingDate(opts))
          : status === 'planned' && !later
            ? meetingDayAnnounced(s, sentences[s.index - 1], ctx)
            : null;
      // A stated date the text cannot place in a year ("in August last year", no reference) stays unknown.
      // ("Today, a document was signed" in a speech with no date of its own: the day of the encounter it reports.)
      // (… and so does a weekday a page with no year cannot place: "signed … on Thursday" under "Madrid, May 4 (EFE)" is signed
      // at the encounter, which the dateline's day dates.)
      const today =
        ((stated?.kind === 'relative-day' && stated.offset === 0) || (stated?.kind === 'weekday' && ctx.anchor?.startsWith('--') === true)) &&
        status === 'signed' &&
        !before;
      // (A speaker's "today" is the day of the speech, the encounter's, whatever day the page was written.)
      const spoken = today && atEvent !== null && insideQuotation(s.text, stated.start);
      // "During her last Indian visit, the two countries had signed …": the latest earlier visit the text dates.
      const lastEncounter = status === 'signed' && !stated ? lastEncounterDate(s.text, opts) : null;
      // "X and Y signed the Athens Declaration on Thursday. Ministers of the two countries also signed …": more documents of
      // the signing the sentence before dated.
      const alsoSigned =
        status === 'signed' && !stated && !before && atEvent === null && ALSO_SIGNED.test(s.text) ? daySignedBefore(drafts, s.index - 1) : null;
      // A signing to come that the sentence puts later, or whose stated day is another act's (undefined: neither).
      const plannedDay = status === 'planned' ? plannedSigningDay(s.text, mention, stated, later, ctx) : undefined;
      const date =
        plannedDay !== undefined
          ? plannedDay
          : alsoSigned !== null
            ? alsoSigned
            : lastEncounter
              ? lastEncounter
              : spoken
                ? atEvent
                : stated
                  ? (resolveDate(stated, status === 'planned', { ...ctx, monthYears: monthYears[s.index] }).date ??
                    // ("The two heads of state met this Wednesday, after which … signed a memorandum", "yesterday signed", in a page
                    // with no date of its own: a weekday or a day before no date places is the encounter's day.)
                    (today || (stated.kind === 'relative-day' && status === 'signed')
                      ? atEvent
                      : stated.kind === 'weekday' && status === 'signed'
                        ? weekdayOfEncounter(stated, atEvent, opts)
                        : null))
                  : status === 'in_force' || amendedOne(s.text, mention, mentions)
                    ? null
                    : (((fromList || ofSignedList) && status === 'signed' && !before ? list!.day : null) ??
                      atEvent ??
                      (status === 'signed' && !before ? leadSigningDate(s, ctx, opts, monthYears[s.index]) : null));
      const parties = partiesOf(s, mention, ctx, story ?? opts);
      const draft = (title: string): Draft => ({
        title: tidiedTitle(title),
        kind: mention.kind,
        parties,
        status,
        // ("Next year we will mark the 30th anniversary of the signing of …": counted from the year to come.)
        date: jubilee
          ? yearsBefore(
              date ?? (ctx.reference ? String(ctx.reference.year + (/\bnext\s+year\b/i.test(s.text) ? 1 : 0)) : null),
              Number(jubilee[1]),
              stated !== undefined,
            )
          : date,
        dateStated: stated !== undefined,
        capitalised: mention.capitalised,
        sentences: [s],
        ...(mention.titles.length > 1 ? { list: mention } : {}),
      });
      // "Alongside the trade deal, …" after "the Indonesia–Canada Comprehensive Economic Partnership Agreement": a
      // definite description with no subject names a document of its kind the text has named in full.
      const described =
        !mention.plural &&
        !mention.capitalised &&
        mention.titles.length === 1 &&
        mention.titles[0] === mention.kindWord &&
        /\bthe\s+$/i.test(s.text.slice(Math.max(0, mention.start - 4), mention.start)) &&
        drafts.some((d) => d.kind === mention.kind && d.capitalised);
      // (Nor the sectors a bundle of firms' deals covers, told of it again: "The newly signed agreements cover …".)
      const firmsDeals = mention.plural && continues && list?.business === true;
      // ("… the Indonesia-Turkiye Comprehensive Economic Partnership Agreement (CEPA) negotiations. This free trade agreement has
      // been …": a demonstrative's document is the one of its kind the text has just named.)
      const toldAgain =
        !mention.plural &&
        mention.titles.length === 1 &&
        mention.end <= mention.kindEnd &&
        /^\W*(?:this|that)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(s.text.slice(Math.max(0, mention.start - 5), mention.kindStart)) &&
        (drafts.some((d) => d.kind === mention.kind && d.sentences.some((x) => x.index >= s.index - 2)) || unstated.some((u) => u.kind === mention.kind));
      if (!described && !firmsDeals && !toldAgain) drafts.push(...mention.titles.map(draft));
      // (The documents the count leaves beside its areas: "seven agreements in the fields of A, B, C, D and E" has room for two more.)
      const spare = mention.count === null ? 0 : Math.max(0, mention.count - mention.areas.length);
      // (One area for three or more documents is what the bundle is about, not one of them: "10 agreements on practical
      // cooperation between ministries"; so are the few areas of the cooperation a bundle many times as large is signed to
      // further: "56 agreements and memoranda were signed to enhance cooperation on telecommunication, infrastructure,
      // finance and trade". Not areas the documents cover or fall in: "19 agreements in fields like A, B, C, D and E".)
      const theme =
        mention.count !== null &&
        mention.count >= 3 &&
        (mention.areas.length === 1 || (mention.count >= 3 * mention.areas.length && BUNDLE_PURPOSE.test(s.text.slice(mention.kindEnd, mention.end))));
      areaDrafts.push(
        ...(firmsDeals || theme ? [] : mention.areas).map((area) => ({
          draft: draft(area),
          spare,
          also,
          besides: ALSO_SIGNED_BEFORE.test(s.text.slice(Math.max(0, mention.start - 40), mention.start)),
          summary: mention.summary === true ? mention.areas.length : 0,
          counted: mention.count !== null,
        })),
      );
    }
    // "signed two joint statements, one to develop X and the other to promote Y"; "a memorandum on A,
    // another one on B while the third is in the area of C": documents named by pronouns.
    for (const { mention, title, year } of pronounItems(s.text, mentions)) {
      const status = own.get(mention) ?? trailing.get(mention) ?? (list && (continues || mention.plural) ? list.status : null) ?? headerStatus;
      // (… on the day the document it follows was signed: "this Tuesday, a memorandum was signed for oil cooperation, as
      // well as another in the agricultural area".)
      // (Not across a semicolon or into a future: "…; another on fisheries is expected to be signed next month".)
      const sameSigning =
        !/;/.test(s.text) && !/\b(?:will|would|expected|to\s+be|next|later|back\s+in|in\s+(?:19|20)\d\d)\b/i.test(s.text.slice(s.text.search(/\banother\b/i)));
      const sibling = sameSigning ? drafts.findLast((d) => d.sentences[0] === s && d.kind === mention.kind && d.status === status && d.dateStated) : undefined;
      if (status) drafts.push(namedBy(title, mention.kind, status, partiesOf(s, mention, ctx, story ?? opts), s, opts, year ?? sibling?.date ?? null));
    }
    // "The first concerns B": an item of the list the previous sentences announced.
    // "These agreements include a cooperation framework, a reciprocal visa exemption for citizens, and an
    // agreement for consultations": the items the list names without a kind word are documents of its kind.
    // (Not the sectors firms' deals cover: "Business leaders signed 22 agreements. The agreements cover a wide array of
    // industries, including energy, …" names what the bundle is about, not one state document per sector.)
    if (list?.kind && continues && !ordinal && !list.business) {
      for (const item of bareItems(s.text, mentions))
        drafts.push(namedBy(`${list.kindWord ?? list.kind} on ${item}`, list.kind, list.status, partiesOf(s, null, ctx, story ?? opts), s, opts, list.day));
    }
    // "six MoUs which are:" and then "*Cooperation on agricultural research": a bare list line under a
    // colon header is one document of the header's kind.
    // (Not the text's last line when a cut ends it in the middle of a word: "• Joint D".)
    const cutLine = s === sentences.at(-1) && /\s\p{Lu}$/u.test(s.text.trimEnd());
    const bare = list?.kind && list.lines && item && !cutLine ? bareLine(s.text, mentions, (at) => s.countries.some((c) => c.start === at)) : null;
    if (bare && list?.kind)
      drafts.push(namedBy(`${list.kindWord ?? list.kind} on ${bare}`, list.kind, list.status, partiesOf(s, null, ctx, story ?? opts), s, opts, list.day));
    const pair = list?.kind && !ordinal ? ONE_OF_THEM.exec(s.text) : null;
    if (pair && list?.kind) {
      const kind = list.kind;
      const parties = partiesOf(s, null, ctx, story ?? opts);
      // A document that "aims to" do something is named by its purpose ("memorandum to strengthen …").
      const introducer = (verb: string): string => (/^(?:aims|seeks)\b/i.test(verb) ? 'to' : 'on');
      const { firstVerb, first, secondVerb, second } = pair.groups!;
      drafts.push(namedBy(`${kind} ${introducer(firstVerb!)} ${first!.trim()}`, kind, list.status, parties, s, opts, list.day));
      drafts.push(namedBy(`${kind} ${introducer(secondVerb!)} ${second!.trim()}`, kind, list.status, parties, s, opts, list.day));
    }
    if (ordinal && list?.kind) {
      // The kind an ordinal's own noun gives its item ("The first protocol is about …").
      const ownKind = kindOfWord(ordinal.groups?.kind ?? '');
      const kind = ownKind ?? list.kind;
      const item = namedBy(
        `${ownKind ? caseOfKind(ordinal.groups!.kind!) : kind} ${ordinal.groups!.purpose ? 'to' : 'on'} ${ordinal.groups!.subject!.replace(SUBJECT_CLAUSE_END, '').trim()}`,
        kind,
        list.status,
        partiesOf(s, null, ctx, story ?? opts),
        s,
        opts,
        // (… on the day of the signing its list reports.)
        list.status === 'signed' ? (list.day ?? bundleDay) : null,
      );
      // "The second agreement, signed on 24 February 2021 in Yaoundé, concerns …": the day its own clause gives.
      const own = s.dates.find(
        (d) =>
          d.end <= subjectAt &&
          d.kind === 'calendar' &&
          d.from.day !== null &&
          /\bsigned\s+(?:on\s+)?$/i.test(s.text.slice(Math.max(0, d.start - 12), d.start)),
      );
      const ownDate = own ? resolveDate(own, false, { ...ctx, monthYears: monthYears[s.index] }).date : null;
      drafts.push(ownDate ? { ...item, date: ownDate, dateStated: true } : item);
    }
    if (announcesList) {
      list = {
        status: headerStatus,
        // ("16 agreements and MoUs were signed. These included:": a header that goes on with the list keeps its kind.)
        kind: plural?.kind ?? (continues ? (list?.kind ?? null) : null),
        kindWord: plural?.kindWord ?? (continues ? (list?.kindWord ?? null) : null),
        until: s.index + 12,
        paragraph: s.paragraph,
        lines: /:\s*$/.test(s.text),
        // ("… signed six memoranda on Tuesday. The documents signed are as follows:": the day of the bundle it goes on with.)
        day: headerStatus === 'signed' ? (signingDay(s, ctx, monthYears[s.index]) ?? (continues ? (list?.day ?? null) : null)) : null,
        atEncounter: /\b(?:during|at)\s+the\s+(?:[\w-]+\s+){0,2}(?:visit|talks|summit|meeting)\b/i.test(s.text),
        business: firmsSign(s) || (continues && list?.business === true),
      };
    }
    unstated = unstatedHere;
  }
  // "seven MoUs on A, B and C": one document per area only when the text itemises no documents of that kind
  // elsewhere. One named in passing, which the count leaves room for, itemises nothing ("seven agreements in
  // the fields of A … E", then "the transit agreement has been concluded").
  // (… unless it is one of the areas told in full: "A memorandum on mining was signed. In all, six memoranda in fields including fisheries and mining".)
  const named = (kind: string): string[] => [...new Set(drafts.filter((d) => d.kind === kind).map((d) => d.title.toLowerCase()))];
  // (By the area's subject words: "agreement on the media" is told by "cooperation agreement in the field of media".)
  const areaTold = (area: string, titles: readonly string[]): boolean => {
    const words = [...subjectWords(area)];
    return titles.some((title) => {
      const own = subjectWords(title);
      return words.every((w) => own.has(w));
    });
  };
  // (A summary's areas are told of documents of any kind, "The agreements cover A and B" over a list of memoranda:
  // itemised when the text names at least as many documents.)
  let distinctTitles: number | undefined;
  const distinct = (): number => (distinctTitles ??= new Set(drafts.map((d) => d.title.toLowerCase())).size);
  // (An uncounted list, "the agreements in various areas, including A, the media and B", is not itemised by the one
  // document the text tells in full when that is one of its areas: "A cooperation agreement in the field of media was
  // signed between the agencies". Two documents told in full itemise it.)
  const itemised = (draft: Draft, spare: number, summary: number, counted: boolean): boolean => {
    if (summary) return distinct() >= summary;
    const titles = named(draft.kind);
    if (titles.length !== 1) return titles.length > 1;
    const told = areaDrafts.some((a) => a.spare === spare && a.counted === counted && areaTold(a.draft.title, titles));
    if (spare > 0) return told;
    return counted || !told || distinct() > 1;
  };
  // (Told by a document of any kind: "a memorandum on energy security … also signed agreements in the fields of energy".)
  const allTitles = [...new Set(drafts.map((d) => d.title.toLowerCase()))];
  const toldOfAny = (area: Draft): boolean => areaTold(area.title, allTitles);
  // (Every area of the sentence's documents untold by the list: one told makes it the list's summary after all.)
  const summaries = new Set(areaDrafts.filter((a) => a.besides && toldOfAny(a.draft)).map((a) => a.draft.sentences[0]!));
  drafts.push(
    ...areaDrafts
      .filter(
        ({ draft, spare, also, besides, summary, counted }) =>
          also || (besides ? !summaries.has(draft.sentences[0]!) : !itemised(draft, spare, summary, counted)),
      )
      .map(({ draft }) => draft),
  );
  signedAgainOn(sentences, drafts, ctx, monthYears);
  return merge(drafts, ctx.titled).map((d) => ({
    title: d.title,
    kind: d.kind,
    parties: d.parties,
    status: d.status,
    date: d.date,
    evidence: evidenceList(d.sentences),
    rule: d.capitalised ? 'agreement/capitalised-title' : 'agreement/kind-with-subject',
  }));
}

// A signing still to come, said actively ("Anwar and Yunus will also witness the exchange of …") or in the passive with no
// time of its own after it ("Several MoUs will also be signed", not "… once negotiations are completed").
const TO_COME = String.raw`\b(?:will|(?:is|are)\s+(?:also\s+)?(?:to|set\s+to|expected\s+to|due\s+to))\s+(?:also\s+)?`;
const ACTIVE_ON_THE_DAY = new RegExp(String.raw`${TO_COME}(?:witness|sign|exchange|ink|oversee)\b`, 'i');
const PASSIVE_ON_THE_DAY = new RegExp(
  String.raw`${TO_COME}be\s+(?:signed|exchanged|inked)\b(?![^.;]*\b(?:once|when|after|upon|until|before|coming|next|later|soon|future|eventually|January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b)`,
  'i',
);

// "The agreements were signed by the Ministers of Foreign Affairs … on Wednesday, February 7": the documents of the
// sentence before, named again in the plural, with the day of their signing.
const SIGNED_AGAIN =
  /^\W*(?:the|these|those|all(?:\s+the)?|both)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreements|documents|memoranda|memorandums|mous|deals|accords|instruments|protocols)\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+)?(?:signed|inked|exchanged)\b/iu;

/**
 * The day a sentence that signs the documents of the sentence before again gives them ("… witnessed the signing of
 * agreements on A and B. The agreements were signed by the foreign ministers on Wednesday, February 7"): the text's own
 * word on the signing, over the day the first sentence's "this afternoon" or the encounter gave.
 */
function signedAgainOn(
  sentences: readonly RecognisedSentence[],
  drafts: Draft[],
  ctx: DocumentContext,
  monthYears: ReturnType<typeof monthYearsBySentence>,
): void {
  for (const s of sentences) {
    if (!SIGNED_AGAIN.test(s.text)) continue;
    const days = s.dates.filter((d) => d.to === null && d.kind === 'calendar' && d.from.day !== null);
    if (days.length !== 1) continue;
    const day = resolveDate(days[0]!, false, { ...ctx, monthYears: monthYears[s.index] }).date;
    if (!day) continue;
    for (const d of drafts)
      if (d.sentences[0]!.index === s.index - 1 && d.status === 'signed') {
        d.date = day;
        d.dateStated = true;
      }
  }
}

/** "The agreement was signed on …" opening its sentence: the kind word alone, after "the" or "this". */
function backReference(text: string, mention: DocumentMention): boolean {
  return !mention.titles.length && !mention.areas.length && !mention.plural && /^\s*(?:the|this)\s+$/i.test(text.slice(0, mention.kindStart));
}

// "The document was signed on 3 November 2022 and entered into force on Monday": the one document the sentence before
// named, told again by a word that names no kind.
// (… also with the participle set off: "The document, signed on Monday, sets up …".)
const DOCUMENT_AGAIN = /^\W*(?:the|this)\s+(?:document|text|accord|deal)\s*,?\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?:signed|inked)\s+(?:on|in)\s/i;
const ENTERED_INTO_FORCE = /\b(?:entered|came)\s+into\s+(?:force|effect)\b|\btook\s+effect\b/i;

/** The day and the entry into force a sentence gives the one document signed in the sentence before. */
function documentToldAgain(s: RecognisedSentence, drafts: readonly Draft[], ctx: DocumentContext, monthYears: ReadonlyMap<number, number> | undefined): void {
  if (!DOCUMENT_AGAIN.test(s.text)) return;
  const before = drafts.filter((d) => d.sentences.some((x) => x.index === s.index - 1));
  if (before.length !== 1 || before[0]!.dateStated || before[0]!.status === 'planned') return;
  const day = s.dates.find((d) => d.to === null && ((d.kind === 'calendar' && d.from.day !== null) || d.kind === 'weekday'));
  const date = day ? resolveDate(day, false, { ...ctx, monthYears }).date : null;
  if (date) [before[0]!.date, before[0]!.dateStated] = [date, true];
  if (ENTERED_INTO_FORCE.test(s.text)) before[0]!.status = 'in_force';
}

/** A document a sentence named with no status, to be made a draft if a later sentence signs it. */
interface Unstated {
  readonly kind: AgreementKindT;
  readonly draft: () => Draft;
}

/** The one document of a kind the sentence before named with no stated date: signed there, or named with no status. */
function dateBack(drafts: readonly Draft[], unstated: readonly Unstated[], kind: AgreementKindT, index: number, byDay = true): Draft | null {
  const there = drafts.filter((d) => d.sentences[0]!.index === index && d.kind === kind);
  // (A document in force, dated by its entry into force, takes its signing's date too; by a month, only such a one.)
  if (there.length) return there.length === 1 && (there[0]!.status === 'in_force' || (byDay && !there[0]!.dateStated)) ? there[0]! : null;
  if (!byDay) return null;
  const named = unstated.filter((d) => d.kind === kind);
  return named.length === 1 ? named[0]!.draft() : null;
}

/** A document a sentence names by its subject alone (an ordinal, a pronoun): signed at the encounter, or undated. */
function namedBy(
  title: string,
  kind: AgreementKindT,
  status: AgreementStatusT,
  parties: string[],
  s: RecognisedSentence,
  opts: AgreementOptions,
  day: string | null = null,
): Draft {
  return {
    title: tidiedTitle(title),
    kind,
    parties,
    status,
    date: status === 'signed' ? (day ?? (opts.eventPlanned ? null : signingDate(opts))) : null,
    dateStated: day !== null,
    capitalised: false,
    sentences: [s],
  };
}

/**
 * "signed a memorandum of understanding on Antarctic Cooperation, a joint action plan that deepens …": a kind with no
 * subject of its own, set after a document as "a …" with a clause about it, describes that document; it is none more.
 */
function describesBefore(text: string, m: DocumentMention, before: DocumentMention | undefined): boolean {
  return (
    before !== undefined &&
    !m.plural &&
    !m.capitalised &&
    m.end === m.kindEnd &&
    // (A plan or a programme that describes; not a protocol, which is signed: "a protocol that amends the accord".)
    (m.kind === 'program' || m.kind === 'roadmap') &&
    /^\s*,\s*(?:a|an)\s+$/i.test(text.slice(before.end, m.start)) &&
    /^\s+(?:that|which)\b/i.test(text.slice(m.end, m.end + 8))
  );
}

// "the 20th meeting of the Armenian-Russian intergovernmental commission on economic cooperation", "the meeting of the
// joint intergovernmental commission": a commission's session, named up to its verb or the clause's end.
const SESSION_OF_COMMISSION =
  /\bthe\s+((?:(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[\p{L}-]+th)\s+)?(?:meeting|session|sitting)\s+of\s+the\s+[^.;,]{0,80}?\b(?:commission|committee)(?:\s+(?:on|for)\s+[\p{L}\s,-]{3,80}?)?)(?=\s+(?:was|were|is|held|took|and|in|on|at|which|that|obtained)\b|\s*[.,;]|$)/iu;

/** The commission session the sentence, or one before it, names (its words from "the" on), else null. */
function sessionNamed(sentences: readonly RecognisedSentence[], s: RecognisedSentence): string | null {
  for (let i = s.index; i >= 0; i--) {
    const found = SESSION_OF_COMMISSION.exec(sentences[i]!.text);
    if (found) return `the ${found[1]!.replace(/\s+/g, ' ').trim()}`;
  }
  return null;
}

/**
 * The day a visit of several days saw its documents signed, when a sentence reporting a counted bundle gives one ("on
 * Wednesday exchanged six memoranda during the two-day visit"): the day of the documents the text then names one by one.
 */
function bundleSigningDay(
  sentences: readonly RecognisedSentence[],
  ctx: DocumentContext,
  opts: AgreementOptions,
  monthYears: ReturnType<typeof monthYearsBySentence>,
): string | null {
  const { eventDate: first, eventEnd: last } = opts;
  if (first === null || last === null || opts.eventPlanned || first.length !== 10) return null;
  for (const s of sentences) {
    const signed = COUNTED_BUNDLE_SIGNED.exec(s.text);
    if (!signed) continue;
    // (The day nearest the verb: "on Wednesday exchanged six memoranda during the visit, which began on 11 June".)
    const nearest = s.dates.filter(namesOneDay).sort((a, b) => Math.abs(a.start - signed.index) - Math.abs(b.start - signed.index))[0];
    const day = nearest ? resolveDate(nearest, false, { ...ctx, monthYears: monthYears[s.index] }).date : null;
    if (day !== null && day.length === 10 && first <= day && day <= last) return day;
  }
  return null;
}
const COUNTED_BUNDLE_SIGNED =
  /\b(?:signed|inked|exchanged|concluded)\s+(?:[\w-]+\s+){0,3}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+number\s+of)\s+(?:[\w-]+\s+){0,3}?(?:documents|agreements|memoranda|memorandums|MoUs|MOUs|instruments|accords|deals|protocols)\b/i;

/** A mention of one day: a date with its day, a weekday, "yesterday" (not a span: "from 5 to 7 June" gives a visit's days). */
const namesOneDay = (d: DateMention): boolean =>
  d.to === null && ((d.kind === 'calendar' && d.from.day !== null) || d.kind === 'weekday' || d.kind === 'relative-day');

/** The one day a sentence that reports a signing gives ("signed 10 agreements … on Monday"), or null. */
function signingDay(s: RecognisedSentence, ctx: DocumentContext, monthYears: DocumentContext['monthYears']): string | null {
  const days = s.dates.filter(namesOneDay);
  if (days.length !== 1) return null;
  const date = resolveDate(days[0]!, false, { ...ctx, monthYears }).date;
  // (A day of no year too, "--02-22", in a text that gives none.)
  return date !== null && (date.length === 10 || /^--\d\d-\d\d$/.test(date)) ? date : null;
}

const ONE_AND_OTHER =
  /^[\s,]*one\s+(on|to|for|about|concerning)\s+([^.;]+?)\s*,?\s+and\s+the\s+other\s+(on|to|for|about|concerning)\s+([^.;]+?)(?=\s+(?:during|at|in\s+the\s+presence|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|[.;]|$)/i;
// A document named by "one" and its subject: "one on innovation" (not "one on one talks").
const ONE_ABOUT = String.raw`one\s+(on|for|in|about|concerning)\s+(?!one\b)`;
// "…, a green hydrogen roadmap, one on innovation and technology, and …": an item of a list that takes
// the kind of the item before it.
const ONE_ON = new RegExp(String.raw`^\s*,\s*(?:and\s+)?${ONE_ABOUT}([^.;,]+?)(?=\s*,|\s+and\s+(?:a|an|the)\s|\s*[.;]|\s*$)`, 'i');
// "13 agreements have been signed …, including one on fighting terrorism (and one on migration)": the
// members of a counted bundle the sentence names.
const INCLUDING_ONE = new RegExp(String.raw`^[^.;]{0,120}?\b(?:including|among\s+them|notably)\s+(${ONE_ABOUT}[^.;]+)`, 'i');
const RELATIVE_AFTER_ITEM = /,\s*(?:which|that|who)\s.*$/i;
const ONE_ITEM = new RegExp(String.raw`(?:^|,\s*(?:and\s+)?|\s+and\s+)${ONE_ABOUT}(.+?)(?=,\s*(?:and\s+)?one\s|\s+and\s+one\s|$)`, 'gi');
// (Also with the kind said again: "a memo for A and another memo for B".)
// (… its year after it no part of its subject: "and another on agriculture in 2014".)
// (… nor its own verb: "while another on energy was signed back in 2018".)
const ANOTHER_ONE =
  /\banother\s+(?:\p{L}+\s+)?(on|in|for|regarding|concerning)\s+([^.;,]+?)(?=\s+while\b|\s+in\s+(?:19|20)\d\d\b|\s+(?:was|were|is|are|has|had|will|would)\s|[,.;]|$)/iu;
// An item of a counted bundle named by its ordinal in the same sentence: "the first MoU signed in the field of
// energy, and the second on the exchange of experiences".
// (… also "the first of which is the establishment of A, the second concerns B, and the last for C": a verb of what it
// is about, or "is" and the subject itself, reads as "on".)
const NTH_ITEM =
  /\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|other)\s+(?:of\s+which\s+|(?!(?:is|was|concerns|covers)\b)\p{L}+\s+)?(?:(?:was|is|being)\s+)?(?:signed\s+|concluded\s+)?(in\s+the\s+(?:field|area|sphere)\s+of|on|for|concerning|regarding|concerns|covers|deals\s+with|relates\s+to|(?<=\b(?:is|was)\s)(?=the\s+\p{Ll}))\s*([^;.]+?)(?=,?\s+(?:(?:and|while)\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|other)\b|[;.]|$)/giu;
const THE_NTH = /\bthe\s+(?:second|third|fourth|fifth|last)\s+(?:one\s+)?(?:is|was)\s+(?:in|on)\s+(?:the\s+(?:area|field)s?\s+of\s+)?([^.;]+?)(?=[.;]|$)/i;

/** The preposition an ordinal's item reads with: its own, or "on" for a verb or none ("concerns B", "is the A"). */
const nthPreposition = (written: string): string => (/^(?:on|for|concerning|regarding|in\s)/i.test(written) ? written.toLowerCase() : 'on');

// Who signs a bundle of firms' deals: "Business leaders from A and B signed …", "47 deals from more than 100 companies",
// "between the two states as well as business companies".
const FIRMS = String.raw`(?:business\s+(?:leaders|communities|companies|people|circles|executives)|businessmen|businesspeople|companies|firms|corporations|private[-\s]sector\s+(?:players|companies|firms|entities))`;
const FIRMS_SIGN = new RegExp(String.raw`\b${FIRMS}\b[^.;]{0,80}?\b(?:signed|inked|concluded|(?:are|is|were)\s+to\s+be\s+signed)\b`, 'i');
const DEALS_OF_FIRMS = new RegExp(
  String.raw`\b(?:deals|agreements|contracts|memoranda|mous)\s+(?:from|by|between|among)\s+[^.;]{0,40}?\b${FIRMS}\b|\bbetween\s+[^.;]{0,60}?\bbusiness\s+companies\b`,
  'i',
);
// … but not when officials of the states sign too: "the presidents of A and B signed 12 agreements, and a business forum
// brought together 200 companies", "A and B signed eight memoranda, while A's firms signed separate deals".
const OFFICIALS_SIGN =
  /(?<!\bbusiness\s)\b(?:governments?|presidents?|prime\s+ministers?|ministers?|leaders|heads\s+of\s+state)\b[^.;]{0,60}?\b(?:signed|inked|concluded)\b|\bintergovernmental\b/i;

/** Whether a sentence heading a list says firms signed its documents, and no state or official did. */
function firmsSign(s: RecognisedSentence): boolean {
  const firms = FIRMS_SIGN.exec(s.text);
  if (!firms && !DEALS_OF_FIRMS.test(s.text)) return false;
  if (OFFICIALS_SIGN.test(s.text)) return false;
  // (A state that signs, named outside the firms' own words: "Saudi Arabia and Pakistan signed …"; not "Business leaders from
  // Central Asian countries and Japan signed".)
  const firmsSpan = firms ? [firms.index, firms.index + firms[0].length] : [-1, -1];
  return !s.countries.some(
    (c) => c.kind !== 'adjective' && !(c.start >= firmsSpan[0]! && c.end <= firmsSpan[1]!) && /^[^.;]{0,40}?\bsigned\b/i.test(s.text.slice(c.end, c.end + 60)),
  );
}
// "These agreements include …", "They cover …": where the items of a list sentence begin (also "The agreements
// including …", a participle standing for the verb).
const INCLUDE_HEAD =
  /^\s*(?:they|these|those|the\s+cooperation|(?:these|those|the)\s+(?:[\w-]+\s+){0,3}?(?:documents|agreements|memoranda|memorandums|mous|accords|instruments|pacts|deals|treaties|protocols)(?:\s+of\s+understanding)?(?:\s*\([^)]{1,20}\))?)(?:,\s+(?:signed|concluded|exchanged)\b[^,;.]{0,80},)?\s+(?:include|includes|included|including|cover|covers|covered)\s*:?\s+(?:the\s+(?:areas|fields|sectors|spheres)\s+of\s+)?/i;

// "They cover everything from A to B to C, D, and many more": the subjects of the documents a count announced.
const COVER_FROM =
  /^\s*(?:they|these|those|the\s+cooperation|(?:these|those|the)\s+(?:[\w-]+\s+){0,3}?(?:documents|agreements|memoranda|memorandums|mous|accords|instruments))\s+(?:cover|covered|range|ranged|span|spanned)\s+(?:everything|all|areas|fields|issues)?\s*from\s+/i;
const NO_ITEM = /^(?:(?:many|much|several|some)\s+)?(?:more|others?|other\s+areas|etc\.?)$/i;

/** The items of "They cover everything from A to B to C, D, and many more". */
function coverFromItems(text: string): string[] {
  const head = COVER_FROM.exec(text);
  if (!head) return [];
  return text
    .slice(head[0].length)
    .replace(/[.!?]\s*$/, '')
    .split(/\s+to\s+|\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:many|much|several|some)\s+more\b|others\b|etc\b)/)
    .map((item) => item.trim())
    .filter((item) => item && !NO_ITEM.test(item) && item.split(/\s+/).length <= 10);
}

/** The items of a list sentence that no document mention covers, each a few words long, without its article. */
function bareItems(text: string, mentions: readonly DocumentMention[]): string[] {
  const from = coverFromItems(text);
  if (from.length) return from;
  const head = INCLUDE_HEAD.exec(text);
  // (A header closed by a colon names its items on the lines after it: "The signed MoUs cover various sectors, …:".)
  if (!head || /:\s*$/.test(text)) return [];
  const out: string[] = [];
  // ("partnerships between NASA and the Saudi Space Agency": the parties' "and the" opens no next item; kept at its length.)
  const body = text
    .slice(head[0].length)
    .replace(/[.!?]\s*$/, '')
    .replace(/(\bbetween\s+[^,;]{1,60}?\s)and(?=\s+the\s)/gi, '$1\uE000nd')
    // (An item quoted whole keeps its commas: 'a "visa exemption for holders of diplomatic, special, and service passports"'.)
    .replace(/["“][^"“”]{3,200}["”]/g, (quoted) => quoted.replace(/,/g, '\uE001'));
  const bareList = !mentions.some((m) => m.start >= head[0].length);
  // ("The cooperation includes defence, maritime affairs and tourism": the fields of the documents, a word each.)
  // (… and "The agreements included the areas of air services, …": the fields the header names, a few words each.)
  const fields = /^\s*the\s+cooperation\b/i.test(head[0]);
  const areas = /\b(?:areas|fields|sectors|spheres)\s+of\s+$/i.test(head[0]);
  let at = head[0].length;
  const pieces = body.split(/(\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:a|an|the)\s|(?:co-?operation|collaboration)\s+(?:in|on|between|for)\s))/);
  // (A word alone is an item in a bare list of three or more: "These include readmission, defence collaboration and …".)
  const longList = bareList && pieces.filter((p) => p.trim() && !/^\s*,|\s+and\s+$|^\s*and\s*$/.test(p)).length >= 3;
  for (const piece of pieces) {
    const start = at;
    at += piece.length;
    if (/^\s*,|\s+and\s+$|^\s*and\s*$/.test(piece) || !piece.trim()) continue;
    const end = start + piece.length;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    const words = piece.trim().split(/\s+/);
    // An item opens with its article ("a reciprocal visa exemption") or with its noun in lower case ("market
    // access for farm products", "the establishment of a working group"), and holds no verb.
    // (Only in a list of such items alone: after a document named in full, "…, another one on A while the
    // third is in the area of B, C and D" are areas of that one.)
    const opening =
      /^\s*(?:a|an)\s/i.test(piece) ||
      // (… or, beside documents named in full, with the noun of what a document does: "the establishment of a joint
      // commission, an agreement for …, co-operation in food safety, an air service agreement".)
      /^\s*(?:the\s+)?(?:co-?operation|collaboration|establishment|creation)\s+(?:in|on|between|of|for)\s/i.test(piece) ||
      ((bareList || areas) &&
        /^\s*(?:the\s+\p{Ll}|(?!the\s)\p{Ll})/u.test(piece) &&
        // ("among other sectors" closes the list; it names no item.)
        !/^\s*(?:among\s+)?(?:the\s+)?(?:other|others|more|many|several|some|various|etc)\b/i.test(piece));
    // (A clause with a verb ends the list: "…, the report said, and come ahead of a meeting … and a number of firms".)
    if (/\b(?:is|are|was|were|will|has|have|said)\b/i.test(piece)) break;
    if (!opening || words.length < (fields || areas || (longList && /^\p{L}{4,}$/u.test(piece.trim())) ? 1 : 2) || words.length > 16) continue;
    // ("cover a wide array of industries, including energy, …": the array names nothing; "including" opens the items.)
    if (/^\s*(?:a|an)\s+(?:wide|broad|whole|large)\s+(?:array|range|variety|spectrum)\s+of\b/i.test(piece)) continue;
    // ("They cover the period until 2030": a term, no subject.)
    if (/^\s*(?:the\s+)?(?:period|years|term|duration|timeframe|time\s+frame)\b/i.test(piece)) continue;
    const item = piece
      .trim()
      .replace(/^(?:including|as\s+well\s+as)\s+/i, '')
      .replace(/^(?:a|an|the)\s+/i, '')
      .replace(/\uE000/g, 'a')
      .replace(/\uE001/g, ',')
      .replace(/["“”]/g, '');
    // (The areas a header names are a word or two each: "the areas of health, education and tourism".)
    // (… and the last of a long list of one-word items is two when it is two words joined: "energy, transport and
    // healthcare", not a pair that names one field, "research and development".)
    const pair = longList ? /^(\p{L}{4,})\s+and\s+(\p{L}{4,})$/u.exec(item) : null;
    const lastTwo = pair !== null && !isFieldPair(pair[1]!, pair[2]!);
    const parts = areas || lastTwo ? item.split(/\s+and\s+/) : [item];
    out.push(...(parts.every((x) => x.split(/\s+/).length <= 2) ? parts : [item]));
  }
  return out;
}

/** The subject a bare list line names ("*Cooperation on agricultural research;"), or null for one that reads as a sentence. */
function bareLine(text: string, mentions: readonly DocumentMention[], properAt: (offset: number) => boolean): string | null {
  const bullet = LIST_BULLET.exec(text)?.[0].length ?? 0;
  // ("• Financing for infrastructure projects, including a railroad.", "- Developing a partnership that will underpin
  // programmes": the item's subject ends where a clause about it begins; "The inclusion of …" loses its article.)
  const whole = text
    .slice(bullet)
    .replace(/[\s;,.]+$/, '')
    .trim();
  // (Not when the clause is all the item says: "- measures that will facilitate cross-border trade" keeps its clause.)
  const withoutArticle = (x: string): string => x.replace(/^(?:the|a|an)\s+/i, '');
  const cut = whole.replace(ITEM_CLAUSE, '').trim();
  const subject = withoutArticle(cut).split(/\s+/).length >= 2 ? cut : whole;
  // (A document named in the clause about the item is not its title: "- Developing a partnership that will underpin
  // cooperation programmes".)
  if (mentions.some((m) => m.start < bullet + subject.length)) return null;
  const rest = withoutArticle(subject);
  const words = rest.split(/\s+/);
  if (!rest || words.length > 15 || /\b(?:is|are|was|were|will|has|have|had|said|says)\b/i.test(rest)) return null;
  // (A line opening with a state's name or adjective keeps its capital: "Chinese recognition of halal standards".)
  const at = text.indexOf(rest, bullet);
  return properAt(at) ? rest : rest.charAt(0).toLowerCase() + rest.slice(1);
}

/** Documents a sentence names by pronouns after a kind: "two joint statements, one to A and the other to B", "another one on B". */
function pronounItems(text: string, mentions: readonly DocumentMention[]): Array<{ mention: DocumentMention; title: string; year?: string }> {
  const out: Array<{ mention: DocumentMention; title: string; year?: string }> = [];
  const pair = mentions.find((m) => m.plural && m.count === 2 && m.titles.length === 0);
  const both = pair ? ONE_AND_OTHER.exec(text.slice(pair.end)) : null;
  if (pair && both) {
    out.push({ mention: pair, title: `${pair.kindWord} ${both[1]!.toLowerCase()} ${both[2]!.trim()}` });
    out.push({ mention: pair, title: `${pair.kindWord} ${both[3]!.toLowerCase()} ${both[4]!.trim()}` });
  }
  for (const bundle of mentions.filter((m) => m.plural && !m.titles.length)) {
    const including = INCLUDING_ONE.exec(text.slice(bundle.end));
    // (A relative clause after an item describes it: "one on a critical mineral supply chain partnership, which will pave the way …".)
    for (const one of including ? including[1]!.replace(RELATIVE_AFTER_ITEM, '').matchAll(ONE_ITEM) : [])
      out.push({ mention: bundle, title: `${bundle.kindWord} ${one[1]!.toLowerCase()} ${one[2]!.trim()}` });
    // "two MoUs were announced, with the first MoU signed in the field of energy, and the second on …".
    // (Not when a document is named in full: "… include a MoU on A, another one on B while the third is …" is read below.)
    if (!including && !mentions.some((m) => !m.plural && m.titles.length > 0))
      for (const nth of text.slice(bundle.end).matchAll(NTH_ITEM))
        out.push({ mention: bundle, title: `${bundle.kindWord} ${nthPreposition(nth[1]!)} ${nth[2]!.trim()}` });
  }
  mentions.forEach((m, i) => {
    if (m.plural || !m.titles.length) return;
    const one = ONE_ON.exec(text.slice(m.end, mentions[i + 1]?.start ?? text.length));
    if (one) out.push({ mention: m, title: `${text.slice(m.kindStart, m.kindEnd).toLowerCase()} ${one[1]!.toLowerCase()} ${one[2]!.trim()}` });
  });
  const named = mentions.find((m) => !m.plural && m.titles.length > 0);
  if (named) {
    const rest = text.slice(named.end);
    const another = ANOTHER_ONE.exec(rest);
    // ("… and another deal on science and technology": a document of a kind of its own, named there, not one more of the first's.)
    const ownKind = another !== null && mentions.some((m) => m.start >= named.end + another.index && m.start < named.end + another.index + another[0].length);
    // (… and the year it was signed in, right after it: "and another on agriculture in 2014".)
    // (… or after its own signing verb: "while another on energy was signed back in 2018".)
    const year = another
      ? /^\s+(?:(?:was|were|had\s+been)\s+(?:signed|inked|concluded)\s+(?:back\s+)?)?in\s+((?:19|20)\d\d)\b/.exec(
          rest.slice(another.index + another[0].length),
        )?.[1]
      : undefined;
    if (another && !ownKind)
      out.push({ mention: named, title: `${named.kindWord} ${another[1]!.toLowerCase()} ${another[2]!.replace(/^["“‘']|["”’']$/g, '').trim()}`, year });
    const nth = another ? THE_NTH.exec(rest.slice(another.index)) : null;
    if (nth) out.push({ mention: named, title: `${named.kindWord} on ${nth[1]!.trim()}` });
  }
  return out;
}

/** The last title of the list that runs to the end of a cut-off text. */
function dropCutItem(text: string, mentions: DocumentMention[]): void {
  // Only a list the sentence runs (a plural's subjects): a list line or a headline without a full stop is whole.
  // (Its subjects may stand as areas: "signed agreements in the fields of health, customs, pharmaceut".)
  const i = mentions.findIndex((m) => m.plural && (m.titles.length > 1 || m.areas.length > 1) && m.end >= text.trimEnd().length - 1);
  if (i >= 0) mentions[i] = { ...mentions[i]!, titles: mentions[i]!.titles.slice(0, -1), areas: mentions[i]!.areas.slice(0, -1) };
  // … and a single document whose subject the cut ends ("The pact on cooperation b"): no title to record.
  // (Not a list line, whose title in capitals is whole: "- Agreement on School Exchanges".)
  const lastWord = /(\S+)\s*$/.exec(text)?.[1] ?? '';
  if (LIST_BULLET.test(text) || !/^\p{Ll}/u.test(lastWord)) return;
  const j = mentions.findIndex(
    (m) => !m.plural && m.titles.length === 1 && m.end > m.kindEnd && m.end >= text.trimEnd().length - 1 && m.titles[0]!.endsWith(lastWord),
  );
  // (… unless enough of it stands before the cut word to name it: "a MoU on cooperation in the field of sharing successful
  // digital soluti" is the MoU on sharing digital solutions, its cut word dropped.)
  if (j < 0) return;
  const whole = mentions[j]!.titles[0]!.slice(0, -lastWord.length).trimEnd();
  mentions[j] = { ...mentions[j]!, titles: whole.split(/\s+/).length >= CUT_TITLE_WORDS ? [whole] : [] };
}

/** How many words a title cut off by the end of the text must keep to name its document. */
const CUT_TITLE_WORDS = 7;

/**
 * A header that says no status ("The MoUs are:") takes the one of the signing the sentences just
 * before it report ("The two Prime Ministers witnessed the signing after their meeting.").
 */
function signingBefore(sentences: readonly RecognisedSentence[], s: RecognisedSentence, unnamed: boolean): AgreementStatusT | null {
  if (!unnamed || !/:\s*$/.test(s.text)) return null;
  return signingStatusesBefore(sentences, s)[0] ?? null;
}

/** The status "signed" when one of the three sentences before reports documents signed. */
function signedJustBefore(sentences: readonly RecognisedSentence[], s: RecognisedSentence): AgreementStatusT | null {
  return signingStatusesBefore(sentences, s).includes('signed') ? 'signed' : null;
}

/** The statuses the (up to three) sentences before give the documents they sign, the nearest first. */
function signingStatusesBefore(sentences: readonly RecognisedSentence[], s: RecognisedSentence): AgreementStatusT[] {
  return sentences
    .slice(Math.max(0, s.index - 3), s.index)
    .reverse()
    .filter((before) => SIGNING_VERB.test(before.text))
    .flatMap((before) => statusNear(before.text, 0, before.text.length) ?? []);
}

// The words that make a statement an encounter's outcome: "was marked by a", "culminated in the adoption of a".
// (Only the statement itself, "a Joint Statement", "a new joint declaration": not "a heated joint statement dispute", "the
// rejected joint statement", "an unsigned joint declaration"; nor one recalled from an earlier summit.)
const OUTCOME_BEFORE =
  /\b(?:(?:was|were)\s+marked\s+by|culminated\s+in|concluded\s+with|ended\s+with|closed\s+with|resulted\s+in|(?:was|were)\s+crowned\s+(?:by|with))\s+(?:the\s+(?:adoption|signing|issuance|release)\s+of\s+)?(?:a|an|the)\s+(?:(?:new|final|comprehensive|landmark|historic)\s+)?(?:joint\s+)?$/iu;
const OUTCOME_UNDONE = /^\s*(?:disputes?|rows?|disagreements?|controvers(?:y|ies))\b|\b(?:refused|rejected|failed|not\s+(?:signed|adopted|endorsed))\b/i;

// A count told again: after a verb of telling or a determiner ("listed three agreements", "the three agreements").
const TOLD_AGAIN =
  /(?:\b(?:specified|listed|named|detailed|enumerated|mentioned|outlined|described|cited|highlighted|presented|recalled|explained|are|were|included?|includes)\s+(?:the\s+|these\s+|those\s+)?|\b(?:the|these|those)\s+)$/i;
/**
 * "… the three agreements we have just signed. The president listed three cooperation agreements on A, B and C": documents
 * counted again, with no verb of their own, have the status the sentence before (or the one before it) gave them with the
 * same count.
 */
function countedBefore(sentences: readonly RecognisedSentence[], s: RecognisedSentence, m: DocumentMention): AgreementStatusT | null {
  if (!m.plural || m.count === null || m.count < 2) return null;
  // (Only a count told again, after a verb of telling or a determiner: not one with a verb of its own, "This year the two
  // governments plan three agreements on …".)
  const countAt = s.words.find((w) => w.start >= m.start - 40 && w.end <= m.kindStart && numberOf(w.text) === m.count);
  if (!countAt || !TOLD_AGAIN.test(s.text.slice(Math.max(0, countAt.start - 40), countAt.start))) return null;
  for (const before of sentences.slice(Math.max(0, s.index - 2), s.index).reverse()) {
    const ws = before.words;
    for (let i = 0; i < ws.length; i++) {
      if (numberOf(ws[i]!.text) !== m.count) continue;
      // (The count's kind within three words: "three agreements", "three cooperation agreements".)
      const k = ws.slice(i + 1, i + 4).findIndex((w) => kindOfWord(w.key) === m.kind);
      if (k < 0) continue;
      const status = statusNear(before.text, ws[i]!.start, ws[i + 1 + k]!.end);
      if (status) return status;
    }
  }
  return null;
}

/** The two states a sub-headline inside the text names: a short line of its own with no full stop, past the first paragraph. */
function subheadlinePair(s: RecognisedSentence): string[] | null {
  if (s.paragraph === 0 || /[.!?:;"”]\s*$/.test(s.text) || s.words.length > 12 || s.words.length < 3) return null;
  const states = [...new Set(s.countries.filter(namesState).map((c) => c.iso3))];
  return states.length === 2 ? states.sort() : null;
}

/** The year right before a titled document ("the 2012 Special Status Agreement"), when no city names it. */
function yearBefore(s: RecognisedSentence, mention: DocumentMention): DateMention | undefined {
  // (The year opens the mention's title words, or stands right before them.)
  const year = s.dates.find(
    (d) => d.kind === 'year' && (d.start === mention.start || (d.end <= mention.start && /^\s+$/.test(s.text.slice(d.end, mention.start)))),
  );
  if (!year || !/\bthe\s+$/i.test(s.text.slice(Math.max(0, year.start - 5), year.start))) return undefined;
  // (A city's name in a title is no state's: "Paris Agreement" is read as a title, so each word is looked up.)
  const titleWords = s.text.slice(year.end, mention.kindStart).match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  const city = titleWords.some((w) => {
    const kind = lookupForm(w)?.kind;
    return kind === 'city' || kind === 'capital';
  });
  // … nor is a body's ("the 1982 UN Convention on the Law of the Sea"): an abbreviation or a world-wide word.
  const worldwide = /\b(?:\p{Lu}{2,}|United\s+Nations|International|World|Global|Multilateral|Universal)\b/u.test(s.text.slice(year.end, mention.end));
  return city || worldwide ? undefined : year;
}

// "discussed … the signing of a memorandum on pharmaceuticals in the future": a signing still to come.
// "… also signed", "… were also signed": more documents of a signing already told.
const ALSO_SIGNED = /\balso\s+(?:signed|inked|exchanged)\b|\b(?:were|was)\s+also\s+(?:signed|inked|exchanged)\b/i;
// A later occasion of a signing to come, anywhere after the document: "during the next visit", "later this year".
const LATER_OCCASION =
  /\b(?:(?:at|during|in|for\s+signing\s+(?:at|during))\s+(?:the|its|their)\s+next\s+(?:visit|session|meeting|round|summit|sitting)|at\s+(?:a|an)\s+(?:later|future)\s+date|later\s+this\s+year|(?:by|before)\s+the\s+end\s+of\s+(?:the|this)\s+year|(?:by|before)\s+the\s+end\s+of\s+((?:19|20)\d\d)|next\s+year)\b/i;

/**
 * The day of a signing to come when the sentence decides it apart from the encounter: none when the words right after the
 * document put it later ("in the near future") or the day stated is a past act's ("launched negotiations on a CEPA on
 * Wednesday"); the year of a later occasion when they give one ("for signing during the next visit", "expected to be
 * signed later this year", "by the end of 2025"); else undefined.
 */
function plannedSigningDay(
  text: string,
  mention: DocumentMention,
  stated: DateMention | undefined,
  later: boolean,
  ctx: DocumentContext,
): string | null | undefined {
  if (later) return null;
  const occasion = laterSigning(text.slice(mention.end, mention.end + 220), ctx);
  if (occasion !== undefined) return occasion;
  return stated !== undefined && PAST_ACT_BEFORE.test(text.slice(Math.max(0, stated.start - 120), stated.start)) ? null : undefined;
}

/** The date a signing in the sentence at `index` states for its documents, if any. */
function daySignedBefore(drafts: readonly Draft[], index: number): string | null {
  return drafts.find((d) => d.status === 'signed' && d.dateStated && d.date !== null && d.sentences.some((x) => x.index === index))?.date ?? null;
}

/** The date of a signing a sentence puts at a later occasion: its year when the words say it, else null; undefined when none. */
function laterSigning(after: string, ctx: DocumentContext): string | null | undefined {
  const m = LATER_OCCASION.exec(after);
  if (!m) return undefined;
  const year = ctx.reference?.year ?? null;
  if (m[1]) return m[1];
  if (/next\s+year/i.test(m[0])) return year === null ? null : String(year + 1);
  if (/this\s+year|the\s+year/i.test(m[0])) return year === null ? null : String(year);
  return null;
}
// The past act a day belongs to, before it: "launched negotiations on … on Wednesday", "finalised the draft … on Thursday".
const PAST_ACT_BEFORE = /\b(?:launched|began|started|opened|held|finali[sz]ed|initiall?ed|completed|reviewed|discussed)\b[^.;]{0,100}$/i;
const LATER_AFTER =
  /^\s*,?\s*(?:in\s+the\s+(?:near\s+|coming\s+|foreseeable\s+)?future|in\s+(?:the\s+)?(?:coming|next|following)\s+(?:\w+\s+)?(?:years|months|weeks)|soon(?!\s+after)|at\s+(?:a|an)\s+(?:later|early|future)\s+date|later\s+this\s+year|next\s+year)\b/i;

/**
 * A signing the words right after the document put in the future is planned; one "to sign … today", in a
 * speaker's words on the day of the encounter, is the signing being reported.
 */
function signingLater(text: string, mention: DocumentMention, status: AgreementStatusT | null): AgreementStatusT | null {
  const after = text.slice(mention.end, mention.end + 40);
  if (status === 'signed' && LATER_AFTER.test(after)) return 'planned';
  if (
    status === 'planned' &&
    /^\s*,?\s*today\b/i.test(after) &&
    /\b(?:proud|pleased|glad|happy|honou?red|delighted)\s+to\s+(?:sign|ink)\b/i.test(text.slice(Math.max(0, mention.start - 60), mention.start))
  )
    return 'signed';
  return status;
}

/** A status in a relative clause right after a document named inside another's title: "…, which entered into force in 2021". */
function relativeStatus(text: string, mention: DocumentMention): AgreementStatusT | null {
  const after = text.slice(mention.end, mention.end + 60);
  if (!/^\s*,?\s*(?:which|that)\b/i.test(after)) return null;
  return statusNear(text, mention.end, mention.end);
}

// A state and a bloc side by side: "India–EU", "EU-Japan", "between Japan and the European Union", "Japan and the EU".
const STATE_BEFORE_BLOC = /((?:\p{Lu}[\p{L}'’.]*\s+){0,2}\p{Lu}[\p{L}'’.]*)(?:\s*[-–—/&]\s*|\s+and\s+(?:the\s+)?)$/u;
const STATE_AFTER_BLOC = /^(?:\s*[-–—/&]\s*|\s+and\s+(?:the\s+)?)(\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2})/u;

/** The state a phrase of capitalised words names, by its longest tail or head that is a state's name. */
function stateNamed(phrase: string, fromEnd: boolean): string | null {
  const ws = phrase.split(/\s+/);
  for (let n = Math.min(3, ws.length); n >= 1; n--) {
    const form = (fromEnd ? ws.slice(-n) : ws.slice(0, n)).join(' ');
    const entry = lookupForm(form);
    if (entry && (entry.kind === 'name' || entry.kind === 'official')) return entry.iso3;
  }
  return null;
}

/** The states a bloc stands beside in the document's name or in the clause before it, if a bloc is a side. */
function besideBloc(s: RecognisedSentence, mention: DocumentMention): string[] {
  const from = Math.max(0, s.text.lastIndexOf(';', mention.start) + 1, mention.start - 160);
  const stretch = s.text.slice(from, mention.end);
  const out = new Set<string>();
  for (const bloc of stretch.matchAll(blocPattern())) {
    const [start, end] = [from + bloc.index, from + bloc.index + bloc[0].length];
    const before = STATE_BEFORE_BLOC.exec(s.text.slice(Math.max(0, start - 50), start));
    const after = STATE_AFTER_BLOC.exec(s.text.slice(end, end + 50));
    const state = (before && stateNamed(before[1]!, true)) ?? (after && stateNamed(after[1]!, false));
    if (state) out.add(state);
  }
  return [...out].sort();
}

// Right after a document's kind: ", signed between " before the two states that signed it.
const SIGNED_BETWEEN_AFTER = /^\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?(?:signed|concluded|inked)\s+between\s+(?:the\s+)?/i;

/**
 * The parties: two states the sentence names as the sides ("between Ukraine and Romania"), else the
 * sides of the encounter the text reports when it is bilateral, else the document's pair.
 */
function partiesOf(s: RecognisedSentence, mention: DocumentMention | null, ctx: DocumentContext, opts: AgreementOptions): string[] {
  // "His visit to China follows a trip to Vietnam, where … signed a joint declaration": the earlier leg's stretch only.
  const leg = mention ? LEG_BEFORE.exec(s.text) : null;
  const own = s.countries.filter(namesState).filter((c) => !leg || mention!.start < leg.index || c.start >= leg.index);
  // "the India–EU Free Trade Agreement", "Japan and the European Union concluded a free trade agreement": a bloc is
  // one side, and the state beside it the only state party.
  const withBloc = mention ? besideBloc(s, mention) : [];
  if (withBloc.length) return withBloc;
  if (mention) {
    // "the India-UAE Comprehensive Economic Partnership Agreement", "the China–Chile FTA": the two states its name joins
    // by a dash are its parties, whoever the encounter's sides are.
    const joined = own.filter((c) => c.start >= mention.start && c.end <= mention.kindStart);
    if (joined.length === 2 && joined[0]!.iso3 !== joined[1]!.iso3 && /^\s*[-–—]\s*$/.test(s.text.slice(joined[0]!.end, joined[1]!.start)))
      return joined.map((c) => c.iso3).sort();
    // (… and those it was "signed between": "the FTA signed between China and Chile in 2005".)
    const signedBetween = SIGNED_BETWEEN_AFTER.exec(s.text.slice(mention.kindEnd, mention.kindEnd + 80));
    if (signedBetween) {
      const at = mention.kindEnd + signedBetween[0].length;
      const pair = own.filter((c) => c.start >= at && c.start <= at + 60);
      if (pair.length >= 2 && pair[0]!.iso3 !== pair[1]!.iso3 && /^\s+and\s+(?:the\s+)?$/.test(s.text.slice(pair[0]!.end, pair[1]!.start)))
        return [pair[0]!.iso3, pair[1]!.iso3].sort();
    }
    const between = /\bbetween\s/i.exec(s.text.slice(mention.kindEnd, mention.end));
    if (between) {
      const inside = [...new Set(own.filter((c) => c.start >= mention.kindEnd + between.index && c.end <= mention.end).map((c) => c.iso3))];
      if (inside.length === 2) return inside.sort();
    }
  }
  const states = own.map((c) => c.iso3);
  // "Sogavare called for a review of a 2017 security treaty with Australia": a document "with" a state outside the
  // encounter, of the one state whose people the sentence names.
  if (mention) {
    const partner = own.find((c) => c.start > mention.kindEnd && /^\s+with\s+(?:the\s+)?$/i.test(s.text.slice(mention.kindEnd, c.start)));
    const ofPeople = [...new Set([...s.people.map((p) => p.country), ...(opts.statesOfPeopleIn?.(s) ?? [])].filter((c): c is string => c !== null))];
    if (partner && !opts.eventCountries.includes(partner.iso3) && ofPeople.length === 1 && ofPeople[0] !== partner.iso3)
      return [ofPeople[0]!, partner.iso3].sort();
  }
  // "Azerbaijan, Kazakhstan, Uzbekistan Sign … Agreement": three states or more, all named as the subject that signs.
  if (mention && new Set(states).size >= 3 && own.every((c) => c.end <= mention.start)) {
    const between = s.text.slice(own.at(-1)!.end, mention.start);
    if (between.length <= 80 && SIGNING_VERB.test(between) && !/[.;:]/.test(between)) return [...new Set(states)].sort();
  }
  // "In a joint statement, the foreign ministers of Japan, Australia, India and the United States condemned …": a
  // statement of three states or more is all of theirs.
  if (mention && (mention.kind === 'joint_statement' || mention.kind === 'declaration') && new Set(states).size >= 3) {
    // (The list only, its states joined by commas and "and": not "… condemned the launch by North Korea".)
    const after = own.filter((c) => c.start >= mention.end && c.start - mention.end <= 140);
    const list = after.slice(0, 1);
    for (const c of after.slice(1)) {
      if (!/^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.test(s.text.slice(list.at(-1)!.end, c.start))) break;
      list.push(c);
    }
    const listed = new Set(list.map((c) => c.iso3));
    if (listed.size >= 3 && /^[^.;]*$/.test(s.text.slice(mention.end, list[0]!.start))) return [...listed].sort();
  }
  const actors = s.people.map((p) => p.country).filter((c): c is string => c !== null);
  // "The Crown Prince and Pakistan Prime Minister Imran Khan oversaw the signing of seven agreements" in a
  // text about a tour of three states: the two sides the sentence names, by their states or their people.
  // (Their states as the people index knows them too: "Ramaphosa and his Ghanaian counterpart X".)
  const named = new Set([...states, ...actors, ...(opts.statesOfPeopleIn?.(s) ?? [])]);
  if (opts.eventCountries.length > 2 && named.size === 2 && [...named].every((c) => opts.eventCountries.includes(c))) return [...named].sort();
  // "In India … as the two countries signed five agreements": the leg of the tour whose state the sentence
  // names, when it names none of the main encounter's other side.
  const tourLeg = (opts.otherSides ?? []).find(
    (pair) => states.length > 0 && states.every((c) => pair.includes(c)) && !states.every((c) => opts.eventCountries.includes(c)),
  );
  if (tourLeg && [...named].every((c) => tourLeg.includes(c))) return [...tourLeg].sort();
  // Documents of a multilateral meeting belong to all its states unless the sentence names them.
  if (new Set(states).size < 2 && opts.eventCountries.length > 2) return [...opts.eventCountries].sort();
  // A bilateral encounter's sides, unless someone of another state acts in the sentence ("… and U.S.
  // President Joe Biden adopted a joint statement" in a text about Korea and Poland). A state merely
  // named ("discussed the conflict in Ukraine") changes nothing.
  // (… nor a state the sentence signs with, outside the encounter: "Blinken signed a defence pact with Papua New Guinea" in
  // a text whose main encounter is another.)
  const signedWith = own.find((c) => !opts.eventCountries.includes(c.iso3) && SIGNED_WITH_BEFORE.test(s.text.slice(Math.max(0, c.start - 140), c.start)));
  if (signedWith && named.size === 2) return [...named].sort();
  if (opts.eventCountries.length === 2 && actors.every((c) => opts.eventCountries.includes(c))) return [...opts.eventCountries].sort();
  // "Presidents Lula and Xi signed 15 agreements" in a text that reports no encounter: the two sides its people are of.
  if (!opts.eventCountries.length && new Set(states).size < 2 && named.size === 2) return [...named].sort();
  return partiesFor(actors.some((c) => !opts.eventCountries.includes(c)) ? [...new Set([...actors, ...states])] : states, ctx);
}

// An entry into force, past or to come: "which entered into force on 1 May", "in force since 2021".
const IN_FORCE_ON = /\b(?:into\s+(?:force|effect)|in\s+force\s+since|effective)\s+(?:on|from|since|as\s+of)?\s*$/i;
// A year a goal is set for: "by 2030", "until 2027", "by the end of 2025", "towards 2045".
const DEADLINE = /\b(?:by|until|till|through|towards?|before)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$/i;

/** "the joint declaration" and "the joint statement" of one encounter are one document. */
const SELF_NAMED = /^joint (?:statement|declaration|communiqu[eé])$/i;

/**
 * A shorter form of a title, the same document named again: "the Economic Partnership Agreement" after "the Kenya-UK
 * Economic Partnership Agreement" (its last words), not an item listed beside it ("the Free Trade Agreement and the
 * Digital Free Trade Agreement", "the Agreement on Trade and the Agreement on Trade in Services").
 */
function shorterForm(short: string, long: string, text: string): boolean {
  const [s, l] = [short.toLowerCase(), long.toLowerCase()];
  if (s.length >= l.length || !l.endsWith(` ${s}`)) return false;
  const listed = new RegExp(
    `${escapeRegExp(s)}\\s*(?:,|and|as\\s+well\\s+as)\\s+(?:the\\s+|a\\s+|an\\s+)?${escapeRegExp(l)}|${escapeRegExp(l)}\\s*(?:,|and|as\\s+well\\s+as)\\s+(?:the\\s+|a\\s+|an\\s+)?${escapeRegExp(s)}`,
    'i',
  );
  return !listed.test(text);
}

function merge(drafts: Draft[], titled: boolean): Draft[] {
  const out: Draft[] = [];
  // A headline's wording of a document ("sign 'Declaration on Allied Cooperation'") is the document the
  // body names in full ("the Declaration on Allied Interaction between …"): a looser match suffices.
  const inHeadline = (x: Draft): boolean => titled && x.sentences.every((s) => s.paragraph === 0);
  // A bare kind ("the joint declaration") is the document of that kind the text names in full.
  const bare = (t: string): boolean => subjectWords(t).size === 0;
  // "In 1978 … signed the Sino-Brazil Trade Agreement. In 1979 … the Sino-Brazil Maritime Transportation
  // Agreement": two signings the text dates apart are two documents, however alike their titles.
  const signedApart = (o: Draft, d: Draft): boolean =>
    o.status === 'signed' &&
    d.status === 'signed' &&
    o.dateStated &&
    d.dateStated &&
    o.date !== null &&
    d.date !== null &&
    o.date.slice(0, 4) !== d.date.slice(0, 4);
  // "the MoC to strengthen cooperation in ICT, and the Memorandum of Understanding to strengthen cooperation": two items
  // of one sentence's list, written with different kind words, are two documents.
  const firstWord = (t: string): string => t.split(/\s/, 1)[0]!.toLowerCase();
  const listedApart = (o: Draft, d: Draft): boolean =>
    o.sentences.length === 1 &&
    d.sentences.length === 1 &&
    o.sentences[0] === d.sentences[0] &&
    !bare(o.title) &&
    !bare(d.title) &&
    firstWord(o.title) !== firstWord(d.title) &&
    // (Both opening with their kind word: a name in brackets after a title, "(Japan-Croatia Air Services Agreement)", is it.)
    kindOfWord(firstWord(o.title)) !== undefined &&
    kindOfWord(firstWord(d.title)) !== undefined;
  // "a Double Taxation Agreement, a Bilateral Transport Agreement and a Bilateral Co-operation Agreement": two
  // capitalised titles of one sentence are two documents, however alike.
  const namedApart = (o: Draft, d: Draft): boolean =>
    o.sentences.length === 1 &&
    d.sentences.length === 1 &&
    o.sentences[0] === d.sentences[0] &&
    o.capitalised &&
    d.capitalised &&
    !bare(o.title) &&
    !bare(d.title) &&
    o.title.toLowerCase() !== d.title.toLowerCase() &&
    // (Not a name in brackets after the full title: "(Japan-Croatia Air Services Agreement)", nor a shorter form of
    // the other's title: "the Comprehensive Economic Partnership Agreement … the Economic Partnership Agreement".)
    !o.sentences[0]!.text.includes(`(${o.title})`) &&
    !o.sentences[0]!.text.includes(`(${d.title})`) &&
    !shorterForm(o.title, d.title, o.sentences[0]!.text) &&
    !shorterForm(d.title, o.title, o.sentences[0]!.text);
  // "a Shared Vision for Digital Partnership … A Shared Vision on the Green Partnership": two titles in capitals, each
  // with a subject word the other lacks, name two documents wherever they stand.
  const subjectsApart = (o: Draft, d: Draft): boolean => {
    // (Of one list: the same status, a sentence or two apart; the same document is often named again in other words.)
    if (!o.capitalised || !d.capitalised || o.status !== d.status) return false;
    if (Math.abs(o.sentences[0]!.index - d.sentences[0]!.index) > 2) return false;
    const [x, y] = [subjectWords(o.title), subjectWords(d.title)];
    return [...x].some((w) => !y.has(w)) && [...y].some((w) => !x.has(w));
  };
  // "two MoUs concerning transportation of goods and passengers": the items one sentence shares a head between differ
  // only after its "of", and are two documents.
  const objectsApart = (o: Draft, d: Draft): boolean => {
    if (o.sentences.length !== 1 || d.sentences.length !== 1 || o.sentences[0] !== d.sentences[0] || o.title === d.title) return false;
    const at = o.title.lastIndexOf(' of ') + 4;
    const [x, y] = [o.title.slice(at), d.title.slice(at)];
    return at > 4 && d.title.startsWith(o.title.slice(0, at)) && !x.startsWith(y) && !y.startsWith(x);
  };
  // "accords on agricultural, industrial and medical research": items of one sentence that differ in one word only, at
  // the same place, are two documents ("agricultural research", "industrial research").
  const wordApart = (o: Draft, d: Draft): boolean => {
    if (o.sentences.length !== 1 || d.sentences.length !== 1 || o.sentences[0] !== d.sentences[0]) return false;
    const [x, y] = [o.title.toLowerCase().split(/\s+/), d.title.toLowerCase().split(/\s+/)];
    return x.length === y.length && x.length >= 3 && x.filter((w, i) => w !== y[i]).length === 1;
  };
  // "signed MoUs on agriculture and health" in Harare and "MoUs in the areas of agriculture, culture …" in Kenya: documents
  // of two different pairs of states are two documents, however alike their titles.
  const pairsApart = (o: Draft, d: Draft): boolean => o.parties.length === 2 && d.parties.length === 2 && o.parties.some((c) => !d.parties.includes(c));
  // "Among the agreements signed were an agreement on Vietnam-Laos Strategic Cooperation …; Vietnam-Laos Cooperation in
  // 2021-2025; …": the items of one list are as many documents, however alike their words.
  const itemsApart = (o: Draft, d: Draft): boolean => o.list !== undefined && o.list === d.list && o.title.toLowerCase() !== d.title.toLowerCase();
  const isSame = (o: Draft, d: Draft): boolean =>
    (SELF_NAMED.test(o.title) && SELF_NAMED.test(d.title)) ||
    (o.kind === d.kind &&
      !itemsApart(o, d) &&
      !pairsApart(o, d) &&
      !signedApart(o, d) &&
      !objectsApart(o, d) &&
      !wordApart(o, d) &&
      !listedApart(o, d) &&
      !namedApart(o, d) &&
      !subjectsApart(o, d) &&
      (bare(o.title) || bare(d.title) || titleSimilarity(o.title, d.title) >= ((inHeadline(o) || inHeadline(d)) && o.status === d.status ? 0.2 : 0.5)));
  // The documents kept so far, by kind and subject words, in the order they were kept: the first one
  // that is the same as a new mention is found among those that can be.
  const byKind = new Map<AgreementKindT, TitleWordIndex<Draft>>();
  const firstOfKind = new Map<AgreementKindT, Draft>();
  const order = new Map<Draft, number>();
  const selfNamed: Draft[] = [];
  const cutKept: Draft[] = [];
  const file = (d: Draft): void => {
    if (/\p{L}-$/u.test(d.title) && !cutKept.includes(d)) cutKept.push(d);
    if (!order.has(d)) order.set(d, order.size);
    if (!firstOfKind.has(d.kind)) firstOfKind.set(d.kind, d);
    let index = byKind.get(d.kind);
    if (!index) byKind.set(d.kind, (index = new TitleWordIndex()));
    index.file(d.title, d);
    if (SELF_NAMED.test(d.title) && !selfNamed.includes(d)) selfNamed.push(d);
  };
  const sameAs = (d: Draft): Draft | undefined => {
    const index = byKind.get(d.kind);
    // A bare mention is the same as the first document of its kind.
    const ofKind = !index ? [] : bare(d.title) ? [firstOfKind.get(d.kind)!] : index.near(d.title);
    // "Both sides finalised an Agreement for Long-" where a page's excerpt ends: the document whose title it begins.
    // (Scanned only for a cut title, or among the few cut ones kept: a text of many documents stays linear.)
    const begins = (whole: string, part: string): boolean => /\p{L}-$/u.test(part) && whole.toLowerCase().startsWith(part.toLowerCase());
    const cut = (/\p{L}-$/u.test(d.title) ? out : cutKept).filter((o) => o.kind === d.kind && (begins(o.title, d.title) || begins(d.title, o.title)));
    // (The document of the very same title first: "The Bilateral Co-operation Agreement will provide …" after a list that
    // also named a Bilateral Transport Agreement.)
    const exact = [...ofKind].find((o) => o.title.toLowerCase() === d.title.toLowerCase() && !pairsApart(o, d));
    if (exact) return exact;
    return earliest([...(SELF_NAMED.test(d.title) ? selfNamed : []), ...cut, ...ofKind], order, (o) => cut.includes(o) || isSame(o, d));
  };
  for (const d of drafts) {
    const same = sameAs(d);
    if (!same) {
      out.push(d);
      file(d);
      continue;
    }
    mergeStatus(same, d);
    // Keep the fullest, capitalised wording as the title.
    if ((d.capitalised && !same.capitalised) || (d.capitalised === same.capitalised && d.title.length > same.title.length)) {
      same.title = d.title;
      same.capitalised = d.capitalised;
      file(same);
    }
    same.sentences.push(...d.sentences);
  }
  // "Sultanate, Tajikistan sign cooperation agreement" over a body that names one document: the headline's
  // words for it, not a second one.
  const generic = out.filter((d) => inHeadline(d) && [...subjectWords(d.title)].every((w) => GENERIC_SUBJECT.has(w)));
  const body = out.filter((d) => !inHeadline(d));
  // (Not one the body recalls from another day: "… the extradition treaty signed in 2010".)
  if (generic.length === 1 && body.length === 1 && body[0]!.status === generic[0]!.status && (!body[0]!.dateStated || body[0]!.date === generic[0]!.date)) {
    body[0]!.sentences.push(...generic[0]!.sentences);
    return body;
  }
  return withoutGenericTwins(out);
}

/** The status and date of a document told again (`d`) folded into the one told first (`same`): the most advanced status wins. */
function mergeStatus(same: Draft, d: Draft): void {
  // (A document acted "under" is in force only by inference: one the text says was signed keeps that, "have concluded the
  // CEPA … Under the CEPA, Canada is committed to …".)
  const framedOnly = (x: Draft): boolean => x.status === 'in_force' && !x.sentences.some((t) => statusWords().forceStated.test(t.text));
  if (same.status === 'in_force' && d.status === 'signed' && framedOnly(same)) {
    [same.status, same.date, same.dateStated] = [d.status, d.date ?? same.date, d.date !== null ? d.dateStated : same.dateStated];
  } else if (STATUS_RANK[d.status] > STATUS_RANK[same.status]) {
    if (d.status === 'in_force' && same.status === 'signed' && framedOnly(d)) return;
    // (A document in force keeps the day it was signed when the text gives it: "signed … in January 2023. The CEPA entered
    // into force in May" is dated January.)
    const signedOn = same.status === 'signed' && d.status === 'in_force' && same.date !== null;
    same.status = d.status;
    if (d.date !== null && !signedOn && (d.dateStated || !same.dateStated)) [same.date, same.dateStated] = [d.date, d.dateStated];
  } else if (same.status === 'in_force' && d.status === 'signed' && d.date !== null && d.dateStated) {
    [same.date, same.dateStated] = [d.date, d.dateStated];
  } else if (STATUS_RANK[d.status] === STATUS_RANK[same.status] && d.date !== null && (same.date === null || (d.dateStated && !same.dateStated))) {
    // A date the text states for the document beats the date of the encounter it was signed at.
    [same.date, same.dateStated] = [d.date, d.dateStated];
  }
}

// A document named only by the generic word: "cooperation documents in the fields of agriculture, trade …".
const GENERIC_DOCUMENT = /^(?:(?:bilateral|cooperation|intergovernmental|inter-governmental)\s+)*documents?\s+on\s+(.+)$/i;

/**
 * "signed cooperation documents in the fields of agriculture, trade and tourism … the signing of 20 cooperation agreements
 * including trade and tourism": a "document on trade" the text also names by its kind, for the same states on the same day,
 * is that document, told in a generic word.
 */
function withoutGenericTwins(out: Draft[]): Draft[] {
  const subjectOf = (d: Draft): string | null => /\s+on\s+(.+)$/i.exec(d.title)?.[1]?.toLowerCase() ?? null;
  return out.filter((d) => {
    const generic = GENERIC_DOCUMENT.exec(d.title)?.[1]?.toLowerCase();
    if (!generic) return true;
    const twin = out.find(
      (o) => o !== d && !GENERIC_DOCUMENT.test(o.title) && subjectOf(o) === generic && o.date === d.date && o.parties.join() === d.parties.join(),
    );
    if (twin) twin.sentences.push(...d.sentences);
    return !twin;
  });
}

// Words that say a document is one of cooperation without saying of what (stemmed as subjectWords stems them).
const GENERIC_SUBJECT = new Set(['cooper', 'bilater', 'collabor', 'new', 'major', 'key', 'import']);

/** A kind word as a title writes it: in lower case, but an abbreviation as written ("MoU", not "mou"). */
function caseOfKind(word: string): string {
  return /^\p{Lu}[^\s]*\p{Lu}/u.test(word) ? word : word.toLowerCase();
}
