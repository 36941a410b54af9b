import { useEffect, useRef } from "react";
import { useParams, useSearchParams } from "react-router-dom";
import { graphql } from "../gql";
import { request } from "../api";
import { ErrorNote, useQuery } from "../common";
import { splitByteSpan } from "../lib";

const NoticeQuery = graphql(`
  query NoticeSpan($id: ID!) {
    node(id: $id) {
      __typename
      ... on PolicyDocument {
        id
        title
        url
        lastUpdated
        text
        organization {
          name
        }
      }
    }
  }
`);

/**
 * A sentence a finding cites, highlighted in its notice: /notices/ID?start=S&end=E
 * (bytes of the notice's text). Like the evidence view, for sentences that
 * are not the evidence of a fact (a finding may quote a notice's own words).
 */
export function NoticeSpanView() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const start = Number(params.get("start") ?? "0");
  const end = Number(params.get("end") ?? "0");
  const { data, error, loading } = useQuery(() => request(NoticeQuery, { id }), [id]);
  const mark = useRef<HTMLElement>(null);
  const doc = data?.node?.__typename === "PolicyDocument" ? data.node : undefined;
  useEffect(() => {
    mark.current?.scrollIntoView({ block: "center" });
    mark.current?.focus({ preventScroll: true });
  }, [doc?.id, start, end]);
  if (loading) return <p className="muted">Loading the notice…</p>;
  if (error) return <ErrorNote error={error} />;
  if (!doc) return <p role="alert">No notice with ID {id}.</p>;
  let parts: [string, string, string];
  try {
    parts = splitByteSpan(doc.text, start, end);
  } catch (e) {
    return <ErrorNote error={e as Error} />;
  }
  const [before, quote, after] = parts;
  return (
    <section aria-labelledby="ns-h" className="evidence">
      <h1 id="ns-h">{doc.title}</h1>
      <p className="muted">
        {doc.organization.name}
        {doc.lastUpdated ? ` · last updated ${doc.lastUpdated.slice(0, 10)}` : ""}
        {doc.url ? (
          <>
            {" · "}
            <a href={doc.url} rel="noopener noreferrer">
              published notice
            </a>
          </>
        ) : null}
      </p>
      <blockquote className="quoted">
        <span className="sr-only">Quoted sentence: </span>“{quote}”
        <footer className="muted">bytes {start}–{end} of the notice, highlighted below</footer>
      </blockquote>
      <div className="notice-text" data-testid="notice">
        {before}
        <mark id="quote" ref={mark} tabIndex={-1}>
          {quote}
        </mark>
        {after}
      </div>
    </section>
  );
}
