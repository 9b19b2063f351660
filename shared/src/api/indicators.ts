import { z } from 'zod';
import { indicatorIdSchema } from '../catalog';
import {
  customIndicatorInputSchema,
  customIndicatorPatchSchema,
  customIndicatorSchema,
  missionIndicatorsSchema,
} from '../custom-indicators';
import { created, endpoints, idParams, jsonBody, ok } from './endpoint';

const indicatorParams = z.object({ id: indicatorIdSchema.describe("The custom indicator's id, its slug") });

export const indicatorEndpoints = endpoints('indicators', {
  getMissionIndicators: {
    method: 'get',
    path: '/api/missions/:id/indicators',
    summary: "A mission's indicator set: the standard catalog, the instance-wide custom indicators and its own",
    description: 'Retired custom indicators are included (their `custom.retiredAt` is set): their history stays.',
    role: 'viewer',
    params: idParams,
    answer: ok(missionIndicatorsSchema, 'Every indicator the mission has'),
  },
  listCustomIndicators: {
    method: 'get',
    path: '/api/indicators',
    summary: 'List the custom indicators, instance-wide and per mission',
    role: 'viewer',
    answer: ok(z.array(customIndicatorSchema), 'Every custom indicator, retired ones included'),
  },
  createCustomIndicator: {
    method: 'post',
    path: '/api/indicators',
    summary: 'Add an indicator under a KPI, for one mission or (missionId null) for every mission',
    description: 'The id is a slug no other indicator has (409) and no standard indicator or CSV column takes (400).',
    role: 'admin',
    body: jsonBody(customIndicatorInputSchema, 'indicator'),
    answer: created(customIndicatorSchema, 'The indicator as stored'),
    errors: [409],
  },
  updateCustomIndicator: {
    method: 'patch',
    path: '/api/indicators/:id',
    summary: 'Change a custom indicator',
    description:
      'Changes only the fields it names, and carries the version it is based on: a stale version is a 409. Its unit and direction cannot change once values exist (409): retire it and add another.',
    role: 'admin',
    params: indicatorParams,
    body: jsonBody(customIndicatorPatchSchema, 'indicator'),
    answer: ok(customIndicatorSchema, 'The indicator as stored, with its new version'),
    errors: [409],
  },
  retireCustomIndicator: {
    method: 'post',
    path: '/api/indicators/:id/retire',
    summary: 'Retire a custom indicator',
    description:
      'It takes no new values; its history stays scored, charted and exported. Indicators are retired, never deleted (409 if already retired). Like every write it bumps the version.',
    role: 'admin',
    params: indicatorParams,
    answer: ok(customIndicatorSchema, 'The retired indicator'),
    errors: [409],
  },
});
