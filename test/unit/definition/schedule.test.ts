import { describe, expect, it } from 'vitest';
import { closedSince, consultationState } from '../../../shared/definition/schedule.ts';

const window = { opens: '2026-11-01T00:00:00+01:00', closes: '2027-03-31T23:59:59+02:00' };

describe('consultationState', () => {
  it.each([
    ['one millisecond before it opens', '2026-10-31T22:59:59.999Z', 'notYetOpen'],
    ['the instant it opens', '2026-10-31T23:00:00.000Z', 'open'],
    ['while it is open', '2026-11-24T12:00:00Z', 'open'],
    ['one millisecond before it closes', '2027-03-31T21:59:58.999Z', 'open'],
    ['the instant it closes', '2027-03-31T21:59:59.000Z', 'closed'],
    ['long after it closed', '2030-01-01T00:00:00Z', 'closed'],
  ] as const)('is %s → %s', (_, now, expected) => {
    expect(consultationState(window, new Date(now))).toBe(expected);
  });

  it('honours the offset written in the definition', () => {
    const berlinMidnight = { opens: '2027-01-01T00:00:00+01:00', closes: '2027-02-01T00:00:00+01:00' };
    expect(consultationState(berlinMidnight, new Date('2026-12-31T23:30:00Z'))).toBe('open');
  });
});

describe('closing by hand', () => {
  it('is closed while staff have closed it, even inside its dates, and open again without closedAt', () => {
    const during = new Date('2026-11-24T12:00:00Z');
    expect(consultationState(window, during, '2026-11-20T08:00:00Z')).toBe('closed');
    expect(consultationState(window, during, undefined)).toBe('open');
  });

  it('is closed by hand before it even opened', () => {
    expect(consultationState(window, new Date('2026-10-01T00:00:00Z'), '2026-09-30T00:00:00Z')).toBe(
      'closed',
    );
  });

  it('names the earlier of the closing date and the moment it was closed by hand', () => {
    expect(closedSince(window, '2026-12-01T10:00:00Z')).toBe('2026-12-01T10:00:00Z');
    expect(closedSince(window, '2028-01-01T00:00:00Z')).toBe(window.closes);
    expect(closedSince(window)).toBe(window.closes);
  });
});
