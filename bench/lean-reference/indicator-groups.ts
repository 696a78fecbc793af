/**
 * The groups of indicators that the rules of brighton-hove-cse 1.2.0 count, one bit each, so that one pass
 * over a screening's answers ORs together, by kind of answer, the groups that have a concern, an open item
 * or a yes. The groups are written here by hand from the rules' conditions; which indicator belongs to which
 * group is read once from the indicators' kinds, suggested levels, tags and ids.
 */
import type { Ruleset } from '../../src/index.js';

type Indicator = Ruleset['indicators'][number];

/** Every indicator: a concern on any item brings the policy's concern steps. */
export const ANY = 1 << 0;
/** Risk and significant items (vulnerability factors are context only). */
export const RS = 1 << 1;
export const HIGH_RS = 1 << 2;
export const SEXUAL_RS = 1 << 3;
export const OLDER_RS = 1 << 4;
/** The signs of exploitation that rule sexual-activity-with-exploitation-sign lists, of any kind. */
export const EXPLOITATION_SIGN = 1 << 5;
export const RELATIONSHIP_RS = 1 << 6;
export const GIFTS_RS = 1 << 7;
export const PARTIES_RS = 1 << 8;
export const MOVEMENT_RS = 1 << 9;
export const EXCHANGE_RS = 1 << 10;
export const MOVEMENT = 1 << 11;
export const MISSING = 1 << 12;
export const ONLINE_SIGNIFICANT = 1 << 13;
export const SEXUAL_HEALTH = 1 << 14;
export const SEXUAL_HEALTH_ITEMS = 1 << 15;
export const ADULT_RS = 1 << 16;
export const ADULT_CONTACT_RS = 1 << 17;
export const GROOMING = 1 << 18;
export const ASSAULT = 1 << 19;
export const EXPLOITATION_OFFENCE = 1 << 20;
export const SIBLINGS = 1 << 21;
/** Significant items, counted on a clear yes by significant-indicator-confirmed. */
export const SIGNIFICANT = 1 << 22;
/** The items a rule that decides the level reads: while one is open, the level is not settled. */
export const LEVEL_READ = 1 << 23;

const EXPLOITATION_SIGNS = [
  'older-partner', 'controlling-relationship', 'known-perpetrator-association', 'unknown-adults-contact', 'unexplained-gifts-or-money',
  'parties-with-adults', 'adult-venues', 'threats-or-intimidation', 'abduction-or-held', 'position-of-trust', 'exploitation-within-family',
  'secretive-new-friends', 'sex-for-money-goods-or-shelter', 'sex-for-affection-or-belonging', 'passed-between-abusers', 'passed-bought-or-sold',
  'clipping', 'debt-or-owing-favours', 'seen-at-exploitation-locations', 'sexual-images-requested-or-shared', 'sexual-communication-with-adult',
  'online-befriended-groomed', 'meets-online-contacts', 'selling-sexual-content-online', 'given-drugs-or-alcohol', 'recruiting-others',
  'peer-pressure-into-sex', 'criminal-exploitation-or-gangs', 'missing-overnight-or-repeated', 'missing-short-episode', 'returns-unexplained',
  'vehicles-unknown-adults', 'hotels-taxis-takeaways', 'unknown-addresses-or-keys', 'taken-to-other-towns', 'found-far-from-home',
  'disclosure-of-exploitation', 'disclosure-withdrawn', 'third-party-report',
];
const SEXUAL_HEALTH_IDS = [
  'known-sexually-active', 'sex-for-money-goods-or-shelter', 'sex-for-affection-or-belonging', 'passed-between-abusers', 'passed-bought-or-sold',
  'peer-pressure-into-sex', 'disclosure-of-exploitation', 'position-of-trust', 'exploitation-within-family',
];
const GROOMING_IDS = ['sexual-communication-with-adult', 'meets-online-contacts'];
const ASSAULT_IDS = ['sexual-assault', 'peer-pressure-into-sex'];
const EXPLOITATION_OFFENCE_IDS = ['sex-for-money-goods-or-shelter', 'selling-sexual-content-online', 'passed-between-abusers', 'passed-bought-or-sold'];
const SIBLINGS_IDS = ['sibling-exploited', 'exploitation-within-family'];

/** The groups one indicator belongs to, as bits. */
export function groupsOf(indicator: Indicator): number {
  const rs = indicator.kind === 'risk' || indicator.kind === 'significant';
  const tagged = (...tags: string[]): boolean => tags.some((tag) => indicator.tags.includes(tag));
  const id = indicator.id;
  let groups = ANY;
  if (rs) groups |= RS | LEVEL_READ;
  if (rs && indicator.suggestedLevel === 'high') groups |= HIGH_RS;
  if (rs && tagged('sexual-activity')) groups |= SEXUAL_RS;
  if (rs && tagged('older-adult')) groups |= OLDER_RS;
  if (EXPLOITATION_SIGNS.includes(id)) groups |= EXPLOITATION_SIGN | LEVEL_READ;
  if (rs && tagged('relationship')) groups |= RELATIONSHIP_RS;
  if (rs && tagged('gifts')) groups |= GIFTS_RS;
  if (rs && tagged('parties', 'multiple-perpetrators', 'recruiting')) groups |= PARTIES_RS;
  if (rs && tagged('movement')) groups |= MOVEMENT_RS;
  if (rs && tagged('multiple-perpetrators', 'recruiting', 'exchange')) groups |= EXCHANGE_RS;
  if (tagged('movement')) groups |= MOVEMENT;
  if (tagged('missing')) groups |= MISSING;
  if (indicator.kind === 'significant' && tagged('online')) groups |= ONLINE_SIGNIFICANT;
  if (tagged('sexual-health')) groups |= SEXUAL_HEALTH;
  if (SEXUAL_HEALTH_IDS.includes(id)) groups |= SEXUAL_HEALTH_ITEMS;
  if (rs && tagged('older-adult', 'adult-contact', 'venue')) groups |= ADULT_RS;
  if (rs && tagged('older-adult', 'adult-contact')) groups |= ADULT_CONTACT_RS;
  if (GROOMING_IDS.includes(id)) groups |= GROOMING;
  if (ASSAULT_IDS.includes(id)) groups |= ASSAULT;
  if (EXPLOITATION_OFFENCE_IDS.includes(id)) groups |= EXPLOITATION_OFFENCE;
  if (SIBLINGS_IDS.includes(id)) groups |= SIBLINGS;
  if (indicator.kind === 'significant') groups |= SIGNIFICANT;
  // learning-disability-floor reads the learning disability item.
  if (id === 'learning-disability') groups |= LEVEL_READ;
  return groups;
}

/** By tier (the suggested level of a risk or significant item): 1 low, 2 medium, 3 high; 0 for a vulnerability factor. */
export function tierOf(indicator: Indicator): number {
  if (indicator.kind === 'vulnerability') return 0;
  return indicator.suggestedLevel === 'low' ? 1 : indicator.suggestedLevel === 'medium' ? 2 : 3;
}
