/** GraphiQL's starting query in the embedded default; the bench's order 360 query too. */
export const DEMO_QUERY = `query Order360($ref: String!) {
  order(ref: $ref) {
    id status
    systemStatuses { system nativeStatus status asOf }
    customer { name tier }
    lines { lineNumber sku description quantities { ordered allocated picked shipped backordered returned refunded } }
    totals { total { amount currency } refunded { amount currency } }
    shipments { carrier trackingNumber status eta milestones { at status description location } }
    returns { rmaNumber status lines { sku quantity reason } }
    refunds { kind status amount { amount currency } }
    cases { id subject status url }
  }
}`;
