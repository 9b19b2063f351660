import type { UploadProgress as Progress } from '../api/import-csv';
import { formatMegabytes } from '../api/import-csv';

/** The upload as a percentage, then an indeterminate bar while the server reads the file. */
export function UploadProgress({ progress, fileName }: { progress: Progress; fileName: string }) {
  const percent = progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  return (
    <div className="upload-progress">
      {progress.phase === 'uploading' ? (
        <>
          <label htmlFor="import-progress" className="upload-progress__label">
            Uploading {fileName}
          </label>
          <div className="upload-progress__bar">
            <progress id="import-progress" max={100} value={percent}>
              {percent} %
            </progress>
            <span className="upload-progress__percent" aria-hidden="true">
              {percent} %
            </span>
          </div>
          <p className="upload-progress__detail">
            {formatMegabytes(progress.loaded)} of {formatMegabytes(progress.total)}
          </p>
        </>
      ) : (
        <>
          <label htmlFor="import-progress" className="upload-progress__label">
            Processing…
          </label>
          <div className="upload-progress__bar">
            <progress id="import-progress" />
          </div>
          <p className="upload-progress__detail">The server is reading and checking every row.</p>
        </>
      )}
    </div>
  );
}
