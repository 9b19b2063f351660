import { assessmentEndpoints } from './assessments';
import { auditEndpoints } from './audit';
import { authEndpoints } from './auth';
import type { Endpoint } from './endpoint';
import { exportEndpoints } from './exports';
import { importEndpoints } from './imports';
import { indicatorEndpoints } from './indicators';
import { metaEndpoints } from './meta';
import { missionEndpoints } from './missions';
import { reportEndpoints } from './reports';
import { reportingEndpoints } from './reporting';
import { userEndpoints } from './users';

// Every endpoint of the API, by operationId, in the order of DESIGN §6: the server mounts this,
// the OpenAPI document describes it and the role tests walk it.

export const API = {
  ...metaEndpoints,
  ...authEndpoints,
  ...missionEndpoints,
  ...indicatorEndpoints,
  ...assessmentEndpoints,
  ...reportEndpoints,
  ...reportingEndpoints,
  ...exportEndpoints,
  ...importEndpoints,
  ...auditEndpoints,
  ...userEndpoints,
};

export type Api = typeof API;
export type OperationId = keyof Api;

export const ENDPOINTS: readonly Endpoint[] = Object.values(API);
