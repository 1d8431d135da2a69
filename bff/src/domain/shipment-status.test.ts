import { describe, expect, it } from 'vitest';
import { shipmentKind, trackingProblem, trackingStatus, wmsShipmentStatus } from './shipment-status.js';

describe('trackingStatus', () => {
  it.each([
    ['InfoReceived_001', 'LABEL_CREATED'],
    ['InTransit_001', 'IN_TRANSIT'],
    ['OutForDelivery_003', 'OUT_FOR_DELIVERY'],
    ['AttemptFail_002', 'ATTEMPT_FAILED'],
    ['Delivered_001', 'DELIVERED'],
    ['AvailableForPickup_001', 'AVAILABLE_FOR_PICKUP'],
    ['Exception_013', 'EXCEPTION'],
    ['Exception_010', 'RETURNED_TO_SENDER'],
    ['Exception_011', 'RETURNED_TO_SENDER'],
    ['Exception_020', 'CANCELLED'],
    ['Expired_001', 'EXCEPTION'],
    ['Delivered', 'DELIVERED'],
  ])('maps AfterShip %s to %s', (code, status) => {
    expect(trackingStatus(code)).toBe(status);
  });

  it('falls back to the tag for an unknown AfterShip subtag', () => {
    expect(trackingStatus('Exception_099')).toBe('EXCEPTION');
    expect(trackingStatus('InTransit_042')).toBe('IN_TRANSIT');
  });

  it.each([
    ['pre_transit/label_created', 'LABEL_CREATED'],
    ['in_transit/arrived_at_facility', 'IN_TRANSIT'],
    ['in_transit/weather_delay', 'IN_TRANSIT'],
    ['in_transit/lost', 'EXCEPTION'],
    ['out_for_delivery/delivery_exception', 'EXCEPTION'],
    ['delivered', 'DELIVERED'],
    ['delivered/refused', 'DELIVERED'],
    ['return_to_sender', 'RETURNED_TO_SENDER'],
    ['failure/damaged', 'EXCEPTION'],
    ['available_for_pickup/held', 'AVAILABLE_FOR_PICKUP'],
    ['cancelled', 'CANCELLED'],
    // EasyPost cannot track the parcel at all: an exception for an agent to chase.
    ['error', 'EXCEPTION'],
    ['in_transit/return', 'RETURNED_TO_SENDER'],
    // Undocumented details fall back to their status.
    ['in_transit/undeliverable', 'IN_TRANSIT'],
  ])('maps EasyPost %s to %s', (code, status) => {
    expect(trackingStatus(code)).toBe(status);
  });

  it('answers UNKNOWN for codes of no known family instead of throwing', () => {
    expect(trackingStatus('teleported/somewhere')).toBe('UNKNOWN');
    expect(trackingStatus('Beamed_001')).toBe('UNKNOWN');
    expect(trackingStatus('')).toBe('UNKNOWN');
  });
});

describe('wmsShipmentStatus', () => {
  it('maps each WMS state and an unknown one to UNKNOWN', () => {
    expect(
      ['PICKING', 'PACKED', 'LABELLED', 'DISPATCHED', 'CANCELLED', 'LOADED'].map(wmsShipmentStatus),
    ).toEqual(['PREPARING', 'PREPARING', 'LABEL_CREATED', 'IN_TRANSIT', 'CANCELLED', 'UNKNOWN']);
  });

  it('names the timeline kind after the status', () => {
    expect(shipmentKind('OUT_FOR_DELIVERY')).toBe('shipment.out_for_delivery');
  });
});

describe('trackingProblem', () => {
  it.each([
    ['Exception_002', 'ADDRESS_PROBLEM'],
    ['Exception_003', 'DELIVERY_EXCEPTION'],
    ['Exception_004', 'DELIVERY_EXCEPTION'],
    ['Exception_006', 'DELIVERY_EXCEPTION'],
    ['Exception_007', 'ADDRESS_PROBLEM'],
    ['Exception_010', 'RETURN_TO_SENDER'],
    ['Exception_011', 'RETURN_TO_SENDER'],
    ['Exception_012', 'DAMAGED'],
    ['Exception_013', 'LOST'],
    ['Exception_021', 'LOST'],
    ['AttemptFail_003', 'FAILED_ATTEMPT'],
    ['Expired_001', 'DELIVERY_EXCEPTION'],
    ['failure/lost', 'LOST'],
    ['in_transit/lost', 'LOST'],
    ['failure/damaged', 'DAMAGED'],
    ['in_transit/address_correction', 'ADDRESS_PROBLEM'],
    ['return_to_sender', 'RETURN_TO_SENDER'],
    ['in_transit/weather_delay', 'DELIVERY_EXCEPTION'],
    ['out_for_delivery/refused', 'DELIVERY_EXCEPTION'],
    ['failure/delivery_exception', 'DELIVERY_EXCEPTION'],
    ['in_transit/return', 'RETURN_TO_SENDER'],
    ['error', 'DELIVERY_EXCEPTION'],
  ])('reads %s as %s', (code, problem) => {
    expect(trackingProblem(code)).toBe(problem);
  });

  it.each([
    'InTransit_002',
    'OutForDelivery_001',
    'Delivered_001',
    'delivered/refused',
    'available_for_pickup/held',
    'Exception_020',
    'pre_transit/label_created',
  ])('reads the normal milestone %s as no problem', (code) => {
    expect(trackingProblem(code)).toBeNull();
  });

  it('falls back to the family for unknown subtags and details', () => {
    expect(trackingProblem('Exception_099')).toBe('DELIVERY_EXCEPTION');
    expect(trackingProblem('AttemptFail_042')).toBe('FAILED_ATTEMPT');
    expect(trackingProblem('failure/teleported')).toBe('DELIVERY_EXCEPTION');
    expect(trackingProblem('in_transit/teleported')).toBeNull();
  });

  it('never finds a problem, or a status, in Object.prototype', () => {
    expect(trackingProblem('in_transit/constructor')).toBeNull();
    expect(trackingStatus('constructor_001')).toBe('UNKNOWN');
    expect(trackingStatus('toString/valueOf')).toBe('UNKNOWN');
  });
});
