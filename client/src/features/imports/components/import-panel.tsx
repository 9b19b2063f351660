import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { IMPORT_MAX_BYTES } from '@cpea/shared/imports';
import type { Mission } from '@cpea/shared/mission';
import { FormField } from '../../../components/form-field';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import {
  formatMegabytes,
  useImportCsv,
  type ImportKind,
  type ImportOutcome,
  type UploadProgress as Progress,
} from '../api/import-csv';
import { describeResult } from '../lib/describe-result';
import {
  missionsInGedCountries,
  summariseAssessmentsCsv,
  summariseGedCsv,
  type AssessmentsFileSummary,
  type GedFileSummary,
  type MissionRef,
} from '../lib/file-summary';
import { ImportKindChoice } from './import-kind-choice';
import { ImportResultView } from './import-result-view';
import { UploadProgress } from './upload-progress';
import '../imports.css';

type FileSummary = AssessmentsFileSummary | GedFileSummary;
type MissionInfo = Pick<
  Mission,
  'id' | 'acronym' | 'name' | 'country' | 'archived' | 'startDate' | 'endDate' | 'periodType'
>;

interface ImportPanelProps {
  /** The missions on record, to name and link the ones a file touches. */
  missions: readonly MissionInfo[];
}

interface Checked {
  outcome: ImportOutcome;
  summary: FileSummary | null;
}

async function summarise(file: File, kind: ImportKind): Promise<FileSummary | null> {
  try {
    const text = await file.text();
    return kind === 'assessments' ? summariseAssessmentsCsv(text) : summariseGedCsv(text);
  } catch {
    // Only the links to missions depend on this; the server's answer is what counts.
    return null;
  }
}

/** The missions an import touches: those named in a wide CSV, or those in a GED file's countries. */
function touchedMissions(summary: FileSummary | null, missions: readonly MissionInfo[]): MissionRef[] {
  if (!summary) return [];
  if (summary.kind === 'ucdp') return missionsInGedCountries(missions, summary);
  // Ids the server does not know are in the list of problems; only real missions get a link.
  const byId = new Map(missions.map((mission) => [mission.id, mission]));
  return summary.missions.flatMap((ref) => byId.get(ref.id) ?? []);
}

function isAbort(error: unknown) {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Choose a kind of file and a file, check it with a dry run (upload progress, then the
 * server's verdict row by row), and import it only once the check found nothing wrong.
 */
export function ImportPanel({ missions }: ImportPanelProps) {
  const importCsv = useImportCsv();
  const [kind, setKind] = useState<ImportKind>('assessments');
  const [file, setFile] = useState<File | null>(null);
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
      if (next.phase === 'processing') setAnnouncement('Upload complete. Processing…');
    }
  };

  const upload = async (dryRun: boolean, chosen: File) => {
    const controller = new AbortController();
    abort.current = controller;
    phase.current = 'uploading';
    setProgress({ phase: 'uploading', loaded: 0, total: chosen.size });
    setAnnouncement(`Uploading ${chosen.name}${dryRun ? ' for a dry run' : ''}…`);
    try {
      return await importCsv.mutateAsync({ kind, file: chosen, dryRun, onProgress, signal: controller.signal });
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
      setFileError('Choose a CSV file to check');
      fileInput.current?.focus();
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      setFileError(
        `This file is ${formatMegabytes(file.size)}; the server accepts files up to ${formatMegabytes(IMPORT_MAX_BYTES)}. Split it by mission or by period.`,
      );
      fileInput.current?.focus();
      return;
    }
    setBusy('check');
    try {
      const [outcome, summary] = await Promise.all([upload(true, file), summarise(file, kind)]);
      setChecked({ outcome, summary });
      setAnnouncement(`Dry run finished. ${describeResult(outcome.result, { dryRun: true, refused: false })}`);
    } catch (error) {
      setAnnouncement(isAbort(error) ? 'The upload was cancelled.' : '');
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
      setAnnouncement(describeResult(outcome.result, { dryRun: false, refused: outcome.refused }));
    } catch (error) {
      setAnnouncement(isAbort(error) ? 'The upload was cancelled; nothing was imported.' : '');
      if (!isAbort(error)) setFailure({ action: 'import', error });
    } finally {
      setBusy(null);
    }
  };

  const dryRun = checked?.outcome.result;
  const changes = dryRun ? dryRun.created + dryRun.updated : 0;
  const canCommit = dryRun != null && dryRun.errors.length === 0 && changes > 0 && committed == null;
  const commitNote =
    dryRun == null
      ? 'Import is available once a dry run of the file finds no problems.'
      : dryRun.errors.length > 0
        ? 'Fix the problems listed below, then check the file again.'
        : changes === 0
          ? 'Nothing to import: every row matches what is already stored.'
          : `Ready: the import will create ${dryRun.created} and update ${dryRun.updated} assessments, all at once.`;
  const touched = touchedMissions(checked?.summary ?? null, missions);
  const fileName = file?.name ?? 'the file';

  return (
    <div className="import-panel">
      <form className="import-form" noValidate onSubmit={checkFile}>
        <fieldset className="import-form__fields">
          <legend className="visually-hidden">File to import</legend>
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
            label="CSV file"
            hint={`UTF-8 with a header row, up to ${formatMegabytes(IMPORT_MAX_BYTES)}. Nothing is written until you choose Import.`}
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
          <div className="import-form__actions">
            {/* Not disabled while busy, which would drop the keyboard focus; a second press is ignored. */}
            <button type="submit" className="button button--primary" aria-disabled={busy != null || undefined}>
              {busy === 'check' ? 'Checking…' : 'Check file (dry run)'}
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
            Cancel
          </button>
        </div>
      ) : null}

      {failure ? (
        <div className="state state--error import-failure" role="alert">
          <p className="state__title">
            {failure.action === 'import' ? 'Nothing was imported' : 'The file could not be checked'}
          </p>
          <p>{errorMessage(failure.error)}</p>
          {isApiError(failure.error) && failure.error.issues.length > 0 ? (
            <ul>
              {failure.error.issues.map((issue, i) => (
                <li key={i}>{issue.message}</li>
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
          title={`Dry run of ${fileName}`}
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
                {busy === 'import' ? 'Importing…' : 'Import'}
              </button>
              <p id="import-commit-note" className="import-commit__note">
                {commitNote}
              </p>
            </div>
          }
        >
          <FileFacts summary={checked.summary} touched={touched} imported={false} />
        </ImportResultView>
      ) : null}

      {committed ? (
        <ImportResultView
          ref={resultHeading}
          result={committed.result}
          dryRun={false}
          refused={committed.refused}
          title={committed.refused ? 'Nothing was imported' : 'Import finished'}
          actions={
            committed.refused ? (
              <p className="import-commit__note">
                The server found problems the dry run did not: the stored data may have changed since. Fix them and
                check the file again.
              </p>
            ) : (
              <p className="import-commit__note">To import another file, choose it above and check it first.</p>
            )
          }
        >
          {committed.refused ? null : <FileFacts summary={checked?.summary ?? null} touched={touched} imported />}
        </ImportResultView>
      ) : null}
    </div>
  );
}

/** What the file covers and the missions it touches, as links once they hold the new values. */
function FileFacts({
  summary,
  touched,
  imported,
}: {
  summary: FileSummary | null;
  touched: MissionRef[];
  imported: boolean;
}) {
  if (!summary) return null;
  return (
    <div className="import-facts">
      {summary.kind === 'ucdp' && summary.countries.length > 0 ? (
        <p>
          Events in the file:{' '}
          {summary.countries.map((country) => `${country.events.toLocaleString('en')} in ${country.name}`).join('; ')}
          {summary.firstDate && summary.lastDate
            ? `, from ${formatDate(summary.firstDate)} to ${formatDate(summary.lastDate)}`
            : ''}
          .
        </p>
      ) : null}
      {touched.length > 0 ? (
        <>
          <p className="import-facts__label" id={imported ? 'import-missions-done' : 'import-missions-preview'}>
            {imported ? 'Open the missions to see the imported values:' : 'Missions this file covers:'}
          </p>
          <ul
            className="import-facts__missions"
            aria-labelledby={imported ? 'import-missions-done' : 'import-missions-preview'}
          >
            {touched.map((mission) => (
              <li key={mission.id}>
                <Link to={`/missions/${mission.id}`}>{mission.acronym}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : summary.kind === 'ucdp' ? (
        <p>No active mission is in a country this file covers, so it would change nothing.</p>
      ) : null}
    </div>
  );
}
