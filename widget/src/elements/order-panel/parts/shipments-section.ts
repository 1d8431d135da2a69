import { html, nothing } from 'lit';
import type { Shipment } from '../../../client/order-types.js';
import { safeHref } from '../../../model/safe-url.js';
import { expandableList } from './expandable-list.js';
import type { RenderContext } from './render-context.js';
import { section } from './section.js';
import { SHIPMENT_TONE } from './tones.js';

/** Shipments with carrier, tracking link, ETA and the carrier's milestones, newest first. */
export function shipmentsSection(ctx: RenderContext, shipments: readonly Shipment[] | null) {
  if (shipments === null) return nothing; // the system banner says why
  const { msg } = ctx;
  const body = shipments.length
    ? expandableList(ctx, 'shipments', shipments, 3, (s) => shipmentItem(ctx, s), 'list cards')
    : html`<p class="empty">${msg.noShipments}</p>`;
  return section('shipments', msg.shipments, shipments.length, body);
}

function shipmentItem(ctx: RenderContext, s: Shipment) {
  const { msg, fmt } = ctx;
  const href = safeHref(s.trackingUrl);
  const carrier = [s.carrier, s.service].filter(Boolean).join(' · ');
  const milestones = [...s.milestones].reverse();
  return html`<li class="card" part="shipment">
    <div class="card-head">
      <span class="strong">${carrier || s.warehouse}</span>
      <span class="badge" part="badge" data-tone=${SHIPMENT_TONE[s.status]}
        >${msg.shipmentStatus[s.status]}</span
      >
    </div>
    <div class="muted small">${s.id} ${msg.from(s.warehouse)}</div>
    ${
      s.trackingNumber
        ? html`<div class="tracking">
            ${
              href
                ? html`<a
                    part="link"
                    href=${href}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label=${msg.trackingLabel(s.carrier ?? '', s.trackingNumber)}
                    >${s.trackingNumber}<svg viewBox="0 0 12 12" aria-hidden="true" class="ext">
                      <path
                        d="M4.5 2H2v8h8V7.5M7 2h3v3M10 2 5.5 6.5"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="1.2"
                      /></svg
                  ></a>`
                : html`<span>${s.trackingNumber}</span>`
            }
          </div>`
        : nothing
    }
    <div class="small">
      ${
        s.deliveredAt
          ? html`${msg.delivered} <strong>${fmt.dateTime(s.deliveredAt)}</strong>`
          : s.eta
            ? html`${msg.eta} <strong>${fmt.date(s.eta)}</strong>`
            : nothing
      }
    </div>
    ${
      milestones.length
        ? html`<div class="milestones" aria-label=${msg.milestones} role="group">
            ${expandableList(
              ctx,
              `ms-${s.id}`,
              milestones,
              3,
              (m, i) =>
                html`<li
                  class="milestone"
                  data-first=${i === 0 ? 'true' : nothing}
                  data-tone=${SHIPMENT_TONE[m.status]}
                >
                  <span class="ms-dot" aria-hidden="true"></span>
                  <div>
                    <div>${m.description}</div>
                    <div class="muted small">
                      ${fmt.short(m.at)}${m.location ? html` · ${m.location}` : nothing}
                    </div>
                  </div>
                </li>`,
              'timeline',
            )}
          </div>`
        : nothing
    }
  </li>`;
}
