import { useParams } from 'react-router';

/** A positive integer route parameter, or null when the URL holds something else. */
export function useIdParam(name: string): number | null {
  const raw = useParams()[name];
  if (!raw || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
