import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../shared/src/api/endpoint';
import { API, ENDPOINTS } from '../../shared/src/api/registry';
import { routeTable } from '../../server/src/http/route-table';
import { DomainError } from '../../server/src/domain-error';

const find = routeTable(ENDPOINTS);
const idOf = (method: string, path: string) => find(method, path)?.endpoint.operationId;

describe('the API route table', () => {
  it('finds every endpoint of the registry at its own path, with its :id', () => {
    for (const endpoint of ENDPOINTS) {
      const route = find(endpoint.method.toUpperCase(), endpoint.path.replace(':id', '42'));
      expect(route?.endpoint.operationId, endpoint.path).toBe(endpoint.operationId);
      expect(route?.params).toEqual(endpoint.path.includes(':id') ? { id: '42' } : {});
    }
  });

  it('matches as Express does: any case, one trailing slash, HEAD as GET', () => {
    expect(idOf('GET', '/API/Missions/7/Scores')).toBe('getMissionScores');
    expect(idOf('GET', '/api/missions/')).toBe('listMissions');
    expect(idOf('GET', '/api/missions/7/scores/')).toBe('getMissionScores');
    expect(idOf('HEAD', '/api/missions/7/scores')).toBe('getMissionScores');
    expect(idOf('GET', '/api/missions//')).toBeUndefined();
  });

  it('keeps a static path apart from the parameter beside it', () => {
    expect(idOf('GET', '/api/reports/frozen')).toBe('listFrozenReports');
    expect(idOf('GET', '/api/reports/frozen/3')).toBe(API.getFrozenReport.operationId);
    expect(idOf('GET', '/api/reports/comparison.csv')).toBe(API.getComparisonCsv.operationId);
    expect(idOf('GET', '/api/reports/comparisonXcsv')).toBeUndefined();
  });

  it('finds nothing for a method or a path the registry does not declare', () => {
    expect(idOf('POST', '/api/missions/7/scores')).toBeUndefined();
    expect(idOf('OPTIONS', '/api/missions')).toBeUndefined();
    expect(idOf('GET', '/api/missions/7/scores/extra')).toBeUndefined();
    expect(idOf('GET', '/api/missions/7/2')).toBeUndefined();
  });

  it('decodes a parameter, and refuses one that is not valid percent-encoding in words', () => {
    expect(find('GET', '/api/missions/%37/scores')?.params).toEqual({ id: '7' });
    expect(() => find('GET', '/api/missions/%E0%A4%A/scores')).toThrow(DomainError);
    expect(() => find('GET', '/api/missions/%E0%A4%A/scores')).toThrow(/not valid percent-encoding/);
  });

  it('tries endpoints with parameters in the order of the list it is given', () => {
    const first = { ...API.getMission, operationId: 'first' } as Endpoint;
    const second = { ...API.getMission, operationId: 'second' } as Endpoint;
    expect(routeTable([first, second])('GET', '/api/missions/1')?.endpoint.operationId).toBe('first');
  });
});
