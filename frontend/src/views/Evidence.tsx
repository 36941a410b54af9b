import { useEffect, useRef } from "react";
import { useParams } from "react-router-dom";
import { graphql } from "../gql";
import { request } from "../api";
import { ErrorNote, useQuery } from "../common";
import { splitByteSpan } from "../lib";

const EvidenceQuery = graphql(`
  query Evidence($id: ID!) {
    node(id: $id) {
      __typename
      ... on Evidence {
        id
        start
        end
        quote
        document {
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
  }
`);

export function EvidenceView() {
  const { id = "" } = useParams();
  const { data, error, loading } = useQuery(() => request(EvidenceQuery, { id }), [id]);
  const mark = useRef<HTMLElement>(null);
  const ev = data?.node?.__typename === "Evidence" ? data.node : undefined;
  useEffect(() => {
    mark.current?.scrollIntoView({ block: "center" });
    mark.current?.focus({ preventScroll: true });
  }, [ev?.id]);
  if (loading) return <p className="muted">Loading the notice…</p>;
  if (error) return <ErrorNote error={error} />;
  if (!ev) return <p role="alert">No evidence span with ID {id}.</p>;
  const [before, quote, after] = splitByteSpan(ev.document.text, ev.start, ev.end);
  return (
    <section aria-labelledby="ev-h" className="evidence">
      <h1 id="ev-h">{ev.document.title}</h1>
      <p className="muted">
        {ev.document.organization.name}
        {ev.document.lastUpdated ? ` · last updated ${ev.document.lastUpdated.slice(0, 10)}` : ""}
        {ev.document.url ? (
          <>
            {" · "}
            <a href={ev.document.url} rel="noopener noreferrer">
              published notice
            </a>
          </>
        ) : null}
      </p>
      <blockquote className="quoted">
        <span className="sr-only">Quoted sentence: </span>“{ev.quote}”
        <footer className="muted">bytes {ev.start}–{ev.end} of the notice, highlighted below</footer>
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
