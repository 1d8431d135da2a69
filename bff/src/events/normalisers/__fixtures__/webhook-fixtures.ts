/**
 * Realistic webhook bodies per source, as the senders write them; tests override what they
 * exercise. Times lie around the simulators' epoch, 2026-11-01.
 */

/** A WMS webhook envelope (mocks/WIRE.md, "WMS webhooks"). */
export function wmsWebhook(
  type = 'order.short_picked',
  data: Record<string, unknown> = {},
  overrides: Record<string, unknown> = {},
) {
  const defaults: Record<string, Record<string, unknown>> = {
    'order.status_changed': { status_code: 175, status_text: 'SHORT_PICKED', ship_by: 1_793_836_800_000 },
    'order.short_picked': {
      client_line_ref: '20',
      sku: 'BRG-6204-2RS',
      qty_ordered: 24,
      qty_picked: 20,
      qty_short: 4,
      short_reason: 'STOCKOUT',
    },
    'order.backordered': { client_line_ref: '20', sku: 'BRG-6204-2RS', qty_backordered: 4 },
    'order.held': { hold_reason: 'INVALID_ADDRESS' },
    'order.hold_released': { hold_reason: 'INVALID_ADDRESS' },
    'shipment.created': {
      shipment_id: 'SH-DE1-0093121',
      carrier_code: 'DHL',
      service_level: 'STANDARD',
      tracking_no: 'JJD0001234567',
    },
    'return.received': {
      rma_no: 'RMA-2000123',
      lines: [{ client_line_ref: '10', sku: 'BRG-6204-2RS', qty_received: 2 }],
    },
    'return.inspected': { rma_no: 'RMA-2000123', result: 'REJECTED', reason: 'Used beyond return condition' },
  };
  return {
    id: 'wev-acme-eu-000000481',
    type,
    occurred_at: 1_793_606_400_000,
    account: 'acme-eu',
    data: { order_ref: 'WO-DE1-004812', client_order_ref: '0001000123', ...defaults[type], ...data },
    ...overrides,
  };
}

/** An EasyPost `tracker.updated` Event whose latest detail is a lost parcel. */
export function easyPostEvent(
  tracker: Record<string, unknown> = {},
  overrides: Record<string, unknown> = {},
) {
  return {
    id: 'evt_3c7f1e2a9b8d4e6f',
    object: 'Event',
    mode: 'production',
    description: 'tracker.updated',
    created_at: '2026-11-04T09:30:12Z',
    updated_at: '2026-11-04T09:30:12Z',
    previous_attributes: { status: 'in_transit' },
    pending_urls: [],
    completed_urls: [],
    result: {
      id: 'trk_5b1f0d2c',
      object: 'Tracker',
      mode: 'production',
      tracking_code: '9400111899223197428490',
      status: 'failure',
      status_detail: 'lost',
      carrier: 'USPS',
      est_delivery_date: '2026-11-05T00:00:00Z',
      public_url: 'https://track.easypost.com/djE6dHJrXzVi',
      tracking_details: [
        {
          object: 'TrackingDetail',
          message: 'Arrived at USPS Regional Facility',
          status: 'in_transit',
          status_detail: 'arrived_at_facility',
          datetime: '2026-11-03T18:02:00Z',
          source: 'USPS',
          tracking_location: {
            object: 'TrackingLocation',
            city: 'MEMPHIS',
            state: 'TN',
            country: 'US',
            zip: '38118',
          },
        },
        {
          object: 'TrackingDetail',
          message: 'Package lost in transit',
          status: 'failure',
          status_detail: 'lost',
          datetime: '2026-11-04T09:12:00Z',
          source: 'USPS',
          tracking_location: {
            object: 'TrackingLocation',
            city: 'MEMPHIS',
            state: 'TN',
            country: 'US',
            zip: null,
          },
        },
      ],
      created_at: '2026-11-02T14:00:00Z',
      updated_at: '2026-11-04T09:30:12Z',
      ...tracker,
    },
    ...overrides,
  };
}

/** An AfterShip `tracking_update` webhook whose latest checkpoint is an incorrect address. */
export function afterShipWebhook(msg: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}) {
  return {
    ts: 1_793_786_400,
    event: 'tracking_update',
    event_id: '1a7b2e0c-4d5f-4b8a-9c3e-6f1d2a3b4c5d',
    is_tracking_first_tag: true,
    msg: {
      id: 'd1c4b8e0a2f3',
      tracking_number: 'JJD0001234567',
      slug: 'dhl',
      tag: 'Exception',
      subtag: 'Exception_007',
      subtag_message: 'Incorrect Address',
      expected_delivery: '2026-11-06',
      updated_at: '2026-11-04T10:00:00+00:00',
      checkpoints: [
        {
          checkpoint_time: '2026-11-03T08:10:00+01:00',
          message: 'Shipment picked up',
          location: 'Leipzig, DE',
          tag: 'InTransit',
          subtag: 'InTransit_001',
        },
        {
          checkpoint_time: '2026-11-04T10:55:00+01:00',
          message: 'Address incomplete',
          city: 'Berlin',
          country_iso3: 'DEU',
          tag: 'Exception',
          subtag: 'Exception_007',
        },
      ],
      ...msg,
    },
    ...overrides,
  };
}

/** A Zendesk ticket event subscription payload: a ticket moved to pending. */
export function zendeskWebhook(
  detail: Record<string, unknown> = {},
  overrides: Record<string, unknown> = {},
) {
  return {
    type: 'zen:event-type:ticket.status_changed',
    account_id: 12514403,
    id: '01JBXW3Q9V2T7K8M4N5P6R7S8T',
    time: '2026-11-03T12:00:00Z',
    zendesk_event_version: '2022-11-06',
    subject: 'zen:ticket:48213',
    detail: {
      actor_id: '77',
      assignee_id: '77',
      created_at: '2026-11-03T10:15:00Z',
      id: '48213',
      priority: 'HIGH',
      requester_id: '9001',
      status: 'PENDING',
      subject: 'Where is my order SO-1000123?',
      type: 'QUESTION',
      updated_at: '2026-11-03T12:00:00Z',
      via: { channel: 'email' },
      ...detail,
    },
    event: { current: 'PENDING', previous: 'OPEN' },
    ...overrides,
  };
}

/** A canonical short-pick body, as a CloudEvent's `data`. */
export function shortPickData(overrides: Record<string, unknown> = {}) {
  return {
    orderNumber: 'SO-1000123',
    lineNumber: 20,
    sku: 'BRG-6204-2RS',
    shortQuantity: 4,
    reason: 'STOCKOUT',
    ...overrides,
  };
}

/** A structured-mode CloudEvent carrying a canonical short pick. */
export function structuredCloudEvent(overrides: Record<string, unknown> = {}) {
  return {
    specversion: '1.0',
    id: 'c0ffee00-0000-4000-8000-000000000001',
    source: '/erp/acme',
    type: 'orderlens.wms.short_pick',
    time: '2026-11-02T08:00:00Z',
    datacontenttype: 'application/json',
    data: shortPickData(),
    ...overrides,
  };
}
