import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../../infra/local/route-match.ts';

const routes = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/c/{slug}' },
  { method: 'POST', path: '/c/{slug}' },
  { method: 'GET', path: '/c/{slug}/s/{submissionId}' },
] as const;

describe('matchRoute', () => {
  it('extracts decoded path parameters', () => {
    expect(matchRoute(routes, 'GET', '/c/umfr%C3%A4ge/s/01ABC')).toEqual({
      kind: 'found',
      route: routes[3],
      pathParameters: { slug: 'umfräge', submissionId: '01ABC' },
    });
  });

  it('tolerates a trailing slash', () => {
    expect(matchRoute(routes, 'POST', '/c/umfrage/')).toMatchObject({ kind: 'found', route: routes[2] });
  });

  it('serves HEAD with the GET route', () => {
    expect(matchRoute(routes, 'HEAD', '/c/umfrage')).toMatchObject({ kind: 'found', route: routes[1] });
  });

  it('reports the allowed methods of a known path', () => {
    expect(matchRoute(routes, 'DELETE', '/c/umfrage')).toEqual({
      kind: 'methodNotAllowed',
      allow: ['GET', 'POST', 'HEAD'],
    });
  });

  it('does not let a parameter match an empty or extra segment', () => {
    expect(matchRoute(routes, 'GET', '/c/')).toEqual({ kind: 'notFound' });
    expect(matchRoute(routes, 'GET', '/c//s/x')).toEqual({ kind: 'notFound' });
    expect(matchRoute(routes, 'GET', '/c/a/b')).toEqual({ kind: 'notFound' });
  });

  it('treats a malformed escape as an unknown path', () => {
    expect(matchRoute(routes, 'GET', '/c/%zz')).toEqual({ kind: 'notFound' });
  });
});
