import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IMPORT_MAX_BYTES, type ImportResult } from '@cpea/shared/imports';
import { importEndpoints } from '@cpea/shared/api/imports';
import { urlOf } from '@cpea/shared/api/endpoint';
import { ApiError, errorBodyOf } from '../../../lib/api';
import { formatNumber } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';

// The two importers (`dryRun` to check only). Sent with XMLHttpRequest rather than fetch,
// because only XHR reports upload progress.

const IMPORTERS = {
  assessments: importEndpoints.importAssessmentsCsv,
  'ucdp-ged': importEndpoints.importUcdpGed,
} as const;
export type ImportKind = keyof typeof IMPORTERS;
export const IMPORT_KINDS = Object.keys(IMPORTERS) as ImportKind[];

export interface UploadProgress {
  /** Sending the file, then waiting while the server reads and checks it. */
  phase: 'uploading' | 'processing';
  loaded: number;
  total: number;
}

export interface ImportRequest {
  kind: ImportKind;
  file: Blob;
  dryRun: boolean;
  /** An assessments import of its valid rows only, the others given back as a CSV. */
  validRowsOnly?: boolean;
  /** A UCDP GED import's `fileName`, `version`, `from` and `to` (ucdpGedImportQuerySchema). */
  query?: Record<string, string | undefined>;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Words the errors in the screen's language. */
  t: Translate;
}

export interface ImportOutcome {
  result: ImportResult;
  /** The server refused the file (422): rows are wrong and nothing was written. */
  refused: boolean;
}

const MEGABYTE = 1024 * 1024;

export function formatMegabytes(bytes: number, t: Translate): string {
  return t('importFlow.megabytes', { size: formatNumber(bytes / MEGABYTE) });
}

/** Says in words why the server turned the upload away; a 422 is not here, it carries a result. */
function uploadError(status: number, responseText: string, t: Translate): ApiError {
  const error = errorBodyOf(responseText);
  return new ApiError(
    status,
    error?.code ?? 'http_error',
    uploadMessage(status, error?.message, t),
    error?.issues ?? [],
  );
}

function uploadMessage(status: number, serverMessage: string | undefined, t: Translate): string {
  switch (status) {
    case 413:
      return t('importFlow.errors.tooLarge', { max: formatMegabytes(IMPORT_MAX_BYTES, t) });
    case 401:
      return t('importFlow.errors.sessionEnded');
    case 403:
      return t('importPage.needsRole');
    case 400:
    case 415:
      return serverMessage ?? t('importFlow.errors.notCsv');
    default:
      return serverMessage ?? t('importFlow.errors.answered', { status });
  }
}

/** Uploads a CSV to an importer; resolves with what it did (or would do), including on a 422. */
export function importCsv({
  kind,
  file,
  dryRun,
  validRowsOnly,
  query,
  onProgress,
  signal,
  t,
}: ImportRequest): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The import was cancelled', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    const importer = IMPORTERS[kind];
    const flags = validRowsOnly ? { dryRun, validRowsOnly } : { dryRun };
    xhr.open(importer.method.toUpperCase(), urlOf(importer, { query: { ...query, ...flags } }));
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : file.size;
      onProgress?.({ phase: 'uploading', loaded: event.loaded, total });
    };
    xhr.upload.onload = () => onProgress?.({ phase: 'processing', loaded: file.size, total: file.size });
    xhr.onload = () => {
      if (xhr.status === 200 || xhr.status === 422) {
        try {
          const result = importer.answer.schema.parse(JSON.parse(xhr.responseText));
          resolve({ result, refused: xhr.status === 422 });
        } catch {
          reject(new ApiError(xhr.status, 'http_error', t('importFlow.errors.notResult')));
        }
        return;
      }
      reject(uploadError(xhr.status, xhr.responseText, t));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', t('importFlow.errors.network')));
    xhr.onabort = () => reject(new DOMException('The import was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

export function useImportCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCsv,
    onSuccess: async (outcome, request) => {
      if (request.dryRun || outcome.refused) return;
      // An import can touch any mission's assessments, and so every score, comparison and the
      // audit trail: all of it is stale.
      await queryClient.invalidateQueries();
    },
  });
}
