import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aConsultation } from '../../../support/consultation-factory.ts';
import { consultationsHarness, type Harness, type SignedIn } from './consultations-harness.ts';

/** The admin's participation codes routes through the real function on DynamoDB Local. */

const ID = 'adm-codes';
const CODES = '/admin/consultations/{id}/codes';
const VOID = '/admin/consultations/{id}/codes/void';
const at = { pathParameters: { id: ID } };
const CODE = /[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/g;

let h: Harness;
let boss: SignedIn;

beforeAll(async () => {
  h = await consultationsHarness('adm-cons-codes');
  boss = await h.sign({ email: 'boss@example.org', role: 'admin' });
  await h.env.repository.publishDefinition(aConsultation(ID, { verification: 'code' }));
});

afterAll(() => h.env.client.destroy());

describe('generating codes in the admin', () => {
  it('answers the CSV as the download of the POST, never cached, and the page never shows the codes again', async () => {
    // Act
    const csv = await h.post(CODES, boss, { count: '5', deliver: 'csv' }, at);
    // Assess
    expect(csv.statusCode).toBe(200);
    expect(csv.headers?.['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers?.['content-disposition']).toMatch(
      /^attachment; filename="codes-adm-codes-[0-9A-Z]{26}\.csv"$/,
    );
    expect(csv.headers?.['cache-control']).toBe('no-store');
    const lines = (csv.body ?? '').trim().split('\r\n');
    expect(lines[0]).toBe('number,code,batch,consultation');
    expect(lines).toHaveLength(6);
    const codes = (csv.body ?? '').match(CODE) ?? [];
    expect(new Set(codes).size).toBe(5);
    const page = await h.get(CODES, boss, at);
    expect(page.statusCode).toBe(200);
    for (const code of codes) expect(page.body).not.toContain(code);
    expect(page.body).toMatch(/<td>5<\/td><td>0<\/td><td>0<\/td><td>5<\/td>/);
    // The change log names the batch, never a code.
    const table = JSON.stringify(await h.env.scan());
    expect(table).toContain('Generated 5 codes');
    for (const code of codes) expect(table).not.toContain(code);
  });

  it('shows the codes once on the page with the CSV as a download link', async () => {
    const page = await h.post(CODES, boss, { count: '3', deliver: 'page' }, at);
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['cache-control']).toBe('no-store');
    const shown = [...new Set(page.body?.match(CODE) ?? [])];
    expect(shown).toHaveLength(3);
    const link =
      /href="data:text\/csv;charset=utf-8;base64,([A-Za-z0-9+/=]+)" download="codes-adm-codes-/.exec(
        page.body ?? '',
      );
    const csv = Buffer.from(link?.[1] ?? '', 'base64').toString('utf8');
    for (const code of shown) expect(csv).toContain(code);
  });

  it.each(['0', '10001', 'zehn', '', '1e3'])(
    'refuses the count %j with 400 and stores nothing',
    async (count) => {
      const before = await h.env.scan();
      const page = await h.post(CODES, boss, { count, deliver: 'csv' }, at);
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain('Enter a whole number from 1 to 10,000');
      expect(await h.env.scan()).toEqual(before);
    },
  );
});

describe('voiding a typed code in the admin', () => {
  it('voids it however it is typed, then says it is voided already; an unknown one is refused', async () => {
    const csv = await h.post(CODES, boss, { count: '1', deliver: 'csv' }, at);
    const [code = ''] = csv.body?.match(CODE) ?? [];
    const voided = await h.post(VOID, boss, { code: code.toLowerCase().replaceAll('-', '') }, at);
    expect(voided.statusCode).toBe(303);
    expect(voided.headers?.location).toBe(`/admin/consultations/${ID}/codes?done=code`);
    const again = await h.post(VOID, boss, { code }, at);
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('This code is voided already.');
    const before = await h.env.scan();
    const unknown = await h.post(VOID, boss, { code: 'ZZZZ-ZZZZ-ZZZZ' }, at);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('No code of this consultation matches what you typed.');
    const malformed = await h.post(VOID, boss, { code: 'abc' }, at);
    expect(malformed.statusCode).toBe(400);
    expect(await h.env.scan()).toEqual(before);
  });
});
