// A generated corpus of readout-like documents for the ingest benchmark and the crash test: varied
// pairs, leaders, dates, figures and filler, deterministic for a seed, unique content per index.
// Two shapes:
// - `readout`: as long as published readouts and about as rich in facts. The five real articles of
//   the dev set run 439-2,134 words (median 682) with 3-22 facts each; these run about 250-1,500
//   words (median about 650) with a lead encounter, trade figures, signed documents, quotes, a
//   planned next meeting, and body text from a phrase grammar (so no two documents share much of
//   their wording and the near-duplicate detector has no false pairs to chase).
// - `brief`: a 150-word stub with 8 facts, five times denser in facts than a real readout: the
//   worst case for a store, whose cost follows the facts, next to extraction, which follows the words.
const STATES: ReadonlyArray<{ name: string; city: string; leader: string; minister: string }> = [
  { name: 'Belarus', city: 'Minsk', leader: 'Aleksandr Lukashenko', minister: 'Maxim Ryzhenkov' },
  { name: 'Tajikistan', city: 'Dushanbe', leader: 'Emomali Rahmon', minister: 'Sirojiddin Muhriddin' },
  { name: 'Kazakhstan', city: 'Astana', leader: 'Kassym-Jomart Tokayev', minister: 'Murat Nurtleu' },
  { name: 'Uzbekistan', city: 'Tashkent', leader: 'Shavkat Mirziyoyev', minister: 'Bakhtiyor Saidov' },
  { name: 'Kyrgyzstan', city: 'Bishkek', leader: 'Sadyr Japarov', minister: 'Jeenbek Kulubaev' },
  { name: 'Azerbaijan', city: 'Baku', leader: 'Ilham Aliyev', minister: 'Jeyhun Bayramov' },
  { name: 'Turkey', city: 'Ankara', leader: 'Recep Tayyip Erdogan', minister: 'Hakan Fidan' },
  { name: 'Hungary', city: 'Budapest', leader: 'Viktor Orban', minister: 'Peter Szijjarto' },
  { name: 'Brazil', city: 'Brasilia', leader: 'Luiz Inacio Lula da Silva', minister: 'Mauro Vieira' },
  { name: 'Angola', city: 'Luanda', leader: 'Joao Lourenco', minister: 'Tete Antonio' },
  { name: 'Malaysia', city: 'Kuala Lumpur', leader: 'Anwar Ibrahim', minister: 'Mohamad Hasan' },
  { name: 'Pakistan', city: 'Islamabad', leader: 'Shehbaz Sharif', minister: 'Ishaq Dar' },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = [
  'energy',
  'transport',
  'agriculture',
  'education',
  'healthcare',
  'tourism',
  'logistics',
  'digital technologies',
  'water management',
  'mining',
  'textiles',
  'pharmaceuticals',
  'culture',
  'science',
  'banking',
  'aviation',
];
const FILLER = [
  'The parties noted the high level of political dialogue and mutual trust.',
  'Special attention was paid to the implementation of earlier agreements.',
  'The heads of state exchanged views on regional and international issues.',
  'Both sides stressed the importance of direct contacts between businesses.',
  'An exhibition of national products was held on the sidelines of the meeting.',
  'The delegations visited an industrial park and a research centre.',
  'A joint working group will prepare a roadmap of cooperation by the end of the year.',
  'The leaders welcomed the opening of new direct flights between the capitals.',
  'Cultural days will be held in both countries next year.',
  'The sides agreed to expand student exchanges and academic mobility.',
  'Representatives of the private sector presented several investment projects.',
  'The talks took place in a warm and constructive atmosphere.',
  'Customs procedures at the border will be simplified for freight transport.',
  'A business council meeting gathered more than a hundred companies.',
  'Cooperation between regions was named as a promising direction.',
  'The ministers of foreign affairs held separate consultations.',
];

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedDocument {
  readonly name: string;
  readonly text: string;
}

export type DocumentShape = 'readout' | 'brief';

// The fields a readout-shaped document names: every topic and more.
const SECTORS = [
  ...TOPICS,
  'metallurgy',
  'chemicals',
  'food processing',
  'machine building',
  'renewable energy',
  'space research',
  'construction',
  'telecommunications',
  'fisheries',
  'sport',
  'youth policy',
  'geology',
  'veterinary medicine',
  'railways',
];
const PRODUCTS = [
  'wheat',
  'cotton fibre',
  'fertilisers',
  'buses',
  'tractors',
  'medicines',
  'fruit and vegetables',
  'dairy products',
  'steel pipes',
  'electric cables',
  'cement',
  'textile goods',
  'meat',
  'sugar',
  'timber',
  'glassware',
  'furniture',
  'lifts',
  'agricultural machinery',
  'solar panels',
];
const BODIES = [
  'the intergovernmental commission',
  'the business council',
  'the joint working group on trade',
  'the council of foreign ministers',
  'the interregional forum',
  'the investment agency',
  'the chamber of commerce',
  'the joint venture fund',
  'the expert council',
  'the committee on customs cooperation',
];
const SUBJECTS = [
  'The sides',
  'The two leaders',
  'Both delegations',
  'The ministers',
  'The heads of state',
  'The parties',
  'The presidents',
  'Officials of the two countries',
  'Experts from both sides',
  'The two governments',
  'Representatives of the business communities',
  'The heads of the delegations',
];
const VERBS = [
  'discussed',
  'reviewed',
  'considered',
  'exchanged views on',
  'outlined plans for',
  'noted progress in',
  'agreed to step up',
  'called for closer',
  'examined prospects for',
  'praised the results of',
  'set out priorities for',
  'paid particular attention to',
  'stressed the potential of',
  'looked at ways to deepen',
  'mapped out steps in',
];
const OBJECTS = [
  'cooperation in {sector}',
  'joint projects in {sector}',
  'the development of {sector}',
  'investment in {sector}',
  'partnership in {sector} and {sector2}',
  'supplies of {product}',
  'links between {cityA} and {cityB}',
  'the work of {body}',
  'industrial cooperation around {product}',
  'training programmes in {sector}',
  'the localisation of {product} production',
  'a pipeline of projects in {sector}',
  'exchanges between universities in {cityA} and {cityB}',
  'the agenda of {body}',
  'financing for {sector} projects',
];
const MODIFIERS = [
  '',
  ' in the coming years',
  ' as a priority',
  ' with the participation of the private sector',
  ' on the basis of mutual benefit',
  ' following the decisions of {body}',
  ' during the talks in {cityA}',
  ' over the next {n} years',
  ' with a view to new joint ventures',
  ' in line with the national development strategies',
  ' at the level of the regions',
  ' through {body}',
  ' with the support of development banks',
  ' step by step',
  ' before the end of the decade',
];
const QUOTE_OPENERS = [
  'We value',
  'Our countries share',
  'We intend to expand',
  'There is great potential in',
  'We are ready to deepen',
  'Today we confirmed',
  'Our peoples are bound by',
  'We will continue',
  'I am convinced that',
  'We see new opportunities in',
];
const QUOTE_BODIES = [
  'the friendship between {nameA} and {nameB}',
  'our partnership in {sector}',
  'cooperation in {sector} and {sector2}',
  'the projects agreed in {cityB}',
  'the dialogue between our governments',
  'the ties between {cityA} and {cityB}',
  'trade in {product}',
  'joint work within {body}',
  'the results of the talks',
  'a long-term strategy for {sector}',
];
const GROWTH = [
  'grew by {p} percent',
  'rose by {p} percent',
  'increased by {p} percent',
  'fell by {p} percent',
  'went up {p} percent',
  'was {p} percent higher than a year earlier',
];
const DOCUMENT_KINDS = [
  'an agreement on cooperation in {sector}',
  'a memorandum of understanding on {sector}',
  'a roadmap for cooperation in {sector}',
  'a programme of cooperation in {sector}',
  'an agreement on mutual protection of investments',
  'a memorandum on cooperation in {sector} between the relevant ministries',
  'a joint declaration on strategic partnership',
];

/** One document of the corpus: `index` makes it unique, `seed` makes another corpus. */
export function generateDocument(index: number, seed = 1, shape: DocumentShape = 'readout'): GeneratedDocument {
  return shape === 'brief' ? briefDocument(index, seed) : readoutDocument(index, seed);
}

/** What both shapes start from, drawn in this order: the two states and the date of their talks. */
function encounter(index: number, seed: number) {
  const r = random(seed * 1_000_003 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  const a = pick(STATES);
  let b = pick(STATES);
  while (b === a) b = pick(STATES);
  const year = 2015 + Math.floor(r() * 10);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  return { r, pick, a, b, year, month, day };
}

function readoutDocument(index: number, seed: number): GeneratedDocument {
  const { r, pick, a, b, year, month, day } = encounter(index, seed);
  const date = `${day} ${MONTHS[month]} ${year}`;
  const sector = pick(SECTORS);
  const fill = (template: string): string =>
    template
      .replaceAll('{sector2}', pick(SECTORS))
      .replaceAll('{sector}', pick(SECTORS))
      .replaceAll('{product}', pick(PRODUCTS))
      .replaceAll('{body}', pick(BODIES))
      .replaceAll('{cityA}', a.city)
      .replaceAll('{cityB}', b.city)
      .replaceAll('{nameA}', a.name)
      .replaceAll('{nameB}', b.name)
      .replaceAll('{n}', String(2 + Math.floor(r() * 8)))
      .replaceAll('{p}', String(2 + Math.floor(r() * 40)));
  const grammar = (): string => fill(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(MODIFIERS)}.`);
  const quote = (speaker: string): string => fill(`"${pick(QUOTE_OPENERS)} ${pick(QUOTE_BODIES)}," ${speaker} said.`);
  const paragraph = (sentences: number): string => Array.from({ length: sentences }, grammar).join(' ');

  const turnover = 50 + Math.floor(r() * 1950);
  const exports = Math.max(5, Math.floor(turnover * (0.2 + r() * 0.5)));
  const signed = Array.from({ length: 1 + Math.floor(r() * 3) }, () => fill(pick(DOCUMENT_KINDS)));
  const paragraphs = [
    `${a.leader} holds talks with ${b.leader} in ${a.city}`,
    `${a.city}, ${date}. President of ${a.name} ${a.leader} held talks with President of ${b.name} ${b.leader}, who is in ${a.city} on an official visit, on ${date}. ${paragraph(2)}`,
    `The sides discussed cooperation in ${sector}, ${pick(SECTORS)} and ${pick(SECTORS)}. ${paragraph(2 + Math.floor(r() * 3))}`,
    `According to ${a.leader}, trade turnover between ${a.name} and ${b.name} reached $${turnover} million in ${year - 1}. ${fill(`It ${pick(GROWTH)} on the year before.`)} Exports of ${a.name} to ${b.name} amounted to $${exports} million. The parties intend to bring turnover to $${turnover * 2} million.`,
    quote(a.leader),
    `Following the talks, ${signed.length > 1 ? 'several documents were signed, including' : 'the sides signed'} ${signed.join(', ')}. Minister of Foreign Affairs of ${a.name} ${a.minister} and Minister of Foreign Affairs of ${b.name} ${b.minister} signed an agreement on cooperation in ${sector}.`,
  ];
  // Body text up to the document's length: 250-1,500 words, skewed towards the shorter (median about 650).
  const target = 250 + Math.floor(1250 * r() ** 1.6);
  const wordsIn = (text: string): number => text.split(/\s+/).length;
  let words = paragraphs.reduce((n, p) => n + wordsIn(p), 0);
  while (words < target - 60) {
    const body = r() < 0.25 ? `${quote(r() < 0.5 ? a.leader : b.leader)} ${paragraph(2)}` : paragraph(3 + Math.floor(r() * 3));
    paragraphs.splice(paragraphs.length - 1, 0, body);
    words += wordsIn(body);
  }
  paragraphs.push(
    `${b.leader} invited ${a.leader} to pay a visit to ${b.name} in ${MONTHS[(month + 6) % 12]} ${year + 1}. The next meeting of ${pick(BODIES)} will be held in ${b.city}. Reference ${index}-${seed}.`,
  );
  return { name: `gen-${String(index).padStart(6, '0')}.txt`, text: paragraphs.join('\n\n') };
}

/** The short, fact-dense stub (see the top of this file). */
function briefDocument(index: number, seed: number): GeneratedDocument {
  const { r, pick, a, b, year, month, day } = encounter(index, seed);
  const [t1, t2, t3] = [pick(TOPICS), pick(TOPICS), pick(TOPICS)];
  const value = 10 + Math.floor(r() * 990);
  const filler = [...FILLER].sort(() => r() - 0.5).slice(0, 3 + Math.floor(r() * 4));
  const text = [
    `${a.leader} holds talks with ${b.leader}`,
    '',
    `${a.city}, ${day} ${MONTHS[month]} ${year}. President of ${a.name} ${a.leader} held talks with President of ${b.name} ${b.leader} in ${a.city} on ${day} ${MONTHS[month]} ${year}.`,
    '',
    `The sides discussed cooperation in ${t1}, ${t2} and ${t3}. ${filler.slice(0, 2).join(' ')}`,
    '',
    `According to ${a.leader}, trade turnover between ${a.name} and ${b.name} reached $${value} million in ${year - 1}. The parties intend to bring it to $${value * 3} million.`,
    '',
    `Minister of Foreign Affairs of ${a.name} ${a.minister} and Minister of Foreign Affairs of ${b.name} ${b.minister} signed an agreement on cooperation in ${t1}.`,
    '',
    `${filler.slice(2).join(' ')} Reference ${index}-${seed}: ${t3} programme ${Math.floor(r() * 1e6)}.`,
  ].join('\n');
  return { name: `gen-${String(index).padStart(6, '0')}.txt`, text };
}
