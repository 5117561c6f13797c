import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from '../../../../functions/middleware/same-origin.ts';
import { httpEvent } from '../../../support/events.ts';

const HOST = 'mitwirken.test';
const post = (headers: Record<string, string>) =>
  httpEvent({ method: 'POST', headers: { host: HOST, ...headers } });

const fetchSites = fc.constantFrom(
  'same-origin',
  'none',
  'same-site',
  'cross-site',
  'SAME-ORIGIN',
  ' cross-site ',
  '',
);
const hosts = fc.oneof(
  fc.constant(HOST),
  fc.domain(),
  fc.constant(`${HOST}.evil.example`),
  fc.constant(`evil.${HOST}`),
);
const origins = fc.oneof(
  fc.constant('null'),
  fc.string(),
  hosts.map((host) => `https://${host}`),
  fc
    .tuple(fc.constantFrom('http', 'https'), hosts, fc.option(fc.integer({ min: 1, max: 65535 })))
    .map(([scheme, host, port]) => `${scheme}://${host}${port === null ? '' : `:${port}`}`),
);

describe('isSameOriginRequest (fuzzed headers)', () => {
  it('never throws, and accepts only our own host or the absence of both headers', () => {
    fc.assert(
      fc.property(fc.option(origins), fc.option(fetchSites), fc.option(hosts), (origin, site, forwarded) => {
        const headers: Record<string, string> = {};
        if (origin !== null) headers.origin = origin;
        if (site !== null) headers['sec-fetch-site'] = site;
        if (forwarded !== null) headers['x-forwarded-host'] = forwarded;
        const accepted = isSameOriginRequest(post(headers));
        const target = (forwarded ?? HOST).toLowerCase();
        if (accepted) {
          const normalizedSite = site?.trim().toLowerCase();
          expect(
            normalizedSite === undefined ||
              normalizedSite === '' ||
              normalizedSite === 'same-origin' ||
              normalizedSite === 'none',
          ).toBe(true);
          if (origin !== null && origin.trim() !== '')
            expect(new URL(origin).host.toLowerCase()).toBe(target);
        }
        if (origin?.trim().toLowerCase() === 'null') expect(accepted).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every Origin whose host differs from the request host', () => {
    fc.assert(
      fc.property(
        fc.domain().filter((domain) => domain !== HOST),
        (domain) => {
          expect(isSameOriginRequest(post({ origin: `https://${domain}` }))).toBe(false);
          expect(
            isSameOriginRequest(post({ origin: `https://${domain}`, 'sec-fetch-site': 'same-origin' })),
          ).toBe(false);
        },
      ),
    );
  });
});
