import { describe, expect, it } from 'vitest';
import { requestLocale } from '../../../../functions/http/request-locale.ts';
import { httpEvent } from '../../../support/events.ts';

const event = (query?: Record<string, string>, acceptLanguage?: string) =>
  httpEvent({
    ...(query ? { query } : {}),
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  });

describe('requestLocale', () => {
  it('follows ?lang= over Accept-Language', () => {
    expect(requestLocale(event({ lang: 'tr' }, 'en'))).toBe('tr');
  });

  it('follows Accept-Language when there is no ?lang=', () => {
    expect(requestLocale(event(undefined, 'uk-UA,uk;q=0.9,en;q=0.5'))).toBe('uk');
  });

  it('offers only the languages available, else the fallback', () => {
    expect(requestLocale(event({ lang: 'fa' }), { available: ['de', 'en'], fallback: 'en' })).toBe('en');
  });

  it('falls back to German without any preference', () => {
    expect(requestLocale(event())).toBe('de');
  });

  it('lets an explicit choice win when it is available, and ignores it otherwise', () => {
    const request = event({ lang: 'en' });
    expect(requestLocale(request, { available: ['de', 'en', 'ar'], explicit: 'ar' })).toBe('ar');
    expect(requestLocale(request, { available: ['de', 'en'], explicit: 'ar' })).toBe('en');
    expect(requestLocale(request, { available: ['de', 'en'], explicit: 'toString' })).toBe('en');
  });
});
