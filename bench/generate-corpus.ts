// A generated corpus of readout-like documents for the ingest benchmark and the crash test: varied
// pairs, leaders, dates, figures and filler, deterministic for a seed, unique content per index.
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
const TOPICS = ['energy', 'transport', 'agriculture', 'education', 'healthcare', 'tourism', 'logistics', 'digital technologies', 'water management', 'mining', 'textiles', 'pharmaceuticals', 'culture', 'science', 'banking', 'aviation'];
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

export function generateDocument(index: number, seed = 1): GeneratedDocument {
  const r = random(seed * 1_000_003 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  const a = pick(STATES);
  let b = pick(STATES);
  while (b === a) b = pick(STATES);
  const year = 2015 + Math.floor(r() * 10);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
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
