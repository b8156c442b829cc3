// The derived codes the export views need: CAMEO for events (GDELT), PLOVER types and modes, country
// names and FIPS 10-4 geo codes. Codes are strings ('040', never 40); an encounter Readout cannot
// classify gets no code at all (never 010, the "make statement" default older coders inflated).
import type { EventTypeT } from '../facts/schema.js';
import { perLexicons } from '../lexicon/active.js';

export interface CameoCode {
  readonly code: string;
  readonly label: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
}

const cameo = (code: string, label: string, goldstein: number, quadClass: 1 | 2): CameoCode => ({ code, label, goldstein, quadClass });

export const CAMEO = {
  intentToMeet: cameo('036', 'Express intent to meet or negotiate', 4.0, 1),
  consult: cameo('040', 'Consult', 1.0, 1),
  phone: cameo('041', 'Discuss by telephone', 1.0, 1),
  visit: cameo('042', 'Make a visit', 1.9, 1),
  host: cameo('043', 'Host a visit', 2.8, 1),
  thirdLocation: cameo('044', 'Meet at a third location', 2.5, 1),
  signAgreement: cameo('057', 'Sign formal agreement', 8.0, 1),
} as const;

/** The CAMEO code of an encounter, or null when it cannot be classified (`other`). */
export function cameoOfEvent(type: EventTypeT, planned: boolean, thirdLocation: boolean): CameoCode | null {
  if (type === 'other') return null;
  if (planned) return CAMEO.intentToMeet;
  if (type === 'phone_call') return CAMEO.phone;
  if (type === 'visit') return CAMEO.visit;
  if (thirdLocation) return CAMEO.thirdLocation;
  return CAMEO.consult;
}

/** EventBaseCode: the first three digits; EventRootCode: the first two. */
export const cameoBase = (code: string): string => code.slice(0, 3);
export const cameoRoot = (code: string): string => code.slice(0, 2);

export type PloverMode = 'visit' | 'phone' | 'multilateral' | 'third-party' | 'meeting' | 'sign';

/** PLOVER event type and mode of an encounter, or null for `other`. */
export function ploverOfEvent(type: EventTypeT, thirdLocation: boolean): { event_type: 'CONSULT'; mode: PloverMode } | null {
  switch (type) {
    case 'visit':
      return { event_type: 'CONSULT', mode: 'visit' };
    case 'phone_call':
      return { event_type: 'CONSULT', mode: 'phone' };
    case 'summit':
    case 'forum':
      return { event_type: 'CONSULT', mode: 'multilateral' };
    case 'meeting':
    case 'ceremony':
      return { event_type: 'CONSULT', mode: thirdLocation ? 'third-party' : 'meeting' };
    case 'other':
      return null;
  }
}

const fipsCodes = perLexicons((lex) => new Map(lex.fips.map((r) => [r.iso3, r.fips])));

export const fipsOf = (iso3: string | null): string => (iso3 ? (fipsCodes().get(iso3) ?? '') : '');
