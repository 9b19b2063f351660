import { useSearchParams } from 'react-router';

/** A view switch kept in the URL as `?name=1`, so a shared link opens the same view. */
export function useSearchFlag(name: string): [boolean, (on: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const set = (on: boolean) => {
    const next = new URLSearchParams(searchParams);
    if (on) next.set(name, '1');
    else next.delete(name);
    setSearchParams(next, { replace: true });
  };
  return [searchParams.get(name) === '1', set];
}
