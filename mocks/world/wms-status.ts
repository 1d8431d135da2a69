/** WMS status codes as the simulated WMS names them (see WIRE.md). */
export const WMS_STATUS_TEXT: Record<number, string> = {
  100: 'RECEIVED',
  130: 'RELEASED',
  150: 'ALLOCATED',
  160: 'PARTIALLY_ALLOCATED',
  165: 'PICKING',
  170: 'PICKED',
  175: 'SHORT_PICKED',
  180: 'PACKED',
  190: 'PARTIALLY_SHIPPED',
  200: 'SHIPPED',
  250: 'DELIVERED',
  800: 'ON_HOLD',
  900: 'CANCELLED',
};

export const HISTORY_TEXT: Record<number, string> = {
  100: 'Order received from ERP',
  130: 'Released to wave',
  150: 'Allocated',
  160: 'Partially allocated, stock short',
  165: 'Picking started',
  170: 'Picked',
  175: 'Short picked',
  180: 'Packed',
  190: 'Partially shipped',
  200: 'Shipped',
  250: 'Delivered',
  800: 'Put on hold',
  900: 'Cancelled',
};

/** The statuses an order passes through on its way to each status. */
export const PATHS: Record<number, readonly number[]> = {
  100: [100],
  130: [100, 130],
  150: [100, 130, 150],
  160: [100, 130, 160],
  165: [100, 130, 150, 165],
  170: [100, 130, 150, 165, 170],
  175: [100, 130, 150, 165, 175],
  180: [100, 130, 150, 165, 170, 180],
  800: [100, 130, 150, 800],
  900: [100, 130, 150, 900],
};
