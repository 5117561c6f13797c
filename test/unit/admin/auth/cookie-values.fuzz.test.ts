import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cookieValues } from '../../../../shared/admin/cookie-policy.ts';

const NAME = 'mw_session';

/** A cookie name as a browser may send one: token characters, never our name. */
const otherName = fc.stringMatching(/^[A-Za-z0-9_\-.]{1,20}$/).filter((name) => name !== NAME);
/** A cookie value without the separators a browser never puts inside one. */
const value = fc.stringMatching(/^[A-Za-z0-9._\-~+/=]{0,40}$/);
const pair = fc.tuple(otherName, value).map(([name, v]) => `${name}=${v}`);

describe('cookieValues fuzz', () => {
  it('never throws and never returns a value containing a separator, whatever the header holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { maxLength: 6 }), (cookies) => {
        // Act
        const values = cookieValues(cookies, NAME);
        // Assess
        for (const v of values) expect(v).not.toContain(';');
        expect(values.length).toBeLessThanOrEqual(cookies.join(';').split(';').length);
      }),
    );
  });

  it('finds exactly the values of our cookie, in order, whether pairs come one per entry or joined by `;`', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            pair,
            value.map((v) => `${NAME}=${v}`),
          ),
          { maxLength: 8 },
        ),
        fc.boolean(),
        (pairs, joined) => {
          // Prepare
          const expected = pairs.filter((p) => p.startsWith(`${NAME}=`)).map((p) => p.slice(NAME.length + 1));
          const cookies = joined ? [pairs.join('; ')] : pairs;
          // Act
          const values = cookieValues(cookies, NAME);
          // Assess
          expect(values).toEqual(expected);
        },
      ),
    );
  });

  it('does not take a cookie whose name merely contains, starts or ends with ours', () => {
    fc.assert(
      fc.property(otherName, otherName, value, (before, after, v) => {
        // Act
        const values = cookieValues([`${before}${NAME}=${v}`, `${NAME}${after}=${v}`], NAME);
        // Assess
        expect(values).toEqual([]);
      }),
    );
  });
});
