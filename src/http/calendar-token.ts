import { createHmac, timingSafeEqual } from 'node:crypto';
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
  if (token === null) return false;
  const expected = Buffer.from(calendarToken(secret, canonicalUnit));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
