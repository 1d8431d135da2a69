import type { OrderException } from '../domain/exception.js';

/** What a change on the feed is about. */
export type ChangeTopic = 'exception' | 'order';

/** How an exception changed; matches the GraphQL `ExceptionChangeKind`. */
export type ExceptionChangeKind = 'RAISED' | 'UPDATED' | 'RESOLVED';

/** The payload of an `exception` change: the exception as it is after the change. Key: its id. */
export interface ExceptionChangePayload {
  kind: ExceptionChangeKind;
  exception: OrderException;
}

/** The payload of an `order` change: something about the order moved. Key: the order number. */
export interface OrderChangePayload {
  orderNumber: string;
}

/** A change to append, before it has a `seq`. */
export type NewChange =
  | { tenant: string; topic: 'exception'; key: string; payload: ExceptionChangePayload }
  | { tenant: string; topic: 'order'; key: string; payload: OrderChangePayload };

/** A committed change, as the feed reads it. */
export type StoredChange = NewChange & { seq: number; createdAt: string };

/** "Tenant T has changes up to `seq`": what pub/sub carries after a commit. */
export interface ChangeNudge {
  tenant: string;
  seq: number;
}

/** Whoever tells subscribers that changes were committed (the change feed). */
export interface ChangeNotifier {
  notify(nudge: ChangeNudge): void;
}
