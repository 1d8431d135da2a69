import { createHash } from 'node:crypto';

/** What a story event needs, besides itself, to become a webhook body. */
export interface RenderContext {
  /** The event id the sender gives it (the same on every retry). */
  id: string;
  /** Epoch ms when it happens, on the real clock. */
  occurredAt: number;
  /** Epoch ms of an earlier scan of the same parcel, on the real clock (carriers resend the history). */
  scanTime(trackingNumber: string, index: number): number;
}

/** Hex digits derived from a text: ids of objects the receiver sees again (a tracker, a tracking). */
export const stableHex = (text: string, length: number): string =>
  createHash('sha256').update(text).digest('hex').slice(0, length);
