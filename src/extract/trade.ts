// Money mentions → trade facts: measure from the nearest trade cue, kind (actual / target /
// potential) from the words around the figure, year from the clause, parties from the sentence
// or the document's pair, direction for exports and imports. Repeated figures are one fact.
import { FigureIndex } from './figure-index.js';
import { TradeKind, type TradeKindT, type TradeMeasureT, type TradeT } from '../facts/schema.js';
import { perLexicons } from '../lexicon/active.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { namesState, type CountryMention } from '../recognise/countries.js';
import { lookupForm } from '../recognise/gazetteer.js';
import type { MoneyMention } from '../recognise/money.js';
import { usdRate } from '../recognise/money.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import { ofGoods, partiesFor, type DocumentContext } from './context.js';
import { evidenceList } from './evidence.js';
import { yearOf } from './resolve-date.js';
import {
  COMPARED_AFTER,
  comparedYears,
  isIncrement,
  targetYear,
  yearEarlierInSentence,
  yearFor,
  yearOfPreviousSentence,
  yearAfterPairedFigure,
  yearOfMention,
  yearRightBeforeTo,
} from './trade-years.js';
import { blocCounterpart } from '../recognise/trade-blocs.js';

// The words that name a measure, longest first (data/trade-cues.tsv), and those that name no trade.
const cueWords = perLexicons((lex) => {
  const cues = [...lex.tradeCues].sort((a, b) => b.form.length - a.form.length);
  return {
    cue: new RegExp(`\\b(${cues.map((c) => escapeRegExp(c.form)).join('|')})\\b`, 'gi'),
    measureOf: new Map(cues.map((c) => [c.form.toLowerCase(), c.measure as TradeMeasureT])),
    notTrade: new RegExp(`\\b(${lex.notTradeCues.map(escapeRegExp).join('|')})\\b`, 'gi'),
  };
});

// A stock accumulated over the years ("have invested $150 million so far") belongs to no one year (data/stock-cues.tsv).
const stockCue = perLexicons((lex) => new RegExp(`\\b(?:${lex.stockCues.map((r) => r.match).join('|')})\\b`, 'i'));

interface KindRule {
  readonly id: string;
  readonly kind: TradeKindT | 'skip';
  readonly reason: string;
  /** Tested on the text of the clause before the figure (`before`) and after it (`after`). */
  readonly test: (before: string, after: string, measure: TradeMeasureT) => boolean;
}

// Order matters: the first rule that applies decides.
// A level reported as reached, right before the figure, with no modal before the verb ("could have reached").
const REACHED_JUST_BEFORE =
  /(?<!\b(?:could|might|can|would|may|to|will|should|must)\s+(?:\w+ly\s+)?(?:have\s+)?)\b(?:reached|amounted\s+to|stood\s+at|totall?ed|registered|recorded)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over)\s+)?$/i;
// "to bolster existing investments of approximately USD 3 bn", "current investments worth some $5 billion": a stock held.
// (… also a flow at its current level, "enhance the current trade volume of $1.2 billion".)
const EXISTING_STOCK =
  /\b(?:existing|current|present)\s+(?:[\p{L}-]+\s+)?(?:investments?|(?:trade\s+)?(?:volume|turnover|level))\s+(?:of|worth|valued\s+at|amounting\s+to|totall?ing)\s+(?:(?:about|around|approximately|some|nearly|almost|over|more\s+than)\s+)?$/iu;
// "scale up trade from the $1.2 billion recorded in 2023": the level a change starts from, as it stands.
const BASE_RECORDED = /\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:(?:about|around|some|nearly|almost|over)\s+)?$/i;
const RECORDED_AFTER = /^\s*(?:\p{L}+\s+)?(?:recorded|registered|reached|achieved|seen)\b/iu;
// "offers 95 types of goods worth $700 million", "is ready to supply products worth …": what one side offers the other, a
// potential (not a pledge, though "ready to" pledges money).
const GOODS_ON_OFFER =
  /\b(?:offers?|offered|offering|(?:ready|prepared|willing)\s+to\s+(?:offer|supply|export|sell|deliver))\b[^.;,]{0,60}\b(?:goods|products|commodities)\s+(?:worth|valued\s+at)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i;
// "… the $53 million Saudi Arabia has invested in Pakistan": a relative clause telling what was already spent.
const ALREADY_SPENT_AFTER =
  /^\s*(?:that\s+|which\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:has|have|had)\s+(?:already\s+)?(?:invested|spent|provided|given|disbursed|lent|granted|extended)\b/u;

const KIND_RULES: readonly KindRule[] = [
  {
    id: 'actual-existing',
    kind: 'actual',
    reason:
      'a stock or level the text calls existing or current, or a recorded base: "to build on existing investments of about $3 billion", "from the $1.2 billion recorded in 2023"',
    test: (b, a) => EXISTING_STOCK.test(b) || (BASE_RECORDED.test(b) && RECORDED_AFTER.test(a)),
  },
  {
    id: 'balance',
    kind: 'skip',
    reason: 'a trade balance ("a $3.5 billion surplus") is no turnover, export or import figure',
    // (… and every figure of a balance's run: "a negative trade balance for Cameroon of FCFA 215 billion in 2009 to FCFA 246
    // billion in 2010", unless another measure comes between; past an abbreviation's stops, "550 million U.S. dollars, up from".)
    test: (b, a) =>
      /^\s*(?:trade\s+)?(?:surplus|deficit|imbalance)\b/i.test(a) ||
      // (… also with a qualifier and a "trade gap": "a surplus of just over US$ 10 billion", "The trade gap … reached".)
      /\b(?:surplus|deficit|trade\s+gap)\s+(?:of|at|reached|stood at|amounted to)\s+(?:(?:just\s+)?(?:over|under|about|around|some|nearly|almost|more\s+than|less\s+than)\s+)?$/i.test(
        b,
      ) ||
      /\b(?:surplus|deficit)\s+(?:of|at|reached|stood at|amounted to)\s*$/i.test(b) ||
      /\b(?:trade\s+balance|balance\s+of\s+trade|trade\s+(?:surplus|deficit|gap))\b(?:(?!\b(?:exports?|imports?|turnover|volume|investments?)\b)[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,160}$/i.test(
        b,
      ),
  },
  {
    id: 'change-amount',
    kind: 'skip',
    reason: 'an increment is no level: "rose by $616 million", "surged by $1.1 billion", "an increase of $50 million"',
    test: (b) => isIncrement(b),
  },
  {
    id: 'hypothetical-level',
    kind: 'skip',
    reason: 'a level named only to be dismissed ("$100 million is not enough") is not a figure',
    test: (_b, a) =>
      /^[^.;]{0,60}\b(?:is|are|would be|will be)\s+(?:not|hardly|far from)\s+(?:enough|sufficient|the limit)/i.test(a) ||
      /^[^.;]{0,40}\binsufficient\b/i.test(a),
  },
  {
    id: 'actual-baseline',
    kind: 'actual',
    reason: 'the level a target starts from: "a target of $1 billion by 2020 from $830 million in 2017"',
    test: (b, a) =>
      (/\bfrom\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(b) && /^\s*(?:in|as\s+of)\s+(?:19|20)\d\d\b/i.test(a)) ||
      // ("aim to reach a $1 billion annual exchange from $853 million (747 million euros) a year ago".)
      (/\bfrom\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(b) &&
        /^\s*\)?\s*(?:\([^()]{1,40}\)\s*)?(?:a\s+year\s+ago|last\s+year|the\s+(?:previous|preceding)\s+year)\b/i.test(a)) ||
      // "boost trade from the current $10 billion to $15 billion": the level it stands at now.
      // (… also "from its current value of $10 billion".)
      /\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:current|present|existing|today['’]s)\s+(?:(?:levels?|value|volume|figures?)\s+of\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(
        b,
      ) ||
      // "a target to increase bilateral trade from $250 million to $1 billion": the level a rise starts from.
      (/\b(?:increase|increasing|raise|raising|boost|boosting|take|taking|lift|lifting|double|doubling|triple|tripling|expand|expanding|grow|growing)\b[^.;]{0,60}\bfrom\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(
        b,
      ) &&
        /^\s*(?:to|up\s+to)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?(?:US\$|\$|USD|€|EUR|£|\d)/i.test(a)) ||
      // "will reach $15 billion by 2020, up from $12.8 billion last year": the level it was.
      /\b(?:up|down)\s+from\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(b),
  },
  {
    id: 'target-raised',
    kind: 'target',
    reason: 'a goal raised to a level: "have more than doubled their bilateral trade volume target to $1 billion"',
    // (Not a goal met: "exports met the target at $5 billion".)
    test: (b) =>
      /\b(?:doubled|tripled|raised|increased|lifted|boosted|revised|upgraded|set|raise|increase|double)\b[^.;]{0,50}\b(?:target|goal|objective)\s+(?:\w+\s+){0,2}?(?:to|at)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$/i.test(
        b,
      ),
  },
  {
    id: 'actual-change',
    kind: 'actual',
    reason: 'a change that happened: "grew from $1 billion in 2019 to $1.6 billion", "rose by a third to $402 million"',
    test: (b, a) =>
      // "… with exports increasing by 24 percent to reach $600 million": a participle with its measured change.
      /\b(?:increasing|rising|growing|climbing|jumping|surging|falling|declining|dropping)\s+by\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s+to\s+(?:reach\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(
        b,
      ) ||
      // "trade showed a 22% increase to $800 million", "recorded growth of 15 percent to …": a measured change, named by its noun
      // (not one still sought: "aim for a 20% increase to $5 billion").
      (/\b(?:an?\s+[\d.,]+\s*(?:%|percent|per\s+cent|-fold)\s+(?:increase|rise|growth|jump|surge|decrease|decline|drop|fall)|(?:an?\s+)?(?:increase|rise|growth|jump|surge|decrease|decline|drop|fall)\s+of\s+[\d.,]+\s*(?:%|percent|per\s+cent))\s+to\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(
        b,
      ) &&
        !/\b(?:will|would|shall|aims?|aimed|aiming|goal|target\w*|plans?|seeks?|expects?|expected|hopes?|projected|forecast|call(?:s|ed|ing)?\s+for|towards?|needs?|needed|requires?|required)\b[^.;]{0,60}$/i.test(
          b,
        ) &&
        !/\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b/i.test(a)) ||
      (/\b(?:grew|rose|increased|jumped|climbed|doubled|tripled|fell|declined|dropped|decreased|went up|went down)\b[^.;]{0,80}$/i.test(b) &&
        !/\b(?:will|would|to|shall|plan|aim|goal|target)\b[^.;]{0,30}\b(?:grow|rise|increase|double|triple)\b/i.test(b) &&
        // "needs to be increased to $5 billion", "should be doubled": a change still to be made.
        !/\b(?:to|must|should|shall|will|would|could|can)\s+be\s+(?:\w+\s+)?(?:increased|doubled|tripled|raised)\b/i.test(b) &&
        // "should create conditions for increased trade to soon take it to $10 billion": the level still to be taken to
        // (not "grew by 20 percent in 2023 to bring the total to $5 billion").
        !/\b(?:will|would|should|shall|must|could|aims?|aimed|goal|plans?|agreed|seeks?|conditions\s+for|in\s+order)\b[^.;]{0,100}\bto\s+(?:(?:soon|further|quickly|eventually)\s+)?(?:take|bring|raise|lift|push|boost|increase|double|reach)\b[^.;]{0,30}$/i.test(
          b,
        )),
  },
  {
    id: 'actual-now',
    kind: 'actual',
    reason: 'the level it stands at now, beside a target: "would reach $1 billion soon as it currently stands at $466 million"',
    // (Not a goal's level: "the target now stands at $5 billion".)
    test: (b) =>
      !/\b(?:target|goal|aim|objective)\b[^.;]{0,30}$/i.test(b) &&
      (/\b(?:currently|now|presently|at\s+present|today)\s+(?:stands?|stood|is|amounts?\s+to|totals?|hovers?)\s+(?:at\s+|around\s+|about\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|under)\s+)?$/i.test(
        b,
      ) ||
        /\b(?:stands?|standing)\s+(?:currently\s+|now\s+)?at\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(b)),
  },
  {
    id: 'actual-relative',
    kind: 'actual',
    reason:
      'a level a relative clause reports: "growing trade, which was worth over NZ$38 billion last year", "our investments, which are approaching $3 billion"',
    test: (b) =>
      /\b(?:which|that)\s+(?:was|were|stood\s+at|reached|amounted\s+to|totall?ed|hit|(?:is|are)\s+(?:(?:now|currently)\s+)?(?:approaching|nearing|close\s+to))\s+(?:worth\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(
        b,
      ),
  },
  {
    id: 'target-raise-to',
    kind: 'target',
    reason: 'a level to be reached: "raise it to $1 billion", "increase up to $2 billion"',
    test: (b) =>
      // "from current levels of $2.7 billion per annum to about $6 billion": the level a change starts from, then its goal.
      /\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:current|present|existing)\s+(?:(?:levels?|value|volume|figures?)\s+of\s+)?(?:[^.;]|\.(?=\d)){1,60}?\bto\s+(?:(?:about|around|some|nearly|over|more\s+than|at\s+least)\s+)?$/i.test(
        b,
      ) ||
      // (… past the level it starts from: "to more than double trade within three years, from current levels of $2.7 billion
      // per annum to about".)
      (/\b(?:rais|increas|bring|brought|boost|doubl|tripl|expand|grow|reach|lift|elevat|take|achiev|hit|enhanc|push|scal)\w*\b(?:[^.;]{0,80}|[^.;]{0,60}\bfrom\s(?:[^.;]|\.(?=\d)){0,80})\b(?:to|up to|to the level of|to at least|to over|to more than)\s*$/i.test(
        b,
      ) &&
        // ("grew …, reaching 23 million dinars, compared to 13 million": the base of a comparison, no goal.)
        !/\b(?:compared|relative|contrasted)\s+to\s*$/i.test(b) &&
        // "We have increased our trade by 16 percent compared to a year ago to the level of $7.5 billion": a
        // level already reached, unless a verb of aim follows ("has grown and we aim to raise it to").
        !/\b(?:has|have|had)\s+(?:(?:already|\w+ly)\s+)?(?:reached|grown|increased|risen|raised|boosted|brought|doubled|tripled|expanded|lifted|elevated|taken|achieved|hit)\b(?![^.;]*\b(?:rais|increas|bring|boost|doubl|tripl|expand|grow|reach|lift|elevat|achiev|take|hit|aim|goal|target|plan|seek|strive|want|intend|agree|consensus|commit|pledg)\w*)[^.;]{0,120}$/i.test(
          b,
        ) &&
        // "growth in trade, which amounted to more than $600 million": the level it came to, not one to reach.
        // (… nor what a growth comes to in money: "growth …, which translates to USD 3.4 billion".)
        !/\b(?:amount(?:ed|s|ing)?|came|comes|translat(?:es|ed|ing)|correspond(?:s|ed|ing)|equat(?:es|ed|ing)|equal(?:s|led|ling)?)\s+to\s+(?:(?:more|less)\s+than|over|about|around|nearly|almost|at\s+least|some)?\s*$/i.test(
          b,
        ) &&
        // (… nor "close to" after a verb of a level reached: "Exports reached close to 754 million dirhams".)
        !/\b(?:reached|totall?ed|stood\s+at|amounted)\s+(?:close|near)\s+to\s*$/i.test(b)),
  },
  {
    id: 'target-to-reach',
    kind: 'target',
    reason: 'a level still to be reached: "on the right track for trade to reach 5 billion euros", "expected to hit $1 billion"',
    // (Not after a change that happened: "has risen by 20% to reach some $2 billion in 2024", "rose by 18.6 per cent to reach".)
    test: (b) =>
      (/(?<!\b(?:managed|succeeded|able)\s)\bto\s+(?:reach|hit|exceed|surpass|top|achieve)\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i.test(b) ||
        // "in order to achieve a trade volume of 30 billion euros": the level named by its noun.
        /\bto\s+(?:reach|achieve|attain|hit)\s+(?:a|an|the)\s+(?:(?:bilateral|mutual|annual)\s+)?(?:trade\s+)?(?:volume|turnover|level|value)\s+of\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i.test(
          b,
        ) ||
        // "help their trade in this sector reach $10 billion", "enable turnover to hit …".
        /\b(?:help|helps|helping|enable|enables|allow|allows)\s+[^.;]{0,50}?\b(?:reach|hit|exceed|surpass|achieve)\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i.test(
          b,
        )) &&
      // (… nor after a growth the trade has seen: "has seen a five-fold growth to reach SAR 289 million this year".)
      !/\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:risen|grown|increased|climbed|jumped|surged|doubled|tripled|expanded)|rose|grew|increased|climbed|jumped|surged|doubled|tripled|expanded|(?:(?:has|have|had)\s+(?:\w+\s+)?(?:seen|recorded|registered|witnessed|posted|experienced)|saw|recorded|registered|witnessed|posted)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:growth|increase|rise|jump|surge|expansion))\b(?:[^.;]|\.(?=\d)){0,80}$/i.test(
        b,
      ),
  },
  {
    id: 'target-word',
    kind: 'target',
    reason: 'named as a goal: "a target of $5 billion", "aim for", "plan to reach"',
    test: (b, a) =>
      // (Not a goal already met: "reached the targeted $5 billion", "exceeded its target of".)
      /\b(?:target|targets|targeting|targeted|goal|aim|aims|aiming|objective|task|plan|plans|planned|intend|intends|intention|set to|seek|seeks|eye|eyes|eyeing|sights|aspire|aspires|aspiring|aspiration|hope|hopes|hoping|strive|strives|striving|want|wants|wanted|wanting|wish|wishes|wished)\b(?!\s+to\s+(?:note|recall|stress|say|state|declare|report|announce|confirm|acknowledge|add|emphasi[sz]e|underline|point|mention|inform|thank|express|remind|highlight|share|tell|congratulate|assure|reiterate|welcome))[^.;]{0,60}$/i.test(
        b.replace(GOAL_MET, ' '),
      ) ||
      // "a trade volume of $754 million in 2020 and a forecast of more than $1 billion in 2025": a level foreseen.
      /\b(?:a|an|the|its|their)\s+(?:forecast|projection|prognosis)\s+(?:of|at)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$/i.test(
        b,
      ) ||
      // "… hoped for an expansion in the trade volumes, projecting a $5 billion increase": a level projected.
      /\b(?:projecting|projected|projects|forecasting|forecasts|envisaging|envisages|envisaged|foreseeing|foresees)\s+(?:an?\s+|the\s+)?(?:(?:further|total|additional|annual)\s+)?$/i.test(
        b,
      ) ||
      // ("which had been projected at $1 billion": the level foreseen, whatever was reached after.)
      /\b(?:projected|forecast|forecasted)\s+(?:at|to\s+(?:reach|hit|be))\s+(?:(?:about|around|some|nearly|over|more\s+than|up\s+to)\s+)?$/i.test(b) ||
      // "Tehran seeking $10 billion trade with Islamabad": a headline's goal right before the figure.
      /\bseeking\s+(?:an?\s+|the\s+)?(?:(?:annual|bilateral|two-way)\s+)?$/i.test(b) ||
      // "… and then up to $10 billion": the next step of a target.
      /^\s*then\s+(?:up\s+)?to\s*$/i.test(b) ||
      /^\s*(?:by|until)\s+(?:the end of\s+)?(?:20\d\d)\b/i.test(a) ||
      // (… also after the measure's noun: "pursue a $150 billion trade volume by 2030"; not a level reached, "achieved
      // $65 billion in bilateral trade by 2023".)
      (/^\s*(?:in\s+)?(?:(?:bilateral|mutual|annual|two-way)\s+)?(?:trade|turnover)(?:\s+(?:volume|value|turnover))?\s+(?:by|until)\s+(?:the end of\s+)?(?:20\d\d)\b/i.test(
        a,
      ) &&
        !/\b(?:achieved|reached|recorded|registered|hit|had|totall?ed|amounted|stood|surpassed|exceeded)\b/i.test(b)) ||
      /^\s*(?:in|over)\s+the\s+(?:foreseeable|near|coming|medium|long)[\s-]+(?:future|term|years)\b/i.test(a) ||
      // "… 2 billion euros in the next two years", "within the next three years": a horizon to reach it by.
      /^[^.;]{0,25}?\b(?:in|over|within)\s+the\s+(?:next|coming)\s+(?:(?:two|three|four|five|few|several|\d+)\s+)?(?:years?|decade)\b/i.test(a) ||
      // ("set an ambitious $50 billion targets for bilateral trade": the plural as a slip of the page writes it.)
      /^\s*(?:(?:in\s+)?(?:bilateral\s+|mutual\s+)?(?:trade|turnover)\s+)?(?:targets?|goals?)\b/i.test(a),
  },
  {
    id: 'target-pledge',
    kind: 'target',
    reason: 'a promised future amount: "will invest $30 billion", "decided to invest", "pledged $2 billion", "will get $23 billion from Chinese investments"',
    // (Not an amount the words after it say was spent: "which would dwarf the $53 million Saudi Arabia has invested".)
    test: (b, a, measure) =>
      !ALREADY_SPENT_AFTER.test(a) &&
      !GOODS_ON_OFFER.test(b) &&
      (/\b(?:will|would|shall|should|may|going to|decided to|agreed to|pledged?|promised?|committed|commits?|plans? to|aims? to|intends? to|expected to|is to|are to|ready to|set to)\b[^.;]{0,60}$/i.test(
        b,
      ) ||
        /\b(?:pledged|promised|planned|committed|earmarked|envisaged|proposed)\s+(?:investments?|funding|financing)\b[^.;]{0,40}$/i.test(b) ||
        // "investment commitments amounting to 10 billion euros", "pledges worth $2 billion".
        // (Not one carried out: "commitments worth $5 billion, made in 2019, have been fully implemented".)
        (/\b(?:commitments?|pledges?|promises?)\s+(?:amounting\s+to|worth|of|totall?ing|valued\s+at)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$/i.test(
          b,
        ) &&
          !/\b(?:implemented|fulfilled|realized|realised|disbursed|delivered|honou?red)\b/i.test(a)) ||
        // "expressed their initial agreement to invest $2 billion", "readiness to provide $500 million".
        // (… also "a commitment by Saudi Arabia to invest 10 billion dollars".)
        /\b(?:agreement|readiness|willingness|commitment|intention|offer|promise|pledge|plans?)(?:\s+(?:by|from|of)\s+[^.;,]{1,40}?)?\s+to\s+(?:invest|provide|lend|finance|allocate|extend|inject)\b[^.;]{0,30}$/i.test(
          b,
        ) ||
        // "signed 36 memoranda of understanding for a total investment of more than $7.49 billion": deals, not money spent.
        (/\b(?:signed|inked|concluded)\s+[^.;]{0,30}?\b(?:memorand\w*|MoUs?|agreements?|deals?|contracts?)\b[^.;]{0,40}\bfor\s+(?:a\s+)?(?:total\s+|combined\s+)?investments?\s+(?:of|worth|valued\s+at)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$/i.test(
          b,
        ) &&
          !/\b(?:completed|implemented|realised|realized|carried\s+out)\b/i.test(`${b} ${a}`)) ||
        // ("the announcement of $600 million investment has taken the total amount to $2.8 billion": money announced, and the
        // total of the pledges it raises.)
        (measure === 'investment' &&
          (/\bannouncement\s+of\s+(?:(?:an?|the)\s+)?(?:additional\s+|another\s+|new\s+|further\s+)?$/i.test(b) ||
            /\bannouncement\s+of\b[^.;]{0,60}\b(?:taken|brought|raised|lifted)\s+the\s+total\s+(?:\w+\s+)?to\s+$/i.test(b))) ||
        // ("had signed 27 MoUs for a $2.2 billion investment in Pakistan": the figure before its noun.)
        (/\b(?:signed|inked|concluded)\s+[^.;]{0,30}?\b(?:memorand\w*|MoUs?|agreements?|deals?)\s+for\s+(?:a|an)\s+(?:total\s+)?$/i.test(b) &&
          /^\s*(?:investments?|financing)\b/i.test(a) &&
          !/\b(?:completed|implemented|realised|realized|carried\s+out)\b/i.test(`${b} ${a}`)) ||
        // ("Thirty memoranda of understanding for a total investment of $5 billion were signed".)
        (/\b(?:memorand\w*|MoUs?|agreements?|deals?)\b[^.;]{0,40}\bfor\s+(?:a\s+)?(?:total\s+|combined\s+)?investments?\s+(?:of|worth)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$/i.test(
          b,
        ) &&
          /^[^.;]{0,30}\b(?:were|was|will\s+be|to\s+be)\s+(?:signed|inked|concluded)\b/i.test(a)) ||
        /^[^.;]{0,40}\b(?:(?:will|would) be (?:invested|allocated|provided|delivered)|to be (?:invested|delivered|provided|allocated))\b/i.test(a) ||
        // "a further $8 billion is reportedly in the pipeline": projects not yet begun.
        /^[^.;]{0,20}\b(?:is|are)\s+(?:\w+\s+)?in\s+the\s+pipeline\b/i.test(a) ||
        // "investment agreements worth more than US$10 billion will be signed": deals still to be made.
        /^[^.;]{0,30}\b(?:will|are\s+to|is\s+to|are\s+expected\s+to|is\s+expected\s+to|to)\s+be\s+(?:signed|concluded|inked)\b/i.test(a)),
  },
  {
    id: 'investment-announced',
    kind: 'target',
    reason:
      'an investment the text does not record as made or held ("a significant investment of about $23 billion" from new agreements) is announced, not done',
    test: (b, a, measure) =>
      measure === 'investment' &&
      // (… nor one a state's firms have, or that surpasses or hit a level: "firms have 30 projects worth $2 billion", "recently hit $1.8 billion".)
      // (… nor one a ranking counts: "the largest destination of South Korean investment, with registered capital of $87 billion".)
      // (… nor one at work now: "To-date, Malaysian companies … are implementing projects … with investments of about $1 billion".)
      !/(?<!\b(?:will|would|to|may|might|could|should)\s)\b(?:have|has)\s+(?!to\b|been\s+(?:pledged|promised|announced))|\b(?:surpass(?:es|ed)?|hit|hits|tops|topped)\b|\b(?:(?:is|are)\s+(?:now\s+)?worth|invested|have invested|has invested|direct\s+investments|channell?ed|poured|injected|attracted|(?:was|were|been)\s+(?:established|realis|realiz|built|completed|opened|launched|implemented|set\s+up)\w*\s+with|(?:is|are)\s+now|stock|amount(?:ed|s)?|(?<!\b(?:announc|pledg|commit|promis|plann)\w*\s+(?:\w+\s+){0,3})amounting|(?:largest|biggest|top|leading)\s+(?:foreign\s+)?investors?|(?:largest|biggest|top|leading|main)\s+(?:destination|recipient|source)s?\b|registered\s+capital|reached|total(?:l?ed|s)?|already\s+(?:total(?:l?ing|s)|amount(?:s|ing)\s+to|stands?|standing|exceeds?|exceeding)|stood|stands|so far|to[-\s]date|(?:are|is)\s+(?:now\s+)?(?:implementing|carrying\s+out|running|operating)|accumulated|cumulative|portfolio|exceed(?:ed|s)?|surpassed|currently|hold|holds|held|last year|valued|(?:over|in|during) the (?:past|last))\b|\b(?:has|have|had)\s+(?:\w+\s+)?\w+ed\b|(?<!\b(?:by|until|till|before|in)\s)\b(?:19|20)\d\d\b|\bin (?:19|20)\d\d\b/i.test(
        `${b} ${a}`,
      ),
  },
  {
    id: 'potential-word',
    kind: 'potential',
    reason: 'an untapped possibility: "potential to increase exports for $140 million", "could add"',
    test: (b, a) =>
      // (Not a level a verb reports as reached after the word: "Stating that these measures fueled trade potential, he
      // noted that exports reached $563 million".)
      (/\b(?:potential|untapped|could|might|opportunit(?:y|ies)|possible|possibility|prospects?)\b/i.test(b) && !REACHED_JUST_BEFORE.test(b)) ||
      GOODS_ON_OFFER.test(b) ||
      /\bcan\s+(?:\w+\s+)?(?:reach|exceed|grow|increase|rise|double|achieve|hit|amount)\b[^.;]{0,30}$/i.test(b) ||
      /^[^.;]{0,40}\bcould be\b/i.test(a),
  },
  { id: 'actual', kind: 'actual', reason: 'a figure stated as what happened or stands now', test: () => true },
];

/** The clause around a position: split at semicolons and at ", and" / ", while" joints. */
function clauseBounds(text: string, start: number, end: number): [number, number] {
  const joint =
    /;|,\s+(?:and|while|whereas|but|adding|saying|noting|according\s+to)\s+|,\s+(?:he|she|they)\s+said\b|\s+(?:while|whereas)\s+|\s+but\s+(?!also\b)|(?<!\b\p{Lu})\.\s/gu;
  let from = 0,
    to = text.length;
  for (const m of text.matchAll(joint)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index!;
      break;
    }
  }
  return [from, to];
}

// SCHEMA.md: a promised amount of loans ("pledged $2 billion in loans", "offered a credit line of
// $1 billion") is a state's pledge of investment; a loan merely provided or taken is no trade (not-trade-cues).
// ("would loan India $4.2 billion", "will give a fresh loan of $2 billion", "will receive a $25 billion Russian loan",
// "a contract which will see Tanzania secure a $2.5 billion loan from South Korea": a loan still to be made is pledged too.)
const LOAN_PLEDGE_BEFORE =
  /\b(?:pledged|pledges|pledging|promised|promises|promising|committed|committing|offered|offers|offering|announced|announcing|approved|approves|extended|extends|granted|grants|(?:will|would|shall|agreed\s+to|set\s+to|intends?\s+to|plans?\s+to|(?:is|are)\s+to)\s+(?:also\s+)?(?:see\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+)?)?(?:give|provide|extend|lend|loan|receive|get|offer|allocate|disburse|secure|obtain)|(?:enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){1,3}to\s+(?:obtain|receive|get|access|secure))\b[^.;]{0,40}$/iu;
// (Case-sensitive where a state's adjective or name stands: under the i flag \p{Lu} matches every letter.)
const LOAN_AFTER =
  /^\s+(?:in\s+|of\s+|worth\s+of\s+)?(?:(?:[Cc]oncessional|[Ss]oft|[Pp]referential|[Ll]ow-interest|[Ii]nterest-free|[Nn]ew|[Ff]resh)\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:[Ll]oans?|[Cc]redits?|[Cc]redit\s+lines?|[Ll]ines?\s+of\s+credit|(?:[Ff]inancing\s+|[Cc]redit\s+)?[Ff]acilit(?:y|ies))\b/u;
const LOAN_BEFORE =
  /(?:\b(?:[Ll]oans?|[Cc]redits?|[Cc]redit\s+lines?|[Ll]ines?\s+of\s+[Cc]redit)\s+(?:\([A-Z]{2,5}s?\)\s+)?(?:of|worth|totall?ing|amounting\s+to)|\b[Ll]oan\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})\s*(?:(?:about|around|some|nearly|over|more\s+than|up\s+to)\s+)?$/u;

// A credit line is a state's financing whatever the verb that opens it: "approved a €500 million credit line".
const CREDIT_LINE_AFTER = /^\s+(?:in\s+|of\s+)?(?:(?:concessional|soft|preferential|new)\s+)?(?:credit\s+lines?|lines?\s+of\s+credit)\b/i;
// (… also with its abbreviation: "a third Line of Credit (LOC) of US$ 4.5 Billion".)
const CREDIT_LINE_BEFORE =
  /\b(?:credit\s+lines?|lines?\s+of\s+credit)\s+(?:\([A-Z]{2,5}s?\)\s+)?(?:of|worth|totall?ing|amounting\s+to|from)\s+(?:(?:about|around|some|nearly|over|more\s+than|up\s+to)\s+)?$/i;

// A state's own lending bank, named with its state: "India Exim Bank", "the Export-Import Bank of China".
const NATIONAL_BANK =
  /\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:Exim\s*[Bb]ank|EXIM\s+Bank|Eximbank|Export-Import\s+Bank|Development\s+Bank)\b|\b(?:Export-Import|Exim|EXIM|Development)\s+Bank\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/gu;

/** The words before a figure with each state's own bank replaced by its state, which lends through it. */
function withNationalBanksAsStates(before: string): string {
  return before.replace(NATIONAL_BANK, (whole, a: string | undefined, b: string | undefined) => {
    const state = (a ?? b)!;
    const kind = lookupForm(state)?.kind;
    return kind === 'name' || kind === 'official' || kind === 'adjective' ? state : whole;
  });
}

/** A loan a state pledges ("pledge"), or a credit line it opens whatever the verb ("credit-line"); else null. */
function loanPledge(rawBefore: string, rawAfter: string): 'pledge' | 'credit-line' | null {
  // ("a $2.5 billion (Sh6.5 trillion) loan": the amount in another currency is no word between.)
  const after = rawAfter.replace(/^\s*\([^()]{1,40}\)/, '');
  // ("India Exim Bank committed a $200m credit line": a state's own bank pledging a loan pledges it for its state.)
  const national = /bank/i.test(rawBefore) ? withNationalBanksAsStates(rawBefore) : rawBefore;
  const before = national !== rawBefore && LOAN_PLEDGE_BEFORE.test(national) ? national : rawBefore;
  // (… but a bank's credit line, "Eximbank has opened a credit line of 100 million euros to finance exports", is the bank's lending.)
  const creditLine = (CREDIT_LINE_AFTER.test(after) || CREDIT_LINE_BEFORE.test(before)) && !/\b(?:bank|eximbank|exim)\b/i.test(before);
  // (A bank's or a fund's loan is its lending, not a state's: "The bank will provide a loan of $200 million".)
  // (… before the figure or after it: "will receive $2 billion in loans from the World Bank".)
  const lender =
    !/\b(?:bank|eximbank|exim|fund|IMF)\b/i.test(before) && !/^[^.;]{0,60}\bfrom\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:Bank|Fund|IMF|bank|fund)\b/u.test(after);
  // ("Russia will lend up to EUR 10 billion to Hungary": the verb names the loan.) (Case-sensitive: a borrower's name.)
  // (… also with the borrower first: "agreed to lend Pakistan $2 billion".)
  const lent = /\blend(?:s|ing)?\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:(?:about|around|some|nearly|over|more\s+than|up\s+to)\s+)?$/u.test(before);
  // ("signed … a 23.64 trillion yen loan agreement": a loan agreement signed between the states is their pledge.)
  const loanAgreement = /^\s+(?:\p{L}+\s+)?loan\s+(?:agreement|deal|accord)\b/iu.test(after) && /\bsign(?:ed|s|ing)?\b/i.test(before);
  if (lender && (loanAgreement || (LOAN_PLEDGE_BEFORE.test(before) && (LOAN_AFTER.test(after) || LOAN_BEFORE.test(before) || lent)))) return 'pledge';
  return creditLine ? 'credit-line' : null;
}

/** Between a figure and the measure it is part of: "of", "of Peru's", "of the Chinese", "of its", "worth of Vietnam's". */
// (… also "in": "more than $4 billion in direct investments".)
// (… and a share of a total: "$2 billion is attributed to Colombian exports and $16 billion to imports of …".)
const OF_OWNER =
  /^\s+(?:(?:worth\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}|in\s+(?:(?:direct|foreign|new|bilateral|mutual|two-way|total|global|overall|combined)\s+)?|(?:(?:is|was|are|were)\s+)?(?:attributed|attributable|due)\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3})$/u;
// A goal already met: "reached the targeted $5 billion", "exceeded its target of", "achieved the planned".
const GOAL_MET =
  /(?<!\b(?:not|never)\s+(?:yet\s+)?)\b(?:reached|achieved|hit|exceeded|surpassed|met|attained|fulfilled)\s+(?:the|its|their)\s+(?:(?:trade|bilateral|export|investment)\s+)?(?:targeted|target(?:\s+of)?|goal\s+of|objective\s+of|planned)\b/gi;

// "a $500 million export credit line", "$300 million imports financing": a loan named by what it pays for.
const FINANCING_AFTER = /^\s*(?:credit|financ\w*|loans?|guarantees?|insurance|facilit\w*)\b/i;
// "Regarding trade and investment, …": a fronted topic, the paragraph's subject.
const FRONTED_TOPIC = /^\s*(?:Regarding|Concerning|As\s+(?:for|to|regards)|In\s+terms\s+of|With\s+(?:regard|respect)\s+to|On)\s+[^,.;]{0,60},/i;
// "largely due to oil supplies, reaching $45 billion": a cue inside a cause names no measure of the figure.
const IN_CAUSE = /\b(?:due\s+to|owing\s+to|thanks\s+to|driven\s+by|because\s+of|on\s+the\s+back\s+of|led\s+by)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

const HEAD_BREAK = /\b(?:despite|due|for|and|or|but|the|a|an|of|in|on|to|from|with|by|as|at|than|after|before|while|because)\b/i;

const PARTICIPLE_AFTER = /^[^.;]*?\b(?:extending|marking|making|bringing|reflecting|showing|continuing|following|amid|underscoring|highlighting)\b/i;

const GOODS_OFFERED =
  /\b(?:offers?|offered|offering|supply|export|sell|deliver)\s+(?:(?:\d+|[\p{L}-]+)\s+)?(?:(?:types?|kinds?|items?|names?|categories)\s+of\s+)?(?:goods|products|commodities)\s+(?:worth|valued\s+at|totall?ing)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/iu;
const AID_BEFORE = /\b(?:humanitarian|aid|grants?|donat\w+)\b/i;
const AID_AFTER = /\bto\s+support\s+(?:the\s+)?(?:health|education|social|humanitarian)\b/i;
// (… also with one word of what they are about between: "$30 billion trade agreements signed".)
const DEAL_HEAD =
  /^[\s-]*(?:worth\s+(?:of\s+)?)?(?:(?:in\s+)?(?:trade|investment|business|commercial|energy|economic)\s+)?(?:agreements?|deals?|contracts?)\b/i;

// Builders and the projects they took on, before a figure: "contracting companies have completed 241 projects worth".
const CONTRACTORS_PROJECTS =
  /\b(?:contractors|contracting\s+(?:companies|firms|sector|services)|construction\s+(?:companies|firms))\b[^.;]{0,80}?\bprojects\s+(?:worth|valued\s+at|totall?ing|with\s+a\s+(?:total\s+)?value\s+of)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i;

const ASIDE = /,\s*(?:which|who)\s[^,;.]{1,80},/g;

// "exports and imports totalled 1.7 and 1.8 trillion roubles, respectively": two measures, then two figures in their order.
const RESPECTIVE_MEASURES = /\b(exports|imports)\s+and\s+(exports|imports)\b[^.;$€£\d]{0,40}$/i;
const PAIRED_FIGURES = /^\s+(?:and|or)\s+/i;

/** The measure a figure of a "respectively" pair takes from the pair of measures before it, or null. */
function respectiveMeasure(s: RecognisedSentence, money: MoneyMention): TradeMeasureT | null {
  if (!/\brespectively\b/i.test(s.text.slice(money.end, money.end + 80))) return null;
  const i = s.money.indexOf(money);
  const first = PAIRED_FIGURES.test(s.text.slice(money.end, s.money[i + 1]?.start ?? money.end)) ? money : s.money[i - 1];
  const second = first === money ? s.money[i + 1] : money;
  if (!first || !second || !PAIRED_FIGURES.test(s.text.slice(first.end, second.start))) return null;
  const measures = RESPECTIVE_MEASURES.exec(s.text.slice(Math.max(0, first.start - 80), first.start));
  if (!measures) return null;
  return (first === money ? measures[1]! : measures[2]!).toLowerCase() as TradeMeasureT;
}

function nearestCue(text: string, money: MoneyMention, from: number, to: number): TradeMeasureT | 'not-trade' | null {
  let best: { measure: TradeMeasureT | 'not-trade'; distance: number } | null = null;
  const consider = (index: number, length: number, measure: TradeMeasureT | 'not-trade', penalty: number): void => {
    // A cue after the figure ("…$5.1 billion, with exports making up…") usually starts the next thought.
    // … unless the figure is "of" it: "$0.9 billion of Peru's exports".
    // (… or the next share of it, "and $16 billion to imports of Chinese goods".)
    // ("with Turkey's $373 million exports": the measure right after the figure.)
    const owned =
      index >= money.end &&
      ((/^\s+$/.test(text.slice(money.end, index)) && !FINANCING_AFTER.test(text.slice(index + length, index + length + 20))) ||
        OF_OWNER.test(text.slice(money.end, index)) ||
        ((measure === 'exports' || measure === 'imports') && /^\s+to\s+$/.test(text.slice(money.end, index))));
    // … and more so after a participle that opens another clause: "$236.7 million extending a good trade run".
    const participle = index >= money.end && !owned && PARTICIPLE_AFTER.test(text.slice(money.end, index)) ? 60 : 0;
    // (… and more so after "including" or "of which", which open the figure's parts: "amounted to $566.1 million, including
    // Azerbaijani exports of $118.4 million".)
    const parts = index >= money.end && !owned && /^\s*,?\s*(?:including|of\s+which)\b/i.test(text.slice(money.end, index)) ? 80 : 0;
    // (What the figure is "of" or "attributed to" names it, whatever stands before: "Of the total trade, $2 billion is
    // attributed to Colombian exports".)
    // (A relative clause between a cue and its figure is no distance: "Trade turnover between A and B, which are both
    // Black Sea states, totalled $7 billion, with Ukrainian exports worth …".)
    const before = index < money.end ? text.slice(index + length, money.start).replace(ASIDE, '').length : 0;
    const distance = (index >= money.end ? (owned ? 0 : index - money.end + 40) : Math.max(0, before)) + penalty + participle + parts;
    if (!best || distance < best.distance) best = { measure, distance };
  };
  const { cue, measureOf, notTrade } = cueWords();
  const fronted = FRONTED_TOPIC.exec(text);
  const topicEnd = fronted ? fronted[0].length : null;
  for (const m of text.matchAll(cue)) {
    // A cue in another clause still counts, at a cost: "Imports reached $2 billion, and exports $1 billion".
    const outside = m.index < from || m.index >= to ? 60 : 0;
    const cause = IN_CAUSE.test(text.slice(Math.max(0, m.index - 40), m.index)) ? 100 : 0;
    // "Regarding trade and investment, Vietnam raked in $127 million from exports": a fronted topic names the
    // paragraph's subject, not the figure's measure.
    const topic = topicEnd !== null && m.index < topicEnd && money.start > topicEnd ? 80 : 0;
    consider(m.index, m[0].length, measureOf.get(m[0].toLowerCase())!, outside + cause + topic);
  }
  // (Aid is no trade: "humanitarian goods worth $10 million", "a $100 million agreement … to support health programmes".)
  // (What qualifies the figure before it, "humanitarian goods worth"; after it, a purpose "to support health programmes".)
  const aid = AID_BEFORE.test(text.slice(from, money.start)) || AID_AFTER.test(text.slice(money.end, to));
  // "Kazakhstan offers 95 types of goods worth $700 million": goods a state offers the other are exports it could make.
  if (!aid && GOODS_OFFERED.test(text.slice(Math.max(0, money.start - 120), money.start))) return 'exports';
  // "a $62 million agreement signed with UBM": a deal's noun right after the figure names it a contract's value.
  if (!aid && DEAL_HEAD.test(text.slice(money.end, money.end + 40))) return 'contracts';
  if (best === null) return null;
  for (const m of text.matchAll(notTrade)) {
    // "its €100 billion special defence fund": a head noun right after the figure names what it is.
    // (Words that describe it, no preposition or conjunction: "rose to $3 billion despite lower prices" keeps its cue.)
    const between = text.slice(money.end, m.index);
    const head = m.index >= money.end && /^\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(between) && !HEAD_BREAK.test(between);
    // ("pledged $3 billion in aid and investments": a sum of both is the investment's too.)
    if (AND_INVESTMENT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    if (m.index >= from && m.index < to) consider(m.index, m[0].length, 'not-trade', head ? -41 : -1);
  }
  return (best as { measure: TradeMeasureT | 'not-trade' }).measure;
}

// The figure of the sentence before, named again: "bring it to", "this figure should reach", "lift this indicator to".
const FIGURE_TOLD_BACK = /\b(?:it|this\s+(?:figure|indicator|level|volume|value|number|amount|sum)|the\s+(?:figure|indicator))\b/i;

// "aid and investments", "grants and investment": a word of no trade joined to investment.
const AND_INVESTMENT = /^\s+(?:and|&)\s+(?:direct\s+|foreign\s+)?investments?\b/i;

/**
 * A loan's lender and borrower: "would loan India $4.2 billion" (the state right after the verb borrows),
 * "a $25 billion Russian loan" (the state's adjective before the loan lends).
 */
function loanDirection(
  s: RecognisedSentence,
  states: readonly CountryMention[],
  money: MoneyMention,
  parties: readonly string[],
): { from: string; to: string } | null {
  const other = (x: string): string | null => parties.find((p) => p !== x) ?? null;
  const borrower = states.find((c) => c.end <= money.start && LEND_TO.test(s.text.slice(Math.max(0, c.start - 30), c.start)));
  const lender = states.find(
    (c) => c.kind === 'adjective' && c.start >= money.end && c.start - money.end <= 12 && /^\s+(?:loans?|credits?)\b/i.test(s.text.slice(c.end, c.end + 10)),
  );
  if (lender && other(lender.iso3)) return { from: lender.iso3, to: other(lender.iso3)! };
  if (borrower && other(borrower.iso3)) return { from: other(borrower.iso3)!, to: borrower.iso3 };
  // "Egypt is offered ¥43 billion in loans", "Kenya was promised $1 billion": the subject of a passive giving receives it.
  const receiver = states.find((c) => c.kind !== 'adjective' && c.end <= money.start && RECEIVES_AFTER.test(s.text.slice(c.end, money.start)));
  if (receiver && other(receiver.iso3)) return { from: other(receiver.iso3)!, to: receiver.iso3 };
  return null;
}
// Between a state and its figure: a passive of giving ("is offered", "was promised", "will be granted").
// (… or one a deal enables to get it: "a framework agreement enabling Tanzania to obtain concessional loans worth …".)
const RECEIVES_AFTER =
  /^\s+(?:(?:is|was|were|are|has\s+been|have\s+been|will\s+be|to\s+be)\s+(?:\w+ly\s+)?(?:offered|promised|granted|given|pledged|allocated|extended|lent)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?|to\s+(?:obtain|receive|get|access|secure)\s+[^.;]{0,40})$/i;
/**
 * "South Korea was Cambodia's second largest source of foreign direct investment", "Australia is the biggest investor
 * in PNG": the state ranked as an investor, and the state it invests in when the ranking names it.
 */
function rankedInvestor(s: RecognisedSentence, states: readonly CountryMention[], money: MoneyMention): { from: string; to: string | null } | null {
  for (const c of states) {
    if (c.kind === 'adjective') continue;
    const m = INVESTOR_PREDICATE.exec(s.text.slice(c.end, c.end + 120));
    if (!m) continue;
    const at = c.end + m.index;
    const end = at + m[0].length;
    // (The figure is the ranked state's only in its own clause: not "…, noting that the EBRD has invested $19 billion".)
    const gap = money.start >= end ? s.text.slice(end, money.start) : s.text.slice(money.end, c.start);
    if (gap.length > 60 || /\b(?:while|whereas|but|noting|adding|said|says|told|has|have|had)\b/i.test(gap)) continue;
    const to = states.find(
      (o) =>
        o.iso3 !== c.iso3 &&
        ((o.start >= at && o.end <= end && /^['’]s\b/.test(s.text.slice(o.end, o.end + 2))) ||
          (o.start >= end && /^\s+in\s+(?:the\s+)?$/i.test(s.text.slice(end, o.start)))),
    );
    return { from: c.iso3, to: to?.iso3 ?? null };
  }
  return null;
}
const LOAN_PLEDGE_RULE = KIND_RULES.find((r) => r.id === 'target-pledge')!;
const INVESTOR_PREDICATE =
  /^\s+(?:is|was|remains|remained|became|has\s+(?:been|become)|ranks?\s+(?:as|among)|ranked\s+(?:as|among)|(?:is|was)\s+among)\s+(?:(?:also|now|still)\s+)?(?:one\s+of\s+)?(?:the\s+|[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?['’]s\s+)(?:\d{1,3}(?:st|nd|rd|th)[-\s]+|[\p{Ll}-]+\s+)?(?:largest|biggest|top|leading|main|major|key)\s+(?:(?:\d{1,2}|five|ten|twenty)\s+)?(?:foreign\s+)?(?:investors?\b|sources?\s+of\s+(?:[\p{L}-]+\s+){0,2}?investments?\b)/u;
const LEND_TO = /\b(?:loan(?:s|ed)?|lends?|lent|gives?|gave|grant(?:s|ed)?|provide[sd]?|extend(?:s|ed)?|offer(?:s|ed)?)\s+(?:to\s+)?(?:the\s+)?$/i;

// (… also a verb of the next figure: "imported R16.1 billion from Namibia and in turn South Africa exported R56.5 billion to Namibia".)
// (… or the figure it is set against: "Thailand's imports stood at $4 billion compared to $2 billion of its exports to Saudi Arabia".)
const NEXT_MEASURE =
  /\b(?:and|while|whereas)\s+(?:[\p{L}'’-]+\s+){0,5}(?:exports?|imports?|exported|imported|turnover)\b|\b(?:compared\s+(?:to|with)|as\s+against|against|versus)\s+(?:[\p{L}\p{N}$.,'’-]+\s+){0,6}(?:exports?|imports?|turnover)\b/iu;
// The words of a figure's own measure, which open its stretch of the sentence.
const MEASURE_WORDS = /\b(?:exports?|imports?|exported|imported|turnover)\b/gi;

// The measure right after a state's adjective, past up to two words of goods: " exports", " fertiliser imports".
const MEASURE_AFTER_ADJECTIVE = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:exports?|imports?)\b/u;

function direction(
  s: RecognisedSentence,
  measure: TradeMeasureT,
  parties: string[],
  money: MoneyMention,
  clauseFrom: number,
  clauseTo: number,
): { from: string | null; to: string | null } {
  if (measure !== 'exports' && measure !== 'imports' && measure !== 'investment') return { from: null, to: null };
  const inClause = s.countries.filter((c) => c.kind !== 'seat' && c.start >= clauseFrom && c.end <= clauseTo);
  const states = inClause.length ? inClause : s.countries.filter((c) => c.kind !== 'seat');
  // ("exports from India totalled $1.2 billion and imports from Chile amounted to $2.6 billion": the state after the figure before.)
  // (Not a state of the next figure's own measure: "India's export to Qatar was $1.28 billion and India's import from Qatar
  // was $7.93 billion" — "from Qatar" is the imports'.)
  const nextMeasure = NEXT_MEASURE.exec(s.text.slice(money.end));
  const stretchEnd = nextMeasure ? money.end + nextMeasure.index : Infinity;
  const after = (word: RegExp, keep: (c: CountryMention) => boolean = () => true, right = false): CountryMention | undefined => {
    const found = states.filter((c) => word.test(s.text.slice(Math.max(0, c.start - 12), c.start)) && keep(c) && c.start < stretchEnd);
    const rightAfter = (m: MoneyMention): CountryMention | undefined =>
      found.find(
        (c) => c.start >= m.end && c.start - m.end <= 30 && /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:to|from|into|in)\s+(?:the\s+)?$/u.test(s.text.slice(m.end, c.start)),
      );
    // (Only past another figure: the first state of the figure's own stretch, "… and imports from Chile amounted to".)
    const previous = s.money.filter((m) => m !== money && m.end <= money.start).at(-1);
    // (`right`: a destination right after the figure over one named before it: "the minister, on his trip to India,
    // announced … to invest $2 billion in Iran's ports".)
    const next = right ? found.find((c) => c.start >= money.end && c.start - money.end <= 40) : undefined;
    // (… and not one of the figure before's, when this figure's own measure follows it: "… and India's import from Qatar was".)
    const measureAt = previous ? ([...s.text.slice(previous.end, money.start).matchAll(MEASURE_WORDS)].at(-1)?.index ?? -1) : -1;
    const ownStretch = measureAt >= 0;
    // (A state between the figures before this figure's own measure word is the figure before's: "imported R16 billion from
    // Namibia and exported R56 billion to Namibia".)
    const stretchOpens = previous ? previous.end + Math.max(0, measureAt) : 0;
    // (… and its own state may follow it: "… and exported R56 billion to Namibia".)
    // (Not past a comma: "… $12 billion in re-exports, according to the UAE's statistics centre".)
    const ownAfter = ownStretch
      ? found.find((c) => c.start >= money.end && c.start - money.end <= 40 && !/[,;]/.test(s.text.slice(money.end, c.start)))
      : undefined;
    // ("exported goods worth $812 million to Uganda, $431 million to Tanzania and $305 million to Rwanda": a list of figures
    // each followed by its own state.)
    const listed = previous ? rightAfter(previous) : undefined;
    const own = listed ? rightAfter(money) : undefined;
    if (own && listed !== own) return own;
    return (
      next ?? (previous ? (found.find((c) => c.start >= stretchOpens && c.end <= money.start) ?? ownAfter) : undefined) ?? (ownStretch ? undefined : found[0])
    );
  };
  // "South Korea was Cambodia's second largest source of FDI": a ranked investor, read once for both ends.
  const ranked = measure === 'investment' ? rankedInvestor(s, states, money) : null;
  // "Chinese investments in the economy of Kazakhstan": the investor's adjective, the economy's state.
  const investor =
    measure === 'investment'
      ? (states.find(
          (c) =>
            c.kind === 'adjective' &&
            // (… or its firms: "Russian companies are among the key investors … invested in the economy of Kazakhstan", "… for
            // Singaporean investors, who have put $400 million into the country".)
            (/^\s+(?:direct\s+|foreign\s+)?investments?\b/i.test(s.text.slice(c.end, c.end + 25)) ||
              /^\s+(?:companies|firms|investors|businesses|enterprises)\b[^.;]*\b(?:invest|put|poured|pumped|channell?ed|injected)/i.test(
                s.text.slice(c.end, c.end + 160),
              )),
        )?.iso3 ??
        ranked?.from ??
        // ("The volume of investments of the Republic of Korea attracted into the economy of Uzbekistan": whose they are.)
        states.find((c) => c.kind !== 'adjective' && /\binvestments?\s+of\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, c.start - 20), c.start)))?.iso3 ??
        null)
      : null;
  const economy = measure === 'investment' ? (after(/\beconomy\s+of\s+(?:the\s+)?$/i)?.iso3 ?? ranked?.to ?? null) : null;
  if (measure === 'investment') {
    const lent = loanDirection(s, states, money, parties);
    if (lent) return lent;
  }
  if (investor && investor !== economy) return { from: investor, to: economy ?? parties.find((p) => p !== investor) ?? null };
  // "imported $89 billion in Brazilian products": the goods' state is where they come from, not where they go.
  const goods = states.find((c) => c.kind === 'adjective' && GOODS_AFTER.test(s.text.slice(c.end, c.end + 30)))?.iso3 ?? null;
  // ("$500 million in loans for Sri Lanka": a pledge's beneficiary.)
  const toState =
    after(measure === 'investment' ? /\b(?:to|into|in|for)\s+(?:the\s+)?$/i : /\b(?:to|towards?|into|in)\s+(?:the\s+)?$/i, undefined, measure === 'investment')
      ?.iso3 ?? null;
  // ("$20 million would be invested to bolster Jamaica's commerce": the state whose economy the money is to help.)
  const helped =
    measure === 'investment'
      ? states.find(
          (c) =>
            // (… also before it: "agreed to support Kenya's development agenda by committing Kshs.120 billion".)
            (c.start >= money.end ? c.start - money.end <= 80 : c.end <= money.start && money.start - c.end <= 120) &&
            HELPS_STATE.test(s.text.slice(Math.max(c.start >= money.end ? money.end : 0, c.start - 30), c.start)) &&
            // (Not a state inside a compound: "to strengthen Japan-Fiji cooperation".)
            /^(?:['’]s?\s|\s+(?:economy|commerce|industry|development|growth)\b)/.test(s.text.slice(c.end, c.end + 14)),
        )?.iso3
      : undefined;
  const destination = toState ?? helped ?? null;
  const to = destination === goods ? null : destination;
  // (Not the source of the figures: "Statistics from the Mongolian government show …".)
  // ("US$12 billion in exports from South Africa and US$22 billion in imports from China": the state right after the
  // figure's own words, before one after the figure before it.)
  const fromRight = states.find(
    (c) =>
      c.start >= money.end &&
      c.start - money.end <= 40 &&
      /^\s+(?:[\p{Ll}-]+\s+){0,3}?from\s+(?:the\s+)?$/u.test(s.text.slice(money.end, c.start)) &&
      !/\band\b/.test(s.text.slice(money.end, c.start)),
  );
  // "with Kenya importing goods worth $1.8 billion from India and exporting $300 million": the state before the
  // participle of this figure's own clause does it, whatever state the clause before named after "from".
  const participle = states.filter((c) => c.start < money.start && TRADE_PARTICIPLE_AFTER.test(s.text.slice(c.end, c.end + 12))).at(-1);
  // (The participle nearest the figure: "importing … and exporting $300 million".)
  const ownParticiple = participle ? [...s.text.slice(participle.end, money.start).matchAll(TRADE_PARTICIPLES)].at(-1)?.[0] : undefined;
  if (participle && ownParticiple && (measure === 'exports' || measure === 'imports')) {
    const doer = participle.iso3;
    const other = parties.find((p) => p !== doer) ?? null;
    return /^(?:exporting|selling)$/i.test(ownParticiple) ? { from: doer, to: other } : { from: other, to: doer };
  }
  const from = fromRight?.iso3 ?? after(/\b(?:from|by)\s+(?:the\s+)?$/i, (c) => !SOURCE_BODY.test(s.text.slice(c.end, c.end + 30)))?.iso3 ?? null;
  // The verb's subject ("Japan aims to invest", "Uzbek exports"), never a state after "in" or "to".
  const subject =
    states
      .filter(
        (c) =>
          c.start < money.start &&
          c.iso3 !== to &&
          c.iso3 !== from &&
          // (… but "with Hungarian exports rising to $600 million": the adjective owns the measure after it.)
          // (Nor the state a relation is with: "is the 23rd biggest trade partner of Russia and runs projects worth …".)
          !/\b(?:partner|member|neighbou?r|ally|friend)s?\s+of\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, c.start - 20), c.start)) &&
          // (… nor the owner in the complement of "is": "Saudi Arabia is Indonesia's largest trading partner and … invested".)
          !(/^['’]s?\s/.test(s.text.slice(c.end, c.end + 3)) && COPULA_BEFORE.test(s.text.slice(Math.max(0, c.start - 24), c.start))) &&
          (!/\b(?:in|into|to|with|between|from)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, c.start - 12), c.start)) ||
            (c.kind === 'adjective' && /^\s+(?:exports?|imports?)\b/i.test(s.text.slice(c.end, c.end + 10)))),
      )
      .at(-1)?.iso3 ?? null;
  const other = (x: string | null): string | null => (x === null ? null : (parties.find((p) => p !== x) ?? null));
  // "$5 billion of China's exports": the state right after the figure owns the measure.
  // (Not "$60 billion of Chinese goods": the goods' state.)
  // (… or its adjective before the measure the figure is attributed to: "$2 billion is attributed to Colombian exports".)
  // ("with Turkey's $373 million exports": the state whose possessive stands right before the figure.)
  const possessor = states.find((c) => c.end <= money.start && /^['’]s\s+$/.test(s.text.slice(c.end, money.start)) && c.kind !== 'adjective');
  const ownerState =
    (possessor && /^\s+(?:exports?|imports?)\b/i.test(s.text.slice(money.end, money.end + 10)) ? possessor.iso3 : undefined) ??
    states.find(
      (c) =>
        c.start >= money.end &&
        // (… also "$10.96 billion worth of Vietnam's imports".)
        ((c.kind !== 'adjective' && /^\s+(?:worth\s+)?of\s+(?:the\s+)?$/i.test(s.text.slice(money.end, c.start)) && c.start - money.end <= 16) ||
          (c.kind === 'adjective' &&
            /^\s+(?:(?:is|was|are|were)\s+)?(?:attributed|attributable|due)\s+to\s+$/i.test(s.text.slice(money.end, c.start)) &&
            /^\s+(?:exports?|imports?)\b/i.test(s.text.slice(c.end, c.end + 10)))),
    )?.iso3 ??
    null;
  const owner = ownerState === goods ? null : ownerState;
  // "1,334 million Spanish exports", "$5 billion of Chinese exports", "$200 million of Russian fertiliser imports": a
  // state's adjective between the figure and its measure names where the goods come from, for exports and imports alike.
  const origin = states.find(
    (c) =>
      c.kind === 'adjective' &&
      c.start >= money.end &&
      /^\s+(?:of\s+(?:the\s+)?)?$/i.test(s.text.slice(money.end, c.start)) &&
      MEASURE_AFTER_ADJECTIVE.test(s.text.slice(c.end, c.end + 40)),
  )?.iso3;
  if (origin && (measure === 'exports' || measure === 'imports')) return { from: origin, to: other(origin) };
  // "Japan was the United States' fourth-largest export partner": the ranking state sends its goods to the ranked one.
  const rankedFlow = rankedPartner(s, states);
  if (rankedFlow && (measure === 'exports' || measure === 'imports')) return rankedFlow;
  if (measure === 'imports') {
    // "imports of Chinese products": the goods' state is where they come from.
    // (… and "a major importer of Brazilian cars".)
    const origin = after(/\bimport(?:s|ers?)?\s+of\s+(?:the\s+)?$/i)?.iso3 ?? goods;
    // ("Vietnam's export turnover to South Korea reached $21 billion and import turnover $56 billion": a state
    // "to" which the exports went, before the imports are named, receives none of them.)
    // (… nor one told before the figure whose own imports follow it: "exports to Cuba …, against $5 million of its imports".)
    const importsAt = /^\s+of\s+(?:its|their)\s+imports\b/i.test(s.text.slice(money.end, money.end + 30))
      ? money.end
      : ([...s.text.slice(0, money.start).matchAll(/\bimport/gi)].at(-1)?.index ?? -1);
    const toHere =
      to !== null &&
      states.some(
        (c) => c.iso3 === to && c.start > importsAt && /\b(?:to|towards?|into|in)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, c.start - 12), c.start)),
      )
        ? to
        : null;
    const importer = owner ?? toHere ?? (subject !== from && subject !== origin ? subject : null);
    const source = origin ?? from;
    const exporter = source && source !== importer ? source : other(importer);
    return { from: exporter, to: importer ?? other(exporter) };
  }
  if (owner && measure === 'exports') return { from: owner, to: other(owner) };
  // "Spain buys … from China, but sells around 7.4 billion euros' worth": the state that sells is the sentence's subject,
  // whatever state the buying named after "from".
  const sells = measure === 'exports' ? SELLS_BEFORE.exec(s.text.slice(clauseFrom, money.start)) : null;
  if (sells) {
    // (The state nearest before the verb: "Kishida said Vietnam sold goods worth $2 billion to Japan".)
    const sellsAt = clauseFrom + sells.index;
    const seller = s.countries
      .filter(
        (c) =>
          c.kind !== 'seat' &&
          c.start < sellsAt &&
          !/\b(?:in|into|to|with|between|from|by|of)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, c.start - 12), c.start)),
      )
      .at(-1)?.iso3;
    if (seller) return { from: seller, to: other(seller) };
  }
  // Nothing in the sentence says which way: no direction rather than a guess.
  const exporter = from ?? (measure === 'exports' ? goods : null) ?? subject ?? other(to);
  const importer = to && to !== exporter ? to : other(exporter);
  return { from: exporter, to: importer };
}

// "is Indonesia's …": a possessive in the complement of a copula.
const COPULA_BEFORE = /\b(?:is|was|are|were|remains|remained|became|has\s+become)\s+(?:(?:also|now|still)\s+)?$/i;

// "would be invested to bolster Jamaica's commerce": the verb of help before the state the money goes to.
const HELPS_STATE = /\bto\s+(?:bolster|boost|support|develop|strengthen|finance|fund|help|modernise|modernize)\s+(?:the\s+)?$/i;

// "<A> is/was (the) <B>'s (fourth-)largest export market", "<A> remains the top import source of <B>".
const RANKED_AS = /^\s+(?:is|was|remains|remained|became|has\s+become|had\s+become)\s+(?:the\s+)?/i;
const RANK_WORDS = String.raw`(?:[\w-]+\s+){0,2}?(?:export|import)\s+(?:partner|market|destination|source|supplier)s?\b`;
const RANK_AFTER_POSSESSIVE = new RegExp(String.raw`^['’]s?\s+${RANK_WORDS}`, 'i');
const RANK_BEFORE_OF = new RegExp(String.raw`${RANK_WORDS}\s+(?:of|for)\s+(?:the\s+)?$`, 'i');

/** A flow one state ranks another for: its export partner receives, its import source sends. */
function rankedPartner(s: RecognisedSentence, states: readonly CountryMention[]): { from: string; to: string } | null {
  for (const ranked of states) {
    const as = RANKED_AS.exec(s.text.slice(ranked.end, ranked.end + 30));
    if (!as) continue;
    const at = ranked.end + as[0].length;
    // The ranking state: a possessive right where the rank starts, or a state after "of"/"for" the rank names.
    const possessive = states.find((c) => c.start === at && c.iso3 !== ranked.iso3 && RANK_AFTER_POSSESSIVE.test(s.text.slice(c.end, c.end + 50)));
    const after = possessive
      ? undefined
      : states.find((c) => c.start > at && c.start - at <= 60 && c.iso3 !== ranked.iso3 && RANK_BEFORE_OF.test(s.text.slice(at, c.start)));
    const ranking = possessive ?? after;
    if (!ranking) continue;
    const word = possessive ? RANK_AFTER_POSSESSIVE.exec(s.text.slice(ranking.end, ranking.end + 50))![0] : s.text.slice(at, ranking.start);
    return /\bexport/i.test(word) ? { from: ranking.iso3, to: ranked.iso3 } : { from: ranked.iso3, to: ranking.iso3 };
  }
  return null;
}

// The participles of a share of trade: "with Kenya importing $1.8 billion and exporting $300 million".
const TRADE_PARTICIPLES = /\b(?:exporting|importing|selling|buying)\b/gi;
const TRADE_PARTICIPLE_AFTER = /^\s+(?:exporting|importing|selling|buying)\b/i;
const EQUIVALENT_BETWEEN = /^\s*\((?:[^()]{0,40}?,\s*)?$/;
const INVESTMENT_AND_TRADE = /\binvestments?\s+and\s+trade\b|\btrade\s+and\s+investments?\b/i;
const SELLS_BEFORE = /\b(?:sells|sold|selling|offers|offered|offering)\b[^.;]{0,40}$/i;
const SOURCE_BODY = /^\s+(?:government|ministry|customs|authorities|statistics|statistical|data|agency|office|committee|bureau|side)\b/i;
const GOODS_AFTER = /^\s+(?:[a-z-]+\s+)?(?:products|goods|commodities|produce|items|merchandise)\b/i;

function scopeOf(text: string, from: number, to: number): string | null {
  const clause = text.slice(from, to);
  const m =
    /\b(?:turnover|trade|exports?|imports?|supplies)\s+(?:of|in)\s+((?:[a-z-]+\s){0,3}?(?:products|goods|foodstuffs|commodities|items|produce|services|equipment|machinery|oil|gas|grain|wheat|cotton|textiles|electricity|fertili[sz]ers|vehicles|metals))\b/i.exec(
      clause,
    ) ?? /\bin\s+(\d+\s+commodity\s+items)\b/i.exec(clause);
  return m ? m[1]!.trim() : null;
}

/**
 * A breakdown follows its total: "Trade reached $402 million in 2023. Exports were $268 million" —
 * the exports are of 2023 too. The year of the actual figure just before, in the same paragraph.
 */
function yearBefore(totals: readonly Draft[], s: RecognisedSentence, measure: TradeMeasureT): number | null {
  // Investment and contract figures are stocks or deals of their own, not parts of a trade total.
  if (measure === 'investment' || measure === 'contracts') return null;
  // "In the first nine months of this year, trade reached …" in a text that cannot place "this year": no year
  // of the figure before it.
  if (s.dates.some((d) => d.kind === 'relative-year')) return null;
  const last = totals[totals.length - 1];
  if (!last || last.kind !== 'actual' || last.year === null) return null;
  const at = last.sentences[last.sentences.length - 1]!;
  return at.index >= s.index - 2 ? last.year : null;
}

/**
 * "Trade doubled to $312 million last year. … imports from Malaysia grew by a third to $154 million": a change of another
 * measure told after the total's sentence is a part of that year's total (a change of the same figure is of a later time).
 */
function otherMeasureBefore(totals: readonly Draft[], s: RecognisedSentence, measure: TradeMeasureT): boolean {
  const last = totals.at(-1);
  return last !== undefined && last.measure !== measure && !last.sentences.includes(s);
}

/** Contracts signed at the event the text reports belong to the text's own year (its stamp's, else the one the text establishes). */
function contractsYear(measure: TradeMeasureT, ctx: DocumentContext): number | null {
  if (measure !== 'contracts') return null;
  return ctx.published ? yearOf(ctx.published) : (ctx.reference?.year ?? null);
}

interface Draft extends Omit<TradeT, 'evidence'> {
  sentences: RecognisedSentence[];
  /** Written with a determiner that points back ("The $6.5 billion deal follows …"): a figure already given. */
  refersBack: boolean;
  /** The dollars are the text's own (a dollar figure, or one it gives beside another currency), not a conversion. */
  usdStated: boolean;
}

// "The $6.5 billion deal", "this $2 billion contract": a figure the text has given before.
const REFERS_BACK = /(?:^|[^\p{L}])(?:the|this|that)\s+(?:(?:about|around|some|nearly|over)\s+)?$/iu;
// … a deal's noun after the figure: "The $6.5 billion deal" (not "crossed the $5 billion mark").
// … or before it: "The Credit Line Agreement for this US$ 4.5 billion was signed today".
const DEAL_FOR_BEFORE =
  /\b(?:deal|contract|agreement|package|loan|credit|pledge)\s+(?:for|of)\s+(?:the|this|that)\s+(?:(?:about|around|some|nearly|over)\s+)?$/i;
const DEAL_AFTER = /^[\s-]*(?:\w+\s+)?(?:deal|contract|agreement|package|order|purchase|pledge|loan|investment)s?\b/i;

/** A figure given as the base another is compared with: "380 million compared to 465 million", "16.1 million (16.8 million in 2014)". */
function isComparisonBase(s: RecognisedSentence, money: MoneyMention): boolean {
  return s.money.some((m) => m.end <= money.start && money.start - m.end <= 40 && COMPARED_AFTER.test(s.text.slice(m.end, money.start)));
}

/**
 * `encounterPair`: the two states of the encounter the text reports, when it is between two; it completes the parties of a
 * figure when the text names only one of them ("President X received the Foreign Minister of Oman … bilateral trade
 * reached $12.5 million", where X is known as a leader, not named with his state).
 */
export function extractTrade(sentences: readonly RecognisedSentence[], ctx: DocumentContext, encounterPair: readonly string[] = []): TradeT[] {
  const drafts: Draft[] = [];
  // The figures a breakdown may follow (yearBefore): the drafts that are no comparison's base.
  const totals: Draft[] = [];
  let previous: { measure: TradeMeasureT; paragraph: number; index: number } | null = null;
  // The measure of the first figure of each sentence: the head of a list of figures by period.
  const headOf = new Map<number, TradeMeasureT>();
  for (const s of sentences) {
    for (const money of s.money) {
      // A figure below a thousand units is no trade between states: a figure the end of the text cut ("worth $2.").
      if (money.value < 1000) continue;
      // "£10 billion ($13.8 billion, 11.7 billion euros)": the same sum in other currencies, in brackets after it.
      // (… the first of them may be read with the sum it follows: "£10 billion ($13.8 billion" then ", 11.7 billion euros)".)
      const openBracket = (o: MoneyMention): boolean => /\([^)]*$/.test(s.text.slice(o.start, o.end));
      if (
        s.money.some(
          (o) =>
            o !== money &&
            o.end <= money.start &&
            // (Another currency only: "16.1 million (16.8 million in 2014)" compares two sums.)
            o.currency !== money.currency &&
            (EQUIVALENT_BETWEEN.test(s.text.slice(o.end, money.start)) || (openBracket(o) && /^\s*,\s*$/.test(s.text.slice(o.end, money.start)))),
        )
      )
        continue;
      const [from, to] = clauseBounds(s.text, money.start, money.end);
      // A loan is investment when it is pledged; one made or repaid long ago is no trade of the pair.
      // (The bracket that closes a restatement the figure took in is no word after it: "$2.5 billion (€2.3 billion) loan".)
      const [ahead, behind] = [s.text.slice(from, money.start), s.text.slice(money.end, to).replace(/^\)/, ' ')];
      const loan = loanPledge(ahead, behind);
      let measure = loan
        ? 'investment'
        : LOAN_AFTER.test(behind) || LOAN_BEFORE.test(ahead)
          ? 'not-trade'
          : (respectiveMeasure(s, money) ?? nearestCue(s.text, money, from, to));
      // "Turkish contractors have completed 241 projects worth $5 billion in Uzbekistan": projects a state's builders took on
      // are contracts won, not capital invested.
      // (Projects built over the years are no deal of the text's day: no year from the page's date.)
      const builders = measure === 'investment' && CONTRACTORS_PROJECTS.test(ahead);
      if (builders) measure = 'contracts';
      // "turnover amounted to $503.4 million, exports - $180.6 million, imports - $322 million, in January-August 2024 -
      // $314.7 million, exports - …": a figure right after a new period starts the list again, with its first measure.
      const listHead = headOf.get(s.index);
      const earlier = listHead ? s.money.filter((o) => o.end <= money.start).at(-1) : undefined;
      if (listHead && earlier && PERIOD_RESTARTS.test(s.text.slice(earlier.end, money.start))) measure = listHead;
      // "total commerce … was 4 billion dollars, and that in 2015, it was 17.5 billion dollars, while Korean investment …": a
      // level told by "it" after a figure of the same sentence is that figure's measure again, whatever cue comes after.
      // (Not past a measure of its own between: "Qatari investment in Kenya … it is about $800 million".)
      const figureBefore = s.money.filter((m) => m.end <= money.start).at(-1);
      if (
        previous &&
        previous.index === s.index &&
        figureBefore !== undefined &&
        s.text.slice(figureBefore.end, money.start).search(cueWords().cue) < 0 &&
        /(?:^|[\s,;])(?:it|this)\s+(?:was|is|stood\s+at|reached|amounted\s+to)\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$/i.test(
          s.text.slice(from, money.start),
        )
      )
        measure = previous.measure;
      // "Trade … in 2016 was $12.9 billion. It rose 28.7 per cent to $18.13 billion in 2017 with Indonesia's exports …": a
      // change told by "it" at the sentence's start is of the figure the sentence before gave, whatever cue comes after.
      if (
        previous &&
        previous.paragraph === s.paragraph &&
        previous.index === s.index - 1 &&
        IT_CHANGED_TO.test(s.text.slice(0, money.start)) &&
        s.money.every((m) => m.start >= money.start)
      )
        measure = previous.measure;
      // No cue of its own: a figure right after a trade figure in the same paragraph continues it
      // ("Our turnover exceeded $7 billion. We set the goal of $15 billion.").
      // (… and one told by "it" or "this figure" in the next sentences, however the page breaks its lines: "Trade reached
      // $412 million last year.\nThey agreed to bring it to $1 billion by 2027.")
      if (
        measure === null &&
        previous &&
        previous.index >= s.index - 2 &&
        (previous.paragraph === s.paragraph || FIGURE_TOLD_BACK.test(s.text.slice(from, money.start)))
      )
        measure = previous.measure;
      // "The trade turnover between Armenia and Iran is growing. … “It has been around 307 million dollars in 2022”": a
      // figure of no cue after a sentence of its paragraph that names the pair's trade and gives no figure.
      // (Only a level the clause gives the trade by a pronoun: "It has been around …", not a road's cost or a grant.)
      // (… also a flow one state's possessive opens the sentence with: "Cameroon's imports from France have been growing. They
      // registered a FCFA 45 billion increase from 2010 to hit FCFA 411.52 billion in 2011".)
      // (Not a cleft sentence's sum: "In 2022, it was $450 million that Kenya spent on the corridor".)
      if (measure === null && LEVEL_OF_IT.test(s.text.slice(from, money.start)) && !/^\s+(?:that|which)\s/i.test(s.text.slice(money.end)))
        measure = measureNamedBefore(sentences, s);
      if (measure === null || measure === 'not-trade') continue;
      const before = s.text.slice(from, money.start),
        after = s.text.slice(money.end, to);
      // (A loan pledged is a target whatever word pledges it: "India approved a total of $125 million in credit".)
      const ruled = KIND_RULES.find((r) => r.test(before, after, measure))!;
      // (Not a credit line told as it stands: "had utilised an Indian line of credit of $30 million".)
      const found = loan === 'pledge' && ruled.kind === 'actual' ? LOAN_PLEDGE_RULE : ruled;
      // "trade in 2022 would reach around $507 million", written in 2023: reported speech of a past
      // year's figure, not a pledge.
      // "a 28.6% increase in trade to hit $4.57 billion in 2018", written in 2019; "from $200 million in 2009 to $300
      // million last year": a level reached in a year gone by, not one to reach.
      const reached =
        ((found.id === 'target-to-reach' || found.id === 'target-raise-to') && reachedInPastYear(after, before, ctx)) ||
        (found.id === 'target-word' && reachedByPastYear(after, before, ctx));
      const pledged = (found.id === 'target-pledge' && pastYearReported(s, before, from, to, ctx)) || reached ? ACTUAL_RULE : found;
      const rule = pledged.id === 'actual' && continuesTarget(s, money, drafts) ? TARGET_CONTINUED : pledged;
      if (rule.kind === 'skip') continue;
      previous = { measure, paragraph: s.paragraph, index: s.index };
      if (!headOf.has(s.index)) headOf.set(s.index, measure);
      if (nationalTotal(s, from, to, money.start) && !shareOfBilateralTotal(s, money, drafts)) continue;
      // "Armenia's exports to the EU grew to $1.1 billion": a flow with a bloc, of no pair of states.
      // (Not a state's figure told after the bloc's: "… with the Eurasian Economic Union reached $28 billion, of which trade
      // with Russia accounted for $26 billion".)
      const bloc = blocCounterpart().exec(s.text.slice(from, to));
      if (bloc && !s.countries.some((c) => namesState(c) && c.start > from + bloc.index && c.end <= money.start)) continue;
      const parties = partiesOf(s, from, to, ctx, sentences, encounterPair);
      if (parties.length < 2) continue;
      // A year taken from around the figure is not one the sentence gives another figure it is compared with.
      // (… unless the figure breaks that one down: "rose to $18.13 billion in 2017 with Indonesia's exports reaching $14.08
      // billion and its imports $4.05 billion" are 2017's.)
      const total = s.money.filter((m) => m.end <= money.start).at(-1);
      const breakdown = total !== undefined && BREAKDOWN_WITH.test(s.text.slice(total.end, money.start));
      const compared = breakdown ? new Set<number>() : comparedYears(s, money, ctx);
      const inherited = (y: number | null): number | null => (y !== null && compared.has(y) ? null : y);
      // The clause's year; else one stated earlier in the sentence ("rose in June 2020 …, and exceeded $2 billion").
      // (A change after a level the sentence dated is of a later time it does not name: "stood at $22 billion in 2012 but fell to $6 billion".)
      const changeAfterDated = rule.id === 'actual-change' && s.dates.some((d) => d.end <= money.start && d.from.year !== null);
      const year =
        yearFor(s, money, from, to, ctx) ??
        yearAfterPairedFigure(s, money, ctx) ??
        (breakdown ? totalsYear(s, money, ctx) : null) ??
        inherited(yearEarlierInSentence(s, money, ctx) ?? (changeAfterDated ? null : yearOfPreviousSentence(sentences, s, measure, ctx)));
      // A figure of no stated year is converted at the rate of the year the text was written in.
      const rate = usdRate(money.currency, year ?? ctx.reference?.year ?? null);
      const value = money.currency === 'USD' ? money.value : (money.usd ?? (rate === null ? null : Math.round(money.value * rate)));
      // "… to broaden its investments and trade with the US, in the amount of $600 billion": the pledge the text gave as
      // an investment, told again with both words.
      const retold =
        measure === 'turnover' && INVESTMENT_AND_TRADE.test(s.text.slice(from, to))
          ? drafts.find((d) => d.measure === 'investment' && d.value_usd === value && d.parties.join() === parties.join())
          : undefined;
      if (retold) {
        retold.sentences.push(s);
        continue;
      }
      const figureClause = s.text.slice(from, to);
      const own = direction(s, measure, parties, money, from, to);
      // (A flow a sentence before named with its two states gives the direction of its figures told after it.)
      const flow =
        own.from === null && own.to === null
          ? (flowsOfUnnamedOwner(s, measure, parties, money) ?? flowNamedBefore(sentences, s, measure, parties) ?? own)
          : own;
      drafts.push({
        measure,
        // ("Australia is the biggest investor in PNG with investment valued at over AU$24.8 billion", in a text on PNG and
        // China: a flow between two states is a figure of theirs.)
        // (Investment only: a flow of goods is read less surely, and its parties are the sentence's.)
        // (… and goods sent to each of several states in turn: "exported $812 million to Uganda, $431 million to Tanzania".)
        parties:
          flow.from && flow.to && flow.from !== flow.to && (measure === 'investment' || (parties.includes(flow.from) && !parties.includes(flow.to)))
            ? [flow.from, flow.to].sort()
            : parties,
        ...flow,
        value_usd: value,
        amount: money.currency === 'USD' ? null : money.value,
        currency: money.currency === 'USD' ? null : money.currency,
        qualifier: money.qualifier,
        year:
          rule.kind !== 'actual'
            ? targetYear(s.text.slice(from, money.start), s.text.slice(money.end, to), ctx)
            : stockCue().test(figureClause)
              ? (year ?? currentFlowYear(figureClause, measure, ctx))
              : // (A change is no breakdown of the figure before it: "stood at $22 billion in 2012 but fell to $6 billion".)
                (year ??
                (rule.id === 'actual-change' && !otherMeasureBefore(totals, s, measure)
                  ? null
                  : (currentLevelYear(figureClause, ctx) ?? inherited(yearBefore(totals, s, measure)))) ??
                (builders ? null : contractsYear(measure, ctx))),
        kind: rule.kind,
        scope: scopeOf(s.text, from, to),
        rule: `trade/${rule.id}`,
        sentences: [s],
        usdStated: money.currency === 'USD' || money.usd != null,
        refersBack:
          REFERS_BACK.test(s.text.slice(Math.max(0, money.start - 20), money.start)) &&
          (DEAL_AFTER.test(s.text.slice(money.end, money.end + 30)) ||
            // (… the sum alone: not "the agreement for this $4.5 billion gas pipeline".)
            (DEAL_FOR_BEFORE.test(s.text.slice(Math.max(0, money.start - 40), money.start)) &&
              /^\s*(?:[,.;)]|(?:was|were|is|are|has|had|will)\b)/i.test(s.text.slice(money.end)))),
      });
      if (!isComparisonBase(s, money)) totals.push(drafts[drafts.length - 1]!);
    }
  }
  counterFlows(drafts);
  counterYears(drafts);
  return merge(drafts).map(({ sentences: ss, refersBack: _, usdStated: __, ...fact }) => ({ ...fact, evidence: evidenceList(ss) }));
}

const ACTUAL_RULE = KIND_RULES.find((r) => r.id === 'actual')!;
const TARGET_CONTINUED: KindRule = {
  id: 'target-continued',
  kind: 'target',
  reason: 'the next step of a target the sentence has just set, with no verb of its own: "to $10 billion in the first phase, and $20 billion in the second"',
  test: () => true,
};
// Between a target and the figure that continues it: ", in the first phase, and ".
const CONTINUED_BY = /^[^.;$€£\d]{0,40}?,?\s+(?:and|then)\s+(?:then\s+)?(?:(?:up\s+)?to\s+)?$/i;
const VERB_BETWEEN = /\b(?:was|were|is|are|reached|stood|amounted|totall?ed|grew|rose|fell|exceeded|hit)\b/i;

/** The figure continues the target right before it in the sentence ("to $10 billion …, and $20 billion in the second"). */
function continuesTarget(s: RecognisedSentence, money: MoneyMention, drafts: readonly Draft[]): boolean {
  const last = drafts.at(-1);
  if (!last || last.kind !== 'target' || last.sentences[0] !== s) return false;
  const previous = s.money.filter((m) => m.end <= money.start).at(-1);
  if (!previous) return false;
  const between = s.text.slice(previous.end, money.start);
  return CONTINUED_BY.test(between) && !VERB_BETWEEN.test(between);
}

/** The figure is told with a year gone by right after it ("… in 2018", "… last year"), and nothing before it looks ahead. */
function reachedInPastYear(after: string, before: string, ctx: DocumentContext): boolean {
  const written = ctx.reference?.year ?? null;
  // "trade soared by increasing over 29 percent in 2018, to $771 million": a past year right before "to", told with no
  // verb of aim or future.
  const found = yearRightBeforeTo(before);
  const yearBefore = found && found.preposition !== 'by' ? found.year : null;
  // (In a text of no year of writing, a past verb reports it: "soared", "rose".)
  if (
    yearBefore !== null &&
    !AIM_OR_FUTURE.test(before) &&
    (written !== null ? yearBefore < written : /\b(?:soared|rose|grew|jumped|climbed|surged|increased|expanded|went\s+up)\b/i.test(before))
  )
    return true;
  // (… nor a deadline or a level set: "set to reach $5 billion by 2030".)
  if (AIM_OR_FUTURE.test(before) || /\b(?:set|by)\b/i.test(before)) return false;
  // (Past the same sum in another currency: "increasing to USD 63 million (EGP 3.15 billion) in 2024".)
  // (The figure's span may end inside that bracket: then only its closing one is left.)
  const rest = after.replace(/^\s*\([^()]{1,60}\)/, '').replace(/^\s*\)/, '');
  if (/^\s*,?\s*(?:in\s+)?(?:last|the\s+past|the\s+previous)\s+year\b/i.test(rest)) return true;
  const year = /^\s*,?\s*(?:in|during)\s+((?:19|20)\d\d)\b/.exec(rest);
  if (year === null || written === null) return false;
  // … or the year of writing set against an earlier figure ("in 2024 compared to $45 million in 2023"): a level reported.
  // (… reported as grown, not forecast: "exports are anticipated to grow to $63 million in 2024 compared to …".)
  const compared =
    /^\s*,?\s*(?:compared\s+(?:to|with)|versus|as\s+against|up\s+from)\s/i.test(rest.slice(year[0].length)) &&
    /\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:grown|increased|risen|reached|climbed)|grew|rose|increased|reached|climbed)\b/i.test(before) &&
    !/\b(?:anticipated|forecasts?|forecasted|projected|predicted|estimated|expected)\b/i.test(before);
  return Number(year[1]) < written || (Number(year[1]) === written && compared);
}

const AIM_OR_FUTURE =
  /\b(?:will|would|shall|should|could|can|may|might|aims?|plans?|goal|target|expected|hopes?|seeks?|agreed|decided|pledged|promised|committed|intends?|planned|projected|forecast|envisaged|targeted|slated)\b/i;

/**
 * "Korean investment in Vietnam reached USD 86 billion by the end of 2023", written in 2024: a level a past verb says was
 * reached by a year gone by, not a deadline still ahead.
 */
function reachedByPastYear(after: string, before: string, ctx: DocumentContext): boolean {
  const year = /^\s*(?:by|until)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b/i.exec(after);
  const written = ctx.reference?.year ?? null;
  // (A text of no known year that reports the level in the past tense, "which was only USD 33.6 million in 1990, reached USD
  // 10.2 billion by 2021", tells a level reached too.)
  return (
    year !== null &&
    (written === null || Number(year[1]) < written) &&
    /\b(?:reached|stood|amounted|totall?ed|hit|exceeded|surpassed|topped|was|were)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(
      before,
    )
  );
}

/** The year the sentence gave its first figure, which the parts told after it share: "… in 2017 with … exports reaching". */
function totalsYear(s: RecognisedSentence, money: MoneyMention, ctx: DocumentContext): number | null {
  const first = s.money[0]!;
  // (… also "last year", counted from the year the text is written in: "reached $11.3 billion last year, of which …".)
  const d = s.dates.filter((d) => d.start >= first.start && d.end <= money.start && (d.from.year !== null || d.kind === 'relative-year')).at(-1);
  return d ? (d.from.year ?? yearOfMention(s, d, ctx)) : null;
}

// Between a total and its parts: "… in 2017 with Indonesia's exports to India reaching", "…, with exports of".
const BREAKDOWN_WITH =
  /^[^.;$€£]{0,40}?\bwith\s+(?:[\p{L}’'-]+\s+){0,3}?(?:exports|imports)\b[^.;$€£]*$|^[^.;$€£]*\band\s+(?:its|their)\s+(?:exports|imports)\b[^.;$€£]*$|^[^.;$€£]{0,40}?,\s+of\s+which\s+(?:[\p{L}’'-]+\s+){0,4}?(?:exports|imports)\b[^.;$€£]*$/iu;
// A change of it told at the sentence's start, up to the new level: "It rose 28.7 per cent to".
const IT_CHANGED_TO =
  /^\W*(?:it|this)\s+(?:has\s+)?(?:rose|risen|grew|grown|increased|jumped|climbed|surged|fell|fallen|declined|dropped|decreased)\b(?:[^.;,$€£]|\.(?=\d)){0,40}?\bto\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i;
// The level of the trade named before, told by a pronoun: "It has been around", "it stood at", "it reached".
const LEVEL_OF_IT =
  /(?:^|[“"‘'\s])(?:it|this)\s+(?:has\s+been|had\s+been|was|is|stood\s+at|stands\s+at|reached|amounted\s+to|totall?ed|grew\s+to|rose\s+to)\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$|^\W*they\s+(?:registered|recorded|rose|grew|increased|climbed|jumped|went\s+up)\b[^.;]{0,80}?\bto\s+(?:hit|reach|stand\s+at|total)\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$/i;

// A new period between two figures of a list, then a dash: ", in January-August 2024 - ".
const PERIOD_RESTARTS = /^\s*,\s*(?:and\s+)?(?:in|for|during|over)\s+[^,;$€£]{0,40}?(?:19|20)\d\d\s*[-–—:]\s*$/;

// The pair's trade named as the subject of a sentence: "The trade turnover between Armenia and Iran is growing".
const TURNOVER_SUBJECT = /^\W*(?:the\s+)?(?:bilateral\s+|mutual\s+)?(?:trade\s+turnover|turnover|trade)\s+(?:volume\s+)?between\b/i;

// … or as what the pair keeps up, at the sentence's end: "Russia and Saudi Arabia have continued their commerce".
const TURNOVER_OBJECT = /\b(?:their|the)\s+(?:(?:bilateral|mutual|two-way)\s+)?(?:trade(?:\s+turnover)?|commerce|turnover)\s*[.!]?\s*$/i;

// "Cameroon's imports from France have …": a flow opening a sentence as one state's possessive and its partner.
const FLOW_SUBJECT = /^\W*(?:\p{Lu}[\p{L}-]*['’]s\s+)(?:(?:total|overall|non-\w+)\s+)?(exports|imports)\s+(?:to|towards|from)\s+\p{Lu}/u;

/**
 * "Exports totaled $1.4 billion, while imports from Russia reached $11 billion": a flow of the sentence with no
 * direction of its own runs against the other flow it is told beside, between the same two states.
 */
function counterFlows(drafts: Draft[]): void {
  for (const d of drafts) {
    if ((d.measure !== 'exports' && d.measure !== 'imports') || d.from !== null || d.to !== null) continue;
    const other = d.measure === 'exports' ? 'imports' : 'exports';
    const beside = drafts.filter(
      (o) => o !== d && o.measure === other && o.from !== null && o.to !== null && o.sentences[0] === d.sentences[0] && o.parties.join() === d.parties.join(),
    );
    if (beside.length === 1) [d.from, d.to] = [beside[0]!.to, beside[0]!.from];
    // "Spanish exports to Estonia amounted to €216 million. … In turn, imports amounted to €88 million": a sentence that
    // opens by turning to the other flow runs against the one a sentence or two before told.
    else if (!beside.length && TURNING_TO_OTHER.test(d.sentences[0]!.text)) {
      const s = d.sentences[0]!;
      const before = drafts
        .filter(
          (o) =>
            o.measure === other &&
            o.from !== null &&
            o.to !== null &&
            o.parties.join() === d.parties.join() &&
            o.sentences[0]!.paragraph === s.paragraph &&
            o.sentences[0]!.index < s.index &&
            s.index - o.sentences[0]!.index <= 2,
        )
        .at(-1);
      if (before) [d.from, d.to] = [before.to, before.from];
    }
  }
}
// "on the other hand", "in turn", "meanwhile": a sentence that sets its flow against the one told before.
const SET_AGAINST = /\b(?:on\s+the\s+other\s+hand|in\s+turn|meanwhile|by\s+contrast|in\s+contrast|for\s+(?:its|their)\s+part)\b/i;

/**
 * "Kenya's exports to Tanzania jumped 46 per cent to $236.7 million. Tanzania's exports to Kenya on the other hand grew
 * … to $449.9 million in 2021": a flow the sentence after sets its reverse against, in a year, is of that year.
 */
function counterYears(drafts: Draft[]): void {
  for (const d of drafts) {
    if ((d.measure !== 'exports' && d.measure !== 'imports') || d.year !== null || d.kind !== 'actual' || d.from === null) continue;
    const s = d.sentences[0]!;
    const reverse = drafts.find(
      (o) =>
        o.measure === d.measure &&
        o.kind === 'actual' &&
        o.year !== null &&
        o.from === d.to &&
        o.to === d.from &&
        o.sentences[0]!.index === s.index + 1 &&
        SET_AGAINST.test(o.sentences[0]!.text),
    );
    if (reverse) d.year = reverse.year;
  }
}
// (… or with the flow first: "Imports, in turn, stood at …".)
const TURNING_TO_OTHER =
  /^\W*(?:(?:in\s+turn|conversely|on\s+the\s+other\s+hand|in\s+the\s+opposite\s+direction)\b|(?:exports|imports)\s*,\s*(?:in\s+turn|conversely|on\s+the\s+other\s+hand)\s*,)/i;

// A state's trade with another, told as the state's own: "the US’ goods and services trade with India".
const TRADE_WITH = /^['’]s?\s+(?:[\p{L}-]+\s+){0,4}?(?:trade|commerce)\s+with\s+(?:the\s+)?$/iu;

/** The owner and the partner of "X's trade with Y" in sentence x, when they are the figure's two parties. */
function tradeOwnedWith(x: RecognisedSentence, parties: readonly string[]): { from: string; to: string } | null {
  const states = x.countries.filter((c) => c.kind !== 'seat');
  for (const owner of states)
    for (const partner of states) {
      if (partner.start <= owner.end || owner.iso3 === partner.iso3) continue;
      if (!TRADE_WITH.test(x.text.slice(owner.end, partner.start))) continue;
      if (parties.includes(owner.iso3) && parties.includes(partner.iso3)) return { from: owner.iso3, to: partner.iso3 };
    }
  return null;
}

// "Total trade with Germany reached $3.9 billion, with exports at $2.3 billion and imports at $1.6 billion", in a text of
// the Philippines and Germany: the trade is the state the sentence leaves unnamed, with the partner after "with".
const TRADE_WITH_PARTNER = /\b(?:trade|commerce|turnover)\s+with\s+(?:the\s+)?$/i;

/** The flows of a sentence naming one state, as "trade with" it, when the pair's other state is the owner left unnamed. */
function flowsOfUnnamedOwner(
  s: RecognisedSentence,
  measure: TradeMeasureT,
  parties: readonly string[],
  money: MoneyMention,
): { from: string; to: string } | null {
  if ((measure !== 'exports' && measure !== 'imports') || parties.length !== 2) return null;
  const named = [...new Set(s.countries.filter((c) => c.kind !== 'seat').map((c) => c.iso3))];
  if (named.length !== 1) return null;
  const partner = s.countries.find((c) => c.iso3 === named[0] && c.end <= money.start);
  if (!partner || !TRADE_WITH_PARTNER.test(s.text.slice(Math.max(0, partner.start - 40), partner.start))) return null;
  if (!parties.includes(partner.iso3)) return null;
  const owner = parties.find((p) => p !== partner.iso3)!;
  return measure === 'exports' ? { from: owner, to: partner.iso3 } : { from: partner.iso3, to: owner };
}

/** "Cameroon's imports from France …": the direction of a flow a sentence before `s` in its paragraph opens with, when its states are the pair's. */
function flowNamedBefore(
  sentences: readonly RecognisedSentence[],
  s: RecognisedSentence,
  measure: TradeMeasureT,
  parties: readonly string[],
): { from: string; to: string } | null {
  if (measure !== 'exports' && measure !== 'imports') return null;
  for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
    const x = sentences[i]!;
    if (x.paragraph !== s.paragraph) return null;
    // "the US’ goods and services trade with India totalled $126 billion. Exports were $49 billion": the flows of the
    // state whose trade it is, with the partner named after "with".
    const owned = tradeOwnedWith(x, parties);
    if (owned) return measure === 'exports' ? owned : { from: owned.to, to: owned.from };
    const flow = FLOW_SUBJECT.exec(x.text);
    if (!flow || flow[1]!.toLowerCase() !== measure) continue;
    const [owner, other] = x.countries.filter((c) => c.kind !== 'seat' && c.kind !== 'adjective').map((c) => c.iso3);
    if (!owner || !other || owner === other || !parties.includes(owner) || !parties.includes(other)) return null;
    return measure === 'imports' ? { from: other, to: owner } : { from: owner, to: other };
  }
  return null;
}

/** The measure one of the two sentences before `s`, in its paragraph and with no figure, opens with: the pair's trade or a flow. */
function measureNamedBefore(sentences: readonly RecognisedSentence[], s: RecognisedSentence): TradeMeasureT | null {
  for (let i = s.index - 1; i >= Math.max(0, s.index - 2); i--) {
    const x = sentences[i]!;
    if (x.paragraph !== s.paragraph || x.money.length) return null;
    if (TURNOVER_SUBJECT.test(x.text) || TURNOVER_OBJECT.test(x.text)) return 'turnover';
    const flow = FLOW_SUBJECT.exec(x.text);
    if (flow) return flow[1]!.toLowerCase() as TradeMeasureT;
  }
  return null;
}

/** "would reach" with a year of its clause before the year the text was written in. */
function pastYearReported(s: RecognisedSentence, before: string, from: number, to: number, ctx: DocumentContext): boolean {
  const written = ctx.reference?.year ?? null;
  if (written === null || !/\bwould\b/i.test(before) || /\b(?:will|shall|by)\b/i.test(before)) return false;
  const years = s.dates.filter((d) => d.start >= from && d.end <= to && d.kind !== 'relative-year' && d.from.year !== null).map((d) => d.from.year!);
  return years.length > 0 && years.every((y) => y < written);
}

const withinOnePercent = (x: number, y: number): boolean => Math.abs(x - y) <= 0.01 * Math.max(x, y);

/** Within 1%, in dollars, or in the stated currency when neither has a dollar value. */
function sameFigure(a: Draft, b: Draft): boolean {
  // (The same sum stated in the same currency is one figure, whatever dollars each mention gives it: the headline's
  // "10 billion euros" converted at the year's rate, the body's "10 billion euros ($11.6 billion)".)
  if (a.currency !== null && a.currency === b.currency && a.amount != null && b.amount != null) return withinOnePercent(a.amount, b.amount);
  if (a.value_usd !== null && b.value_usd !== null) return withinOnePercent(a.value_usd, b.value_usd);
  return false;
}

/**
 * "The Indo-German trade reached €15.18 billion … Indian exports reached €6.37 billion, while its imports reached €8.81
 * billion": a flow that, with another figure of its sentence, adds up (within 1%) to a two-state turnover told before is
 * that pair's, however the sentence names its owner.
 */
function shareOfBilateralTotal(s: RecognisedSentence, money: MoneyMention, drafts: readonly Draft[]): boolean {
  // (A dollar total keeps no amount of its own: its value in dollars.)
  const sums = drafts
    .filter((d) => d.measure === 'turnover' && d.parties.length === 2)
    .map((d) => (d.currency === money.currency ? d.amount : money.currency === 'USD' && d.currency === null ? d.value_usd : null))
    .filter((v): v is number => v != null);
  return s.money.some((other) => other !== money && other.currency === money.currency && sums.some((t) => withinOnePercent(t, money.value + other.value)));
}

/**
 * A state's trade with the world, not with a partner: "Turkey's exports … amounting to $13.4
 * billion", "the foreign trade turnover of Turkey made up $374 billion". One state owns the measure
 * (possessive or "of"), the sentence names no other, and no partner follows ("to", "with", "from").
 */
function nationalTotal(s: RecognisedSentence, from: number, to: number, figureStart: number): boolean {
  // "the Albanese Government's $22.7 billion Future Made in Australia agenda": one government's own programme.
  // (Not money it sends another state: "The Korean government's $3 billion investment in Vietnam's industry".)
  if (GOVERNMENTS_OWN.test(s.text.slice(Math.max(from, figureStart - 40), figureStart)) && OWN_PROGRAMME_AFTER.test(s.text.slice(figureStart, to))) return true;
  // "Mexico's total exports exceed $300 billion per year, while its trade with Peru …": a state's total, whatever partner
  // another clause names.
  // (The figure's own measure: no clause or other measure between them, "… of Thailand's overall exports, said X, as he
  // hoped Thai exports to Saudi Arabia will reach $5 billion".)
  const ownTotal = [...s.text.slice(from, figureStart).matchAll(OWN_TOTAL)].at(-1);
  const untilFigure = ownTotal ? s.text.slice(from + ownTotal.index + ownTotal[0].length, figureStart) : null;
  if (untilFigure !== null && /^[^,;]{0,60}$/.test(untilFigure) && !MEASURE_NOUN.test(untilFigure)) return true;
  // "Brazil is the world's largest exporter of soybeans, with sales of $53 billion": a rank among all states, with all buyers.
  if (/\bthe\s+world['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:exporter|importer|producer|supplier|buyer|seller)\b/iu.test(s.text.slice(from, figureStart))) return true;
  const states = new Set(s.countries.filter(namesState).map((c) => c.iso3));
  if (states.size > 1) return false;
  const clause = s.text.slice(from, to);
  if (/\b(?:two|both|bilateral|mutual|partners?|between)\b/i.test(clause)) return false;
  // "the country's GDP grew 7%, while its import-export turnover reached $500 billion"; "28,000 foreign-invested
  // projects from 131 countries": one state's figures with the world, named by a pronoun or by the many states.
  if (
    /\b(?:its|the\s+country['’]s|the\s+nation['’]s)\s+(?:total\s+|overall\s+)?(?:import-export\s+|foreign\s+)?(?:exports|imports|trade|turnover)(?:\s+turnover)?\b(?![^.;,]{0,40}?\b(?:to|with|from)\s)/i.test(
      s.text.slice(from, figureStart),
    ) ||
    /\bfrom\s+(?:over\s+|more\s+than\s+)?\d+\s+countries\b|\bforeign[-\s]invested\b/i.test(clause)
  )
    return true;
  if (states.size !== 1) return false;
  return (
    // (Not "Total trade with Germany reached …": the partner is named, the reporter is the text's other state.)
    /\bforeign\s+trade\b|\b(?:total|overall)\s+(?:trade|exports|imports|turnover)\b(?!\s+(?:with|to|from)\s+(?:the\s+)?\p{Lu})/iu.test(clause) ||
    /\b\p{Lu}[\p{L}-]+(?:['’]s?)\s+(?:total\s+|overall\s+)?(?:exports|imports|trade|turnover)\b(?!\s+(?:to|with|from)\b)/u.test(clause) ||
    /\b(?:exports|imports|turnover|trade)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+\b(?![^.;]{0,30}\b(?:to|with|from)\s)/u.test(clause) ||
    // "Vietnam earned nearly $3.7 billion from rice exports": a state's earnings from all its buyers.
    /\b(?:earned|earns|earning|raked\s+in|generated)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i.test(s.text.slice(from, figureStart))
  );
}

const MEASURE_NOUN = /\b(?:exports?|imports?|trade|turnover)\b/i;
// (Also "foreign trade turnover", "its exports worldwide", "Malaysia's total global trade"; a partner is a state after "to", "with", "from": not "amount to".)
const OWN_TOTAL =
  /\b(?:\p{Lu}[\p{L}-]+['’]s?|its|the\s+country['’]s|the\s+nation['’]s)\s+(?:(?:(?:total|overall|global|worldwide)\s+){1,2}(?:exports|imports|trade|turnover)|foreign\s+trade(?:\s+turnover)?|(?:exports|imports|trade)\s+(?:worldwide|globally))\b(?![^.;,]{0,40}?\b(?:to|with|from|between)\s+(?:the\s+)?\p{Lu})/gu;
const GOVERNMENTS_OWN = /\b(?:government|administration|cabinet|treasury)['’]s\s+(?:[\p{L}-]+\s+)?$/iu;
const OWN_PROGRAMME_AFTER =
  /^\S+(?:\s+(?:billion|million|trillion|bn|mn))?\s+(?:\p{Lu}[\p{L}'’-]*\s+|in\s+|of\s+|and\s+){0,8}(?:agenda|program(?:me)?|plan|budget|package|initiative|fund|strategy|scheme)\b/u;

// A level told as it stands now: "is currently worth around £2.2 billion", "the current business volume", "now stands at",
// "as of now", "By September this year, trade had reached …".
const CURRENT_LEVEL =
  /\b(?:currently|at\s+present|presently|as\s+of\s+now|now\s+stands?|(?:is|are|has|have)\s+now|now\s+(?:reached|totals?|amounts?)|current\s+(?:trade|business|bilateral|volume|levels?|turnover)|this\s+year)\b/i;

/** The year the text speaks from, for a level it tells as current; else null. */
function currentLevelYear(clause: string, ctx: DocumentContext): number | null {
  return ctx.reference && CURRENT_LEVEL.test(clause) ? ctx.reference.year : null;
}

/**
 * A flow of goods "currently worth £2.2 billion", whose only word of a stock is "currently": this year's level. (An
 * investment "currently" held stays a stock of no year.)
 */
function currentFlowYear(clause: string, measure: string, ctx: DocumentContext): number | null {
  return measure !== 'investment' && !stockCue().test(clause.replace(/\bcurrently\b/gi, '')) ? currentLevelYear(clause, ctx) : null;
}

/** The parties of a figure: two states its own clause names ("trade between the U.S. and Canada … while …"), else the sentence's, completed from the document's pair. */
function partiesOf(
  s: RecognisedSentence,
  from: number,
  to: number,
  ctx: DocumentContext,
  sentences: readonly RecognisedSentence[],
  encounterPair: readonly string[],
): string[] {
  const states = s.countries.filter((c) => c.kind !== 'seat' && !namedAsTopic(s.text, c));
  const inClause = [...new Set(states.filter((c) => c.start >= from && c.end <= to).map((c) => c.iso3))];
  if (inClause.length === 2) return inClause.sort();
  // "Turkey was Azerbaijan's second trade partner, followed by Italy with $3.17 billion": a partner the
  // figure's own clause names, outside the document's pair, trades with the state the sentence reports on.
  const pair = ctx.focus.slice(0, 2);
  const reporter = ctx.focus[0];
  if (
    inClause.length === 1 &&
    pair.length === 2 &&
    !pair.includes(inClause[0]!) &&
    reporter !== undefined &&
    states.some((c) => c.iso3 === reporter && (c.end <= from || c.start >= to)) &&
    !/\b(?:bilateral|mutual|two-way|between)\b/i.test(s.text.slice(from, to)) &&
    states.some(
      (c) =>
        c.iso3 === inClause[0] &&
        namesState(c) &&
        /\b(?:with|followed\s+by|to|from)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(s.text.slice(Math.max(from, c.start - 40), c.start)),
    )
  )
    return [reporter, inClause[0]!].sort();
  if (!states.length && TWO_STATES.test(s.text)) {
    const pair = lastPairBefore(sentences, s);
    if (pair) return pair;
  }
  // "In 2022, Malaysia was Thailand's largest trading partner. The total trade value amounted to …":
  // a sentence that names no state goes on with the pair the sentence before it, in its paragraph, names.
  const before = sentences[s.index - 1];
  if (!states.length && before?.paragraph === s.paragraph) {
    const pair = lastPairBefore(sentences, s, 1);
    if (pair) return pair;
  }
  const parties = partiesFor(
    states.map((c) => c.iso3),
    ctx,
  );
  // (The text names one side only, the other by its leader's name: the encounter's pair, when it holds that one.)
  return parties.length < 2 && encounterPair.length === 2 && parties.every((c) => encounterPair.includes(c)) ? [...encounterPair].sort() : parties;
}

// A state the talks were about, wherever the sentence names it: "talked about global issues including Syria and the
// Palestinian cause, alongside deals to boost their trade to $10 billion" (the trade is the speakers').
const TOPIC_BEFORE =
  /\b(?:issues|situation|developments|crises|crisis|conflicts?|matters|topics|questions)\s+(?:(?:in|on|of|around|concerning|regarding|including|such\s+as|like)\s+)?(?:[^,;.]{0,60}?(?:,|\band)\s+)?(?:the\s+)?$/i;
const TOPIC_AFTER = /^\s+(?:cause|issue|question|crisis|conflict|file|situation)\b/i;
function namedAsTopic(text: string, c: CountryMention): boolean {
  return TOPIC_BEFORE.test(text.slice(Math.max(0, c.start - 90), c.start)) || TOPIC_AFTER.test(text.slice(c.end, c.end + 14));
}

// "The two nations", "both countries": the pair the text has just named, not the document's.
const TWO_STATES = /\b(?:the\s+two\s+(?:nations|countries|states|sides|economies)|both\s+(?:nations|countries|states|sides|economies))\b/i;
/** How many sentences back "the two nations" may point. */
const PAIR_REACH = 3;

/** The two states the nearest sentence before `s` names, when it names exactly two; null when it names more. */
function lastPairBefore(sentences: readonly RecognisedSentence[], s: RecognisedSentence, reach = PAIR_REACH): string[] | null {
  for (let i = s.index - 1; i >= Math.max(0, s.index - reach); i--) {
    // (Not where goods come from: "the Russian gas replaced by Qatari LNG".)
    const named = new Set(sentences[i]?.countries.filter((c) => namesState(c) && !ofGoods(sentences[i]!.text, c)).map((c) => c.iso3));
    if (named.size === 2) return [...named].sort();
    if (named.size > 2) return null;
  }
  return null;
}

/** One fact per figure: same measure, kind, scope and parties, value within 1%, years not in conflict. */
function merge(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const kept = new FigureIndex<Draft>();
  for (const d of drafts) {
    // (A figure that points back is the one given before, whatever year its own clause names.)
    // (… and whatever kind its own clause gives it: "India announced a line of credit of $4.5 billion to be extended …
    // The agreement for this $4.5 billion was signed today".)
    const same =
      kept.find(d, (o) => sameFigure(o, d) && (o.year === null || d.year === null || o.year === d.year || d.refersBack)) ??
      (d.refersBack
        ? TradeKind.options
            .filter((k) => k !== d.kind)
            .map((kind) => kept.find({ ...d, kind }, (o) => sameFigure(o, d)))
            .find((o) => o !== undefined)
        : undefined);
    if (same && d.refersBack && same.year !== null) d.year = same.year;
    if (!same) {
      out.push(d);
      kept.add(d);
      continue;
    }
    same.year ??= d.year;
    // (The text's own dollars over a conversion at the year's rate.)
    if (!same.usdStated && d.usdStated) [same.value_usd, same.usdStated] = [d.value_usd, true];
    same.from ??= d.from;
    same.to ??= d.to;
    if (same.qualifier === 'exact' && d.qualifier !== 'exact') same.qualifier = d.qualifier;
    same.sentences.push(...d.sentences);
  }
  return out;
}
