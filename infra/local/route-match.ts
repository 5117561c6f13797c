/** A route in API Gateway syntax: `{name}` matches exactly one non-empty path segment. */
export interface RouteLike {
  readonly method: string;
  readonly path: string;
}

export type RouteMatch<R extends RouteLike> =
  | { kind: 'found'; route: R; pathParameters: Record<string, string> }
  | { kind: 'methodNotAllowed'; allow: string[] }
  | { kind: 'notFound' };

/**
 * Finds the route for a request. A trailing slash is tolerated (`/c/x/` is `/c/x`), HEAD is served by
 * the GET route, and a known path with another method is reported so the caller can answer 405.
 */
export function matchRoute<R extends RouteLike>(
  routes: readonly R[],
  method: string,
  rawPath: string,
): RouteMatch<R> {
  const segments = splitPath(rawPath);
  if (!segments) return { kind: 'notFound' };
  const wanted = method === 'HEAD' ? 'GET' : method;
  const candidates = routes
    .map((route) => ({ route, pathParameters: matchSegments(splitPath(route.path) ?? [], segments) }))
    .filter((c): c is { route: R; pathParameters: Record<string, string> } => c.pathParameters !== undefined)
    // Like API Gateway, the most specific route wins: literal segments beat parameters.
    .sort((a, b) => Object.keys(a.pathParameters).length - Object.keys(b.pathParameters).length);
  const found = candidates.find((c) => c.route.method === wanted);
  if (found) return { kind: 'found', route: found.route, pathParameters: found.pathParameters };
  if (candidates.length === 0) return { kind: 'notFound' };
  const allow = [...new Set(candidates.map((c) => c.route.method))];
  if (allow.includes('GET')) allow.push('HEAD');
  return { kind: 'methodNotAllowed', allow };
}

function splitPath(path: string): string[] | undefined {
  if (!path.startsWith('/')) return undefined;
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed === '/' ? [] : trimmed.slice(1).split('/');
}

function matchSegments(pattern: string[], segments: string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const parameters: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i];
    if (segment === undefined || segment === '') return undefined;
    const name = /^\{([A-Za-z0-9_]+)\}$/.exec(part)?.[1];
    if (name === undefined) {
      if (part !== segment) return undefined;
      continue;
    }
    const decoded = decodeSegment(segment);
    if (decoded === undefined) return undefined;
    parameters[name] = decoded;
  }
  return parameters;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape (`%zz`) cannot name any resource: treat the path as unknown.
    return undefined;
  }
}
