// A state named as the owner of goods, firms or forces, or as the author of an armed act, takes no part in the
// encounter the sentence reports, nor does its name give a person of that sentence a state.
import type { CountryMention } from '../recognise/countries.js';

// What a state's adjective may own: "while Europeans brace for a cut in Russian gas".
const OWNED_THING =
  /^\s+(?:gas|oil|crude|grain|wheat|coal|fertili[sz]ers?|goods|products|companies|firms|investors|tourists|troops|forces|army|military|drones|missiles|weapons|airspace|invasion|aggression|market|markets|economy|currency)\b/i;
// "in response to Israel’s attack on Doha", "following the Israeli airstrike".
const ARMED_ACT_AFTER =
  /^(?:['’]s)?\s+(?:(?:military|armed|missile|drone|air|deadly|latest|recent)\s+)?(?:attacks?|air\s?strikes?|strikes?|bombings?|bombardments?|raids?|shelling|offensive|incursions?)\b/i;

/** The state named at `c` did the armed act after it. */
export function armedActBy(text: string, c: CountryMention): boolean {
  return ARMED_ACT_AFTER.test(text.slice(c.end, c.end + 30));
}

/** The state named at `c` owns the thing after it, or did the armed act after it. */
export function ownedOrDoneBy(text: string, c: CountryMention): boolean {
  return (c.kind === 'adjective' && OWNED_THING.test(text.slice(c.end, c.end + 25))) || armedActBy(text, c);
}
