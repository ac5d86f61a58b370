import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { normaliseUnitName } from '../units/names.ts';

/**
 * The token that opens one unit's calendar feed: an HMAC of the unit's canonical name under
 * CALENDAR_TOKEN_SECRET. Stateless (nothing to store or migrate), one per unit, and all of them
 * change together when the secret is rotated.
 */
export function calendarToken(secret: string, canonicalUnit: string): string {
  return createHmac('sha256', secret).update(normaliseUnitName(canonicalUnit), 'utf8').digest('base64url');
}

export function isValidCalendarToken(secret: string, canonicalUnit: string, token: string | null): boolean {
  return sameSecret(calendarToken(secret, canonicalUnit), token);
}

/**
 * Compares a secret in constant time. Both sides are hashed first, so neither the timing nor a
 * length check tells anything of the expected value.
 */
export function sameSecret(expected: string, given: string | null): boolean {
  if (given === null) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(given));
}
