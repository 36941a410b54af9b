// The GraphQL playground at /playground: GraphiQL built into the web
// interface's bundle (no CDN, no inline script), querying /graphql through
// api.ts with the session's cookie and CSRF token.
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import "./playground.css";
import { getSession, onSignedOut, postGraphQL, type Session } from "./api";

const defaultQuery = `# ropa's GraphQL API: Ctrl-Enter runs a query;
# the book icon on the left lists the schema.
query WhoAndWhat {
  me {
    name
    role
  }
  organizations(first: 10, orderBy: { field: NAME }) {
    totalCount
    edges {
      node {
        key
        name
      }
    }
  }
}
`;

// GraphiQL's fetcher: the request as GraphiQL composes it, the answer as the server gives it.
const fetcher = (params: unknown) => postGraphQL(params) as Promise<Record<string, unknown>>;

function Playground() {
  const [session, setSession] = useState<Session>();
  const [error, setError] = useState("");
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    getSession().then(setSession, (e: Error) => setError(e.message));
    return onSignedOut(() => setSignedOut(true));
  }, []);
  if (error) return <Notice>Could not reach the server: {error}</Notice>;
  if (!session) return <Notice>Loading…</Notice>;
  if (!session.signedIn || signedOut)
    return (
      <Notice>
        Not signed in, or the session has ended. <a href="/">Sign in to the web interface</a>, then come back to the playground.
      </Notice>
    );
  return (
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery}>
      <GraphiQL.Logo>
        <a href="/" className="playground-home">
          ropa
        </a>
        <span className="playground-title"> GraphQL playground</span>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

// GraphiQL's editors (CodeMirror 5) take input through a hidden textarea
// with no name, so a screen reader announces each as "edit text". Each is
// named here after the editor it belongs to, as GraphiQL renders them.
function nameEditors(root: ParentNode) {
  root.querySelectorAll<HTMLTextAreaElement>(".graphiql-container textarea:not([aria-label])").forEach((t) => {
    const response = t.closest(".graphiql-response");
    const section = t.closest("section[aria-label]");
    const tool = t.closest(".graphiql-editor-tool .graphiql-editor");
    let name = response ? "Response" : section?.getAttribute("aria-label") ?? "";
    if (tool) {
      const editors = [...(tool.parentElement?.querySelectorAll(":scope > .graphiql-editor") ?? [])];
      name = ["Variables", "Headers"][editors.indexOf(tool)] ?? "Editor";
    }
    if (name) t.setAttribute("aria-label", name);
  });
}
new MutationObserver(() => nameEditors(document)).observe(document.body, { childList: true, subtree: true });

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <main className="playground-notice">
      <p role="alert">{children}</p>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
