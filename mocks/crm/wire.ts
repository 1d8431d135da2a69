/** Zendesk Support API v2 shapes, the subset WIRE.md specifies. */
export const ORDER_FIELD_ID = 360001234567;

export interface ZendeskTicket {
  id: number;
  url: string;
  subject: string;
  description: string;
  status: string;
  priority: string | null;
  type: string | null;
  requester_id: number;
  assignee_id: number | null;
  created_at: string;
  updated_at: string;
  tags: string[];
  via: { channel: string };
  custom_fields: { id: number; value: string | null }[];
}

export interface ZendeskUser {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface ZendeskComment {
  id: number;
  author_id: number;
  body: string;
  public: boolean;
  created_at: string;
}
