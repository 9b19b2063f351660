import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { IMPORT_MAX_BYTES, type ImportResult } from '@cpea/shared/imports';
import { gedVersionOfFileName } from '@cpea/shared/ucdp';
import { CheckboxField, FormField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api';
import { formatDate, formatNumber } from '../../../lib/format';
import { useT, useTranslateMessage } from '../../../lib/i18n';
import {
  formatMegabytes,
  useImportCsv,
  type ImportKind,
  type ImportOutcome,
  type UploadProgress as Progress,
} from '../api/import-csv';
import { describeResult } from '../lib/describe-result';
import { summariseGedCsv, type GedFileSummary } from '../lib/file-summary';
import { GedReportView } from './ged-report-view';
import { ImportKindChoice } from './import-kind-choice';
import { ImportResultView } from './import-result-view';
import { RejectedRowsDownload } from './rejected-rows-download';
import { UploadProgress } from './upload-progress';
import '../imports.css';

interface Checked {
  outcome: ImportOutcome;
  /** What a UCDP GED file covers, read in the browser; null for an assessments CSV. */
  summary: GedFileSummary | null;
}

async function summarise(file: File, kind: ImportKind): Promise<GedFileSummary | null> {
  if (kind !== 'ucdp-ged') return null;
  try {
    return summariseGedCsv(await file.text());
  } catch {
    // Only the line about the file's countries and dates depends on this.
    return null;
  }
}

function isAbort(error: unknown) {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Choose a kind of file and a file, check it with a dry run (upload progress, then the
 * server's verdict row by row), and import it only once the check found nothing wrong.
 */
export function ImportPanel() {
  const t = useT();
  const translate = useTranslateMessage();
  const importCsv = useImportCsv();
  const [kind, setKind] = useState<ImportKind>('assessments');
  const [file, setFile] = useState<File | null>(null);
  const [release, setRelease] = useState({ version: '', from: '', to: '' });
  const [validRowsOnly, setValidRowsOnly] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [committed, setCommitted] = useState<ImportOutcome | null>(null);
  const [failure, setFailure] = useState<{ action: 'check' | 'import'; error: unknown } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const abort = useRef<AbortController | null>(null);
  const phase = useRef<Progress['phase'] | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  useEffect(() => {
    if (committed) resultHeading.current?.focus();
  }, [committed]);

  const reset = () => {
    setChecked(null);
    setCommitted(null);
    setFailure(null);
    setFileError(null);
  };

  const onProgress = (next: Progress) => {
    setProgress(next);
    if (next.phase !== phase.current) {
      phase.current = next.phase;
      if (next.phase === 'processing') setAnnouncement(t('importFlow.announce.processing'));
    }
  };

  const upload = async (dryRun: boolean, chosen: File) => {
    const controller = new AbortController();
    abort.current = controller;
    phase.current = 'uploading';
    setProgress({ phase: 'uploading', loaded: 0, total: chosen.size });
    setAnnouncement(
      t(dryRun ? 'importFlow.announce.uploadingDryRun' : 'importFlow.announce.uploading', { file: chosen.name }),
    );
    try {
      const query = kind === 'ucdp-ged' ? { ...release, fileName: chosen.name } : undefined;
      return await importCsv.mutateAsync({
        kind,
        file: chosen,
        dryRun,
        validRowsOnly: kind === 'assessments' && validRowsOnly,
        query,
        onProgress,
        signal: controller.signal,
        t,
      });
    } finally {
      abort.current = null;
      phase.current = null;
      setProgress(null);
    }
  };

  const checkFile = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    reset();
    if (!file) {
      setFileError(t('importFlow.panel.chooseFile'));
      fileInput.current?.focus();
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      setFileError(
        t('importFlow.panel.fileTooLarge', {
          size: formatMegabytes(file.size, t),
          max: formatMegabytes(IMPORT_MAX_BYTES, t),
        }),
      );
      fileInput.current?.focus();
      return;
    }
    setBusy('check');
    try {
      const [outcome, summary] = await Promise.all([upload(true, file), summarise(file, kind)]);
      setChecked({ outcome, summary });
      setAnnouncement(
        t('importFlow.announce.dryRunDone', {
          result: describeResult(outcome.result, { dryRun: true, refused: false }, t),
        }),
      );
    } catch (error) {
      setAnnouncement(isAbort(error) ? t('importFlow.announce.cancelled') : '');
      if (!isAbort(error)) setFailure({ action: 'check', error });
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!file || !checked || busy) return;
    setFailure(null);
    setBusy('import');
    try {
      const outcome = await upload(false, file);
      setCommitted(outcome);
      setAnnouncement(describeResult(outcome.result, { dryRun: false, refused: outcome.refused }, t));
    } catch (error) {
      setAnnouncement(isAbort(error) ? t('importFlow.announce.cancelledNothing') : '');
      if (!isAbort(error)) setFailure({ action: 'import', error });
    } finally {
      setBusy(null);
    }
  };

  const dryRun = checked?.outcome.result;
  const changes = dryRun ? dryRun.created + dryRun.updated : 0;
  // With the valid rows only, rows with problems are left out rather than stopping the file.
  const leftOut = dryRun?.rejected?.rows ?? 0;
  const blocked = dryRun != null && dryRun.errors.length > 0 && !dryRun.rejected;
  const canCommit = dryRun != null && !blocked && changes > 0 && committed == null;
  const commitNote =
    dryRun == null
      ? t('importFlow.panel.noteWaiting')
      : blocked
        ? t('importFlow.panel.noteFix')
        : changes === 0
          ? t('importFlow.panel.noteNothing')
          : leftOut > 0
            ? t.plural('importFlow.panel.noteValidOnly', leftOut, { created: dryRun.created, updated: dryRun.updated })
            : t('importFlow.panel.noteReady', { created: dryRun.created, updated: dryRun.updated });
  const fileName = file?.name ?? t('importFlow.panel.theFile');

  return (
    <div className="import-panel">
      <form className="import-form" noValidate onSubmit={checkFile}>
        <fieldset className="import-form__fields">
          <legend className="visually-hidden">{t('importFlow.panel.fileLegend')}</legend>
          <ImportKindChoice
            value={kind}
            disabled={busy != null}
            onChange={(next) => {
              setKind(next);
              reset();
            }}
          />
          <FormField
            id="import-file"
            label={t('importFlow.panel.file')}
            hint={t('importFlow.panel.fileHint', { size: formatMegabytes(IMPORT_MAX_BYTES, t) })}
            error={fileError ?? undefined}
          >
            {(control) => (
              <input
                {...control}
                ref={fileInput}
                type="file"
                accept=".csv,text/csv"
                disabled={busy != null}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  reset();
                }}
              />
            )}
          </FormField>
          {kind === 'assessments' ? (
            <CheckboxField
              id="import-valid-rows-only"
              label={t('importFlow.panel.validRowsOnly')}
              hint={t('importFlow.panel.validRowsOnlyHint')}
            >
              {(control) => (
                <input
                  {...control}
                  type="checkbox"
                  checked={validRowsOnly}
                  disabled={busy != null}
                  onChange={(event) => {
                    setValidRowsOnly(event.target.checked);
                    reset();
                  }}
                />
              )}
            </CheckboxField>
          ) : null}
          {kind === 'ucdp-ged' ? (
            <fieldset className="ged-release">
              <legend className="field__label">{t('importFlow.ged.release')}</legend>
              <FormField
                id="ged-version"
                label={t('importFlow.ged.versionLabel')}
                hint={t('importFlow.ged.versionHint')}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder={(file && gedVersionOfFileName(file.name)) ?? ''}
                    value={release.version}
                    disabled={busy != null}
                    onChange={(event) => {
                      setRelease({ ...release, version: event.target.value });
                      reset();
                    }}
                  />
                )}
              </FormField>
              <div className="ged-release__span">
                {(['from', 'to'] as const).map((end) => (
                  <FormField key={end} id={`ged-${end}`} label={t(`importFlow.ged.${end}`)}>
                    {(control) => (
                      <input
                        {...control}
                        aria-describedby="ged-span-hint"
                        type="date"
                        value={release[end]}
                        disabled={busy != null}
                        onChange={(event) => {
                          setRelease({ ...release, [end]: event.target.value });
                          reset();
                        }}
                      />
                    )}
                  </FormField>
                ))}
              </div>
              <p className="field__hint" id="ged-span-hint">
                {t('importFlow.ged.spanHint')}
              </p>
            </fieldset>
          ) : null}
          <div className="import-form__actions">
            {/* Not disabled while busy, which would drop the keyboard focus; a second press is ignored. */}
            <button type="submit" className="button button--primary" aria-disabled={busy != null || undefined}>
              {t(busy === 'check' ? 'importFlow.panel.checking' : 'importFlow.panel.check')}
            </button>
          </div>
        </fieldset>
      </form>

      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>

      {progress && file ? (
        <div className="import-busy">
          <UploadProgress progress={progress} fileName={file.name} />
          <button type="button" className="button button--small" onClick={() => abort.current?.abort()}>
            {t('workflow.cancel')}
          </button>
        </div>
      ) : null}

      {failure ? (
        <div className="state state--error import-failure" role="alert">
          <p className="state__title">
            {t(failure.action === 'import' ? 'importFlow.panel.nothingImported' : 'importFlow.panel.notChecked')}
          </p>
          <p>{failure.error instanceof Error ? translate(failure.error.message) : t('states.somethingWrong')}</p>
          {isApiError(failure.error) && failure.error.issues.length > 0 ? (
            <ul>
              {failure.error.issues.map((issue, i) => (
                <li key={i}>{translate(issue.message)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {checked && dryRun && !committed ? (
        <ImportResultView
          result={dryRun}
          dryRun
          refused={false}
          title={t('importFlow.panel.dryRunOf', { file: fileName })}
          actions={
            <div className="import-commit">
              <button
                type="button"
                className="button button--primary"
                disabled={!canCommit}
                aria-disabled={busy != null || undefined}
                aria-describedby="import-commit-note"
                onClick={() => void commit()}
              >
                {t(busy === 'import' ? 'importFlow.panel.importing' : 'importFlow.panel.import')}
              </button>
              <p id="import-commit-note" className="import-commit__note">
                {commitNote}
              </p>
            </div>
          }
        >
          <FileFacts summary={checked.summary} result={checked.outcome.result} imported={false} />
          {dryRun.rejected && dryRun.rejected.rows > 0 ? (
            <RejectedRowsDownload rejected={dryRun.rejected} fileName={fileName} dryRun />
          ) : null}
          {dryRun.ged ? <GedReportView report={dryRun.ged} dryRun /> : null}
        </ImportResultView>
      ) : null}

      {committed ? (
        <ImportResultView
          ref={resultHeading}
          result={committed.result}
          dryRun={false}
          refused={committed.refused}
          title={t(committed.refused ? 'importFlow.panel.nothingImported' : 'importFlow.panel.finished')}
          actions={
            committed.refused ? (
              <p className="import-commit__note">{t('importFlow.panel.refusedNote')}</p>
            ) : (
              <p className="import-commit__note">{t('importFlow.panel.another')}</p>
            )
          }
        >
          {committed.refused ? null : (
            <FileFacts summary={checked?.summary ?? null} result={committed.result} imported />
          )}
          {committed.result.rejected && committed.result.rejected.rows > 0 ? (
            <RejectedRowsDownload rejected={committed.result.rejected} fileName={fileName} dryRun={false} />
          ) : null}
          {!committed.refused && committed.result.ged ? (
            <GedReportView report={committed.result.ged} dryRun={false} />
          ) : null}
        </ImportResultView>
      ) : null}
    </div>
  );
}

/**
 * What a GED file covers, and the missions the import changes (on the dry run: would change), as
 * the server counted them; as links once they hold the new values.
 */
function FileFacts({
  summary,
  result,
  imported,
}: {
  summary: GedFileSummary | null;
  result: ImportResult;
  imported: boolean;
}) {
  const t = useT();
  const countries = summary?.countries ?? [];
  const events = countries
    .map((country) => t('importFlow.facts.eventsIn', { count: formatNumber(country.events), country: country.name }))
    .join(t('importFlow.facts.separator'));
  return (
    <div className="import-facts">
      {summary && countries.length > 0 ? (
        <p>
          {summary.firstDate && summary.lastDate
            ? t('importFlow.facts.eventsSpan', {
                countries: events,
                first: formatDate(summary.firstDate),
                last: formatDate(summary.lastDate),
              })
            : t('importFlow.facts.events', { countries: events })}
        </p>
      ) : null}
      {result.missions.length > 0 ? (
        <>
          <p className="import-facts__label" id={imported ? 'import-missions-done' : 'import-missions-preview'}>
            {t(imported ? 'importFlow.facts.openMissions' : 'importFlow.facts.missionsCovered')}
          </p>
          <ul
            className="import-facts__missions"
            aria-labelledby={imported ? 'import-missions-done' : 'import-missions-preview'}
          >
            {result.missions.map((mission) => (
              <li key={mission.id}>
                <Link to={`/missions/${mission.id}`}>{mission.acronym}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : summary && result.created + result.updated + result.unchanged === 0 ? (
        <p>{t('importFlow.facts.noMission')}</p>
      ) : null}
    </div>
  );
}
