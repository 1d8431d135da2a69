import type { ReturnDisposition, ReturnStatus } from './model.js';

const ERP_RETURN_STATUS: Record<string, ReturnStatus> = {
  REQ: 'REQUESTED',
  AUTH: 'AUTHORIZED',
  TRANSIT: 'IN_TRANSIT',
  RCVD: 'RECEIVED',
  INSP: 'INSPECTED',
  CRED: 'CREDITED',
  REJ: 'REJECTED',
  CANC: 'CANCELLED',
};

/** Maps an ERP `rma_status`; an unknown future code reads as still requested, never a crash. */
export function erpReturnStatus(code: string): ReturnStatus {
  return ERP_RETURN_STATUS[code.toUpperCase()] ?? 'REQUESTED';
}

const ERP_DISPOSITION: Record<string, ReturnDisposition> = {
  RESTOCK: 'RESTOCK',
  REPAIR: 'REPAIR',
  SCRAP: 'DISCARD',
  DISCARD: 'DISCARD',
  SALVAGE: 'SALVAGE',
};

/** An empty or unknown disposition means nobody has decided yet. */
export function erpReturnDisposition(code: string | null | undefined): ReturnDisposition {
  return ERP_DISPOSITION[(code ?? '').toUpperCase()] ?? 'PENDING';
}
