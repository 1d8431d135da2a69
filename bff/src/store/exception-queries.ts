import { BadInputError } from '../domain/errors.js';
import type {
  ExceptionSeverity,
  ExceptionStatus,
  ExceptionType,
  OrderException,
} from '../domain/exception.js';
import type { Store } from './create-store.js';
import { decodeExceptionCursor, encodeExceptionCursor } from './exception-cursor.js';
import { historyByExceptionIds, type ExceptionHistoryEntry } from './exception-history.js';
import { SEVERITY_RANK, toOrderException } from './exception-row.js';

/** Which exceptions an inbox shows; omitted fields do not filter. */
export interface ExceptionListFilter {
  tenant: string;
  team?: string | null;
  severity?: readonly ExceptionSeverity[] | null;
  type?: readonly ExceptionType[] | null;
  /** Default: every status but RESOLVED. */
  status?: readonly ExceptionStatus[] | null;
  assignee?: string | null;
  orderNumber?: string | null;
}

export interface ExceptionPage {
  edges: { cursor: string; node: OrderException }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export const MAX_EXCEPTION_PAGE = 100;
const UNRESOLVED: ExceptionStatus[] = ['OPEN', 'ACKNOWLEDGED', 'SNOOZED'];

/**
 * Reads of exceptions for the GraphQL layer, always within one tenant.
 * @example
 * const queries = createExceptionQueries({ store });
 * const page = await queries.list({ tenant: 'acme', severity: ['HIGH', 'CRITICAL'] }, { first: 20 });
 * const perOrder = await queries.byOrderNumbers('acme', ['SO-1000001', 'SO-1000002']); // a DataLoader batch
 */
export function createExceptionQueries({ store }: { store: Store }) {
  const { db } = store;
  return {
    /** The inbox: most severe first, then oldest first, paged with a keyset cursor. */
    async list(
      filter: ExceptionListFilter,
      page: { first: number; after?: string | null },
    ): Promise<ExceptionPage> {
      if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_EXCEPTION_PAGE) {
        throw new BadInputError(`\`first\` must be between 1 and ${MAX_EXCEPTION_PAGE}.`);
      }
      const after = decodeExceptionCursor(page.after);
      let query = db.selectFrom('exceptions').selectAll().where('tenant', '=', filter.tenant);
      if (filter.team != null) query = query.where('team', '=', filter.team);
      if (filter.assignee != null) query = query.where('assignee', '=', filter.assignee);
      if (filter.orderNumber != null) query = query.where('order_number', '=', filter.orderNumber);
      if (filter.severity?.length) query = query.where('severity', 'in', [...filter.severity]);
      if (filter.type?.length) query = query.where('type', 'in', [...filter.type]);
      query = query.where('status', 'in', filter.status?.length ? [...filter.status] : UNRESOLVED);
      if (after) {
        query = query.where((eb) =>
          eb(
            eb.refTuple('severity_rank', 'opened_at', 'id'),
            '>',
            eb.tuple(after.rank, after.openedAt, after.id),
          ),
        );
      }
      const rows = await query
        .orderBy('severity_rank')
        .orderBy('opened_at')
        .orderBy('id')
        .limit(page.first + 1)
        .execute();
      const edges = rows.slice(0, page.first).map((row) => ({
        cursor: encodeExceptionCursor({ rank: row.severity_rank, openedAt: row.opened_at, id: row.id }),
        node: toOrderException(row),
      }));
      return { edges, hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null };
    },

    async byId(tenant: string, id: string): Promise<OrderException | null> {
      const row = await db
        .selectFrom('exceptions')
        .selectAll()
        .where('tenant', '=', tenant)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toOrderException(row) : null;
    },

    /** Exceptions per order number, in key order; each list open ones first, then by severity and age. */
    async byOrderNumbers(tenant: string, orderNumbers: readonly string[]): Promise<OrderException[][]> {
      if (orderNumbers.length === 0) return [];
      const rows = await db
        .selectFrom('exceptions')
        .selectAll()
        .where('tenant', '=', tenant)
        .where('order_number', 'in', [...orderNumbers])
        .execute();
      const byOrder = new Map<string, OrderException[]>();
      for (const e of rows.map(toOrderException).sort(handlingOrder)) {
        const list = byOrder.get(e.orderNumber);
        if (list) list.push(e);
        else byOrder.set(e.orderNumber, [e]);
      }
      return orderNumbers.map((n) => byOrder.get(n) ?? []);
    },

    /** Histories, oldest first, in key order (a DataLoader batch for `Exception.history`). */
    historyByIds(tenant: string, ids: readonly string[]): Promise<ExceptionHistoryEntry[][]> {
      return historyByExceptionIds(db, tenant, ids);
    },
  };
}

export type ExceptionQueries = ReturnType<typeof createExceptionQueries>;

function handlingOrder(a: OrderException, b: OrderException): number {
  const resolved = Number(a.status === 'RESOLVED') - Number(b.status === 'RESOLVED');
  if (resolved !== 0) return resolved;
  const rank = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (rank !== 0) return rank;
  return a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : 1;
}
