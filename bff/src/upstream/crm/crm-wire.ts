/** Zendesk Support API v2 shapes as the CRM serves them (mocks/WIRE.md, "CRM"). They never leave this folder. */
export interface ZendeskTicket {
  id: number;
  url?: string;
  subject: string | null;
  description?: string;
  status: string;
  priority: string | null;
  type: string | null;
  requester_id: number | null;
  assignee_id: number | null;
  created_at: string;
  updated_at: string;
  tags?: string[];
  via?: { channel?: string | null } | null;
  custom_fields?: { id: number; value: unknown }[];
}

export interface ZendeskUser {
  id: number;
  name: string;
  email: string | null;
  phone?: string | null;
}

export interface ZendeskTicketsResponse {
  tickets: ZendeskTicket[];
  /** Sideloaded with `include=users`. */
  users?: ZendeskUser[];
}

export interface ZendeskSearchResponse {
  results: (ZendeskTicket & { result_type?: string })[];
  count?: number;
  next_page: string | null;
  /** Sideloaded with `include=tickets(users)`. */
  users?: ZendeskUser[];
}
