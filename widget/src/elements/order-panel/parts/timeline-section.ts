import { html } from 'lit';
import type { TimelineEvent } from '../../../client/order-types.js';
import { expandableList } from './expandable-list.js';
import type { RenderContext } from './render-context.js';
import { section } from './section.js';

/** Every system's events in one list, newest first, each tagged with where it came from. */
export function timelineSection(ctx: RenderContext, events: readonly TimelineEvent[]) {
  const { msg, fmt } = ctx;
  const body = events.length
    ? expandableList(
        ctx,
        'timeline',
        events,
        6,
        (e) =>
          html`<li class="event" part="event">
            <time datetime=${e.at} class="muted small">${fmt.short(e.at)}</time>
            <span class="sys" data-system=${e.system}>${msg.system[e.system]}</span>
            <span class="summary">${e.summary}</span>
          </li>`,
        'events',
      )
    : html`<p class="empty">${msg.noTimeline}</p>`;
  return section('timeline', msg.timeline, events.length, body);
}
