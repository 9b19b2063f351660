import type { Endpoint } from '@cpea/shared/api/endpoint';
import { invalid } from '../domain-error';

export interface Route {
  endpoint: Endpoint;
  params: Record<string, string>;
}

interface ParamPath {
  pattern: RegExp;
  names: string[];
  endpoint: Endpoint;
}

/** Without one trailing slash, which Express's matching allows. */
const normal = (path: string) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);

/**
 * Finds the endpoint a method and path ask for, as Express would match the registry's paths
 * (case-insensitive, one trailing slash allowed, HEAD answered as GET), with the `:name`
 * segments percent-decoded; a segment that cannot be decoded is refused in words. Paths with
 * no parameter are one map lookup; the others are tried in the registry's order.
 */
export function routeTable(endpoints: readonly Endpoint[]) {
  const fixed = new Map<string, Endpoint>();
  const withParams = new Map<string, ParamPath[]>();
  for (const endpoint of endpoints) {
    const method = endpoint.method.toUpperCase();
    const names: string[] = [];
    const source = endpoint.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    if (names.length === 0) fixed.set(`${method} ${endpoint.path.toLowerCase()}`, endpoint);
    else {
      const list = withParams.get(method) ?? [];
      list.push({ pattern: new RegExp(`^${source}$`, 'i'), names, endpoint });
      withParams.set(method, list);
    }
  }

  return function find(requestMethod: string, requestPath: string): Route | undefined {
    const method = requestMethod === 'HEAD' ? 'GET' : requestMethod;
    const path = normal(requestPath);
    const endpoint = fixed.get(`${method} ${path.toLowerCase()}`);
    if (endpoint) return { endpoint, params: {} };
    for (const { pattern, names, endpoint } of withParams.get(method) ?? []) {
      const match = pattern.exec(path);
      if (match) return { endpoint, params: Object.fromEntries(names.map((name, i) => [name, decode(match[i + 1])])) };
    }
    return undefined;
  };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw invalid(`The path segment "${segment}" is not valid percent-encoding`);
  }
}
