// A view's state kept in the URL's query string, so that a reload or a
// shared link shows the same filters, sort and page.
import { useEffect, useRef, useState } from "react";
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

/**
 * The text of a search box whose value lives in the URL: what is typed
 * shows at once and goes to the URL (onChange) once typing pauses, so
 * each key neither starts a query nor races the URL's update. A change of
 * the URL from elsewhere (back, a link) replaces the text.
 */
export function useTypedParam(value: string, onChange: (v: string) => void, delay = 250): [string, (v: string) => void] {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  useEffect(() => {
    if (value !== sent.current) setText((sent.current = value));
  }, [value]);
  useEffect(() => {
    if (text === sent.current) return;
    const id = setTimeout(() => onChange((sent.current = text)), delay);
    return () => clearTimeout(id);
  }, [text]);
  return [text, setText];
}
