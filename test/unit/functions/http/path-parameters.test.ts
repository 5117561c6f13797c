import { describe, expect, it } from 'vitest';
import { slugParameter, submissionIdParameter } from '../../../../functions/http/path-parameters.ts';
import { newSubmissionId } from '../../../../shared/submissions/ids.ts';
import { httpEvent } from '../../../support/events.ts';

const withParameters = (pathParameters: Record<string, string>) =>
  httpEvent({ route: '/c/{slug}/s/{submissionId}', pathParameters });

describe('slugParameter', () => {
  it('returns a well-formed slug', () => {
    expect(slugParameter(withParameters({ slug: 'wir-sind-hannover' }))).toBe('wir-sind-hannover');
  });

  it.each(['Wir-Sind', '../etc', 'a--b', '', 'x'.repeat(61)])(
    'answers 404 for the malformed slug "%s"',
    (slug) => {
      expect(() => slugParameter(withParameters({ slug }))).toThrow(expect.objectContaining({ status: 404 }));
    },
  );

  it('answers 404 when the route has no slug', () => {
    expect(() => slugParameter(httpEvent())).toThrow(
      expect.objectContaining({ name: 'HttpError', status: 404 }),
    );
  });
});

describe('submissionIdParameter', () => {
  it('returns a submission id', () => {
    const id = newSubmissionId(new Date('2026-05-01T10:00:00Z'));
    expect(submissionIdParameter(withParameters({ slug: 's', submissionId: id }))).toBe(id);
  });

  it.each(['01JTEST', '01jv5m3x8t9k2c4d6f7g8h9j0k', 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ'])(
    'answers 404 for the malformed id "%s"',
    (submissionId) => {
      expect(() => submissionIdParameter(withParameters({ slug: 's', submissionId }))).toThrow(
        expect.objectContaining({ status: 404 }),
      );
    },
  );
});
