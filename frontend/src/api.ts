// The one way the UI talks to the server: POST /graphql with a typed
// operation generated from the schema.
import type { TypedDocumentString } from "./gql/graphql";
import { humanMessage } from "./lib";

export interface ApiErrorItem {
  message: string;
  extensions?: { code?: string; field?: string; suggestions?: string[] };
}

/** An error answered by the GraphQL API; field names the rejected input field. */
export class ApiError extends Error {
  readonly errors: ApiErrorItem[];
  constructor(errors: ApiErrorItem[]) {
    super(errors.map((e) => humanMessage(e.message)).join("; "));
    this.errors = errors;
  }
  get field(): string | undefined {
    return this.errors.find((e) => e.extensions?.field)?.extensions?.field;
  }
  get code(): string | undefined {
    return this.errors.find((e) => e.extensions?.code)?.extensions?.code;
  }
}

export async function request<R, V>(
  doc: TypedDocumentString<R, V>,
  variables?: V,
): Promise<R> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ query: doc.toString(), variables }),
  });
  let body: { data?: R; errors?: ApiErrorItem[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError([{ message: `the server answered ${res.status} ${res.statusText}` }]);
  }
  if (body.errors?.length) throw new ApiError(body.errors);
  if (!body.data) throw new ApiError([{ message: "the server answered no data" }]);
  return body.data;
}
