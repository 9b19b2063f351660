import { useSearchParams } from 'react-router';

/** Whether the view switch `name` is on in these search parameters. */
export function searchFlag(searchParams: URLSearchParams, name: string): boolean {
  return searchParams.get(name) === '1';
}

/** A view switch kept in the URL as `?name=1`, so a shared link opens the same view. */
export function useSearchFlag(name: string): [boolean, (on: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const set = (on: boolean) => {
    const next = new URLSearchParams(searchParams);
    if (on) next.set(name, '1');
    else next.delete(name);
    setSearchParams(next, { replace: true });
  };
  return [searchFlag(searchParams, name), set];
}
