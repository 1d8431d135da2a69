/** The slice of the Zendesk Apps Framework v2 client the widget uses. */
export interface ZafClient {
  get(paths: string | string[]): Promise<Record<string, unknown> & { errors?: Record<string, unknown> }>;
  on(event: string, handler: (...args: unknown[]) => void): void;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request(options: {
    url: string;
    type?: string;
    contentType?: string;
    data?: string;
    secure?: boolean;
    cors?: boolean;
    headers?: Record<string, string>;
  }): Promise<unknown>;
  metadata(): Promise<{ settings: Record<string, unknown> }>;
}

/** The ZAF SDK's global, present once `zaf_sdk.min.js` has loaded in the iframe. */
export interface ZafGlobal {
  init(): ZafClient | false;
}
