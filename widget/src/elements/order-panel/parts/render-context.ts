import type { LiveStatus } from '../../../controllers/subscription-controller.js';
import type { Formatters } from '../../../i18n/formatters.js';
import type { Messages } from '../../../i18n/messages.en.js';

/** What every part of the panel needs to render: words, formats, and the panel's small UI state. */
export interface RenderContext {
  msg: Messages;
  fmt: Formatters;
  /** The ticket the panel is opened from, to mark it among the order's cases. */
  ticketId: string;
  /** The agent the token names, to say "assigned to you". */
  viewerId: string | null;
  /** Whether the order's exceptions are followed live. */
  live: LiveStatus;
  isExpanded(key: string): boolean;
  toggle(key: string): void;
  openCase(event: Event, caseId: string, url: string): void;
  selectOrder(ref: string): void;
}

export type Tone = 'ok' | 'info' | 'warn' | 'danger' | 'neutral';
