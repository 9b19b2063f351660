import { useT } from '../../../lib/i18n';
import type { UploadProgress as Progress } from '../api/import-csv';
import { formatMegabytes } from '../api/import-csv';

/** The upload as a percentage, then an indeterminate bar while the server reads the file. */
export function UploadProgress({ progress, fileName }: { progress: Progress; fileName: string }) {
  const t = useT();
  const percent = progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  const percentText = t('importFlow.progress.percent', { percent });
  return (
    <div className="upload-progress">
      {progress.phase === 'uploading' ? (
        <>
          <label htmlFor="import-progress" className="upload-progress__label">
            {t('importFlow.progress.uploading', { file: fileName })}
          </label>
          <div className="upload-progress__bar">
            <progress id="import-progress" max={100} value={percent}>
              {percentText}
            </progress>
            <span className="upload-progress__percent" aria-hidden="true">
              {percentText}
            </span>
          </div>
          <p className="upload-progress__detail">
            {t('importFlow.progress.loaded', {
              loaded: formatMegabytes(progress.loaded, t),
              total: formatMegabytes(progress.total, t),
            })}
          </p>
        </>
      ) : (
        <>
          <label htmlFor="import-progress" className="upload-progress__label">
            {t('importFlow.progress.processing')}
          </label>
          <div className="upload-progress__bar">
            <progress id="import-progress" />
          </div>
          <p className="upload-progress__detail">{t('importFlow.progress.reading')}</p>
        </>
      )}
    </div>
  );
}
