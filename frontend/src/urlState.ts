// A view's state kept in the URL's query string, so that a reload or a
// shared link shows the same filters, sort and page.
import { useSearchParams } from "react-router-dom";

/**
 * The URL's parameters and a setter that changes some of them at once:
 * an empty value removes a parameter; unless keepPage, the page (page,
 * after, before) is reset, since a new filter or sort starts at the first
 * page. replace (for typing in a search box) changes the URL without a
 * new history entry.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? "";
  const set = (changes: Record<string, string | undefined>, opts: { keepPage?: boolean; replace?: boolean } = {}) => {
    // From the address bar, not this render's params: a change made a
    // moment ago (typing, then choosing a filter) may not have rendered yet.
    const p = new URLSearchParams(window.location.search);
    if (!opts.keepPage) for (const k of ["page", "after", "before"]) p.delete(k);
    for (const [k, v] of Object.entries(changes)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: opts.replace });
  };
  return { params, get, set };
}

/** The query string of an export link: the view's parameters but the page. */
export function exportQuery(params: URLSearchParams, org: string): string {
  const p = new URLSearchParams(params);
  for (const k of ["page", "after", "before", "activity", "asOf"]) p.delete(k);
  p.set("org", org);
  return p.toString();
}
