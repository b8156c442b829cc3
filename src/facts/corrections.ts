// What an analyst may change in a fact, by kind, as zod schemas drawn from the readout-facts/v1
// contract: a corrected value is checked by the same rule as an extracted one. The store keeps
// corrections apart from the extracted facts and applies them again whenever the facts are rebuilt.
import { z } from 'zod';
import { Agreement, DateString, Event, Person, Trade } from './schema.js';

export type FactKind = 'event' | 'agreement' | 'trade' | 'person';

const Iso3List = z.array(z.string().regex(/^[A-Z]{3}$/)).min(1, 'at least one country');

/** Each kind's correctable fields; `countries` is an event's countries, an agreement's or a figure's parties. */
export const CHANGES = {
  event: z
    .strictObject({
      date: DateString.nullable(),
      end_date: DateString.nullable(),
      type: Event.shape.type,
      planned: z.boolean(),
      countries: Iso3List.min(2, 'at least two countries'),
    })
    .partial(),
  agreement: z
    .strictObject({
      title: Agreement.shape.title,
      kind: Agreement.shape.kind,
      status: Agreement.shape.status,
      date: DateString.nullable(),
      countries: Iso3List,
    })
    .partial(),
  trade: z
    .strictObject({
      measure: Trade.shape.measure,
      kind: Trade.shape.kind,
      year: Trade.shape.year,
      value_usd: z.number().nonnegative(),
      countries: Iso3List.min(2, 'two countries').max(2, 'two countries'),
    })
    .partial(),
  person: z
    .strictObject({
      name: Person.shape.name,
      role: Person.shape.role,
      country: Person.shape.country,
    })
    .partial(),
} as const;

type EventChanges = z.infer<typeof CHANGES.event>;
type AgreementChanges = z.infer<typeof CHANGES.agreement>;
type TradeChanges = z.infer<typeof CHANGES.trade>;
type PersonChanges = z.infer<typeof CHANGES.person>;
export type FactChanges = EventChanges | AgreementChanges | TradeChanges | PersonChanges;

/** The fields a kind of fact can be corrected in, in the order they are shown. */
export const correctableFields = (kind: FactKind): readonly string[] => Object.keys(CHANGES[kind].shape);

/** The kind a fact id names by its prefix (merge/fact-ids.ts), or null for anything else. */
export function kindOfId(id: string): FactKind | null {
  const prefix = /^(ev|ag|tr|pe)_[0-9a-f]{16}$/.exec(id)?.[1];
  return prefix === 'ev' ? 'event' : prefix === 'ag' ? 'agreement' : prefix === 'tr' ? 'trade' : prefix === 'pe' ? 'person' : null;
}

export type CorrectionAction = 'correct' | 'reject' | 'merge' | 'split';

/** What an analyst asks for; the store finds the fact, anchors the correction and applies it. */
export type CorrectionRequest =
  | { readonly action: 'correct'; readonly factId: string; readonly changes: FactChanges }
  | { readonly action: 'reject'; readonly factId: string }
  | { readonly action: 'merge'; readonly factId: string; readonly otherId: string }
  | { readonly action: 'split'; readonly factId: string; readonly document: string };

/** Who made a correction, and why. */
export interface CorrectionAuthor {
  readonly by: string;
  readonly note: string | null;
}

/** A correction that cannot apply: no such fact, a field the kind has not, a merge of different kinds. */
export class CorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionError';
  }
}
