import { postGraphql } from './post-graphql.js';

const INBOX = /* GraphQL */ `
  query ($after: String) {
    exceptions(first: 100, after: $after) {
      edges {
        node {
          type
          subjectKind
          subjectId
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
type InboxPage = {
  exceptions: {
    edges: { node: { type: string; subjectKind: string; subjectId: string; status: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

/** Open exceptions by subject: `KIND:id` (`SHIPMENT:1Z…`, `ORDER:SO-…`) → their types, sorted. */
export type OpenBySubject = Record<string, string[]>;

/** Folds exceptions into their open ones by subject, the way a script's `expected.openExceptions` has them. */
export function openBySubject(
  exceptions: Iterable<{ type: string; subjectKind: string; subjectId: string; status: string }>,
): OpenBySubject {
  const open: OpenBySubject = {};
  for (const e of exceptions)
    if (e.status === 'OPEN') (open[`${e.subjectKind}:${e.subjectId}`] ??= []).push(e.type);
  for (const types of Object.values(open)) types.sort();
  return open;
}

/**
 * The open exceptions in the inbox of `token`'s tenant, read page by page through `exceptions`.
 * @example const open = await readOpenExceptions(bffUrl, await tokenFor('agent-anna'));
 */
export async function readOpenExceptions(url: string, token: string): Promise<OpenBySubject> {
  const nodes: InboxPage['exceptions']['edges'][number]['node'][] = [];
  for (let after: string | null = null; ;) {
    const page: InboxPage = await postGraphql<InboxPage>(url, token, INBOX, { after });
    nodes.push(...page.exceptions.edges.map((e) => e.node));
    if (!page.exceptions.pageInfo.hasNextPage) return openBySubject(nodes);
    after = page.exceptions.pageInfo.endCursor;
  }
}
