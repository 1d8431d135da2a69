import '../../src/elements/order-panel/order-panel.js';
import type { ZafGlobal } from '../../src/hosts/zaf-client.js';
import { connectZendesk, readZendeskSettings } from '../../src/hosts/zendesk-host.js';

declare global {
  interface Window {
    ZAFClient?: ZafGlobal;
  }
}

// The Zendesk sidebar app's page: the ZAF SDK script (loaded before this module) gives the client.
const panel = document.querySelector('orderlens-order-panel')!;
const client = window.ZAFClient?.init();
if (client) {
  client.on('app.registered', () => undefined); // ZAF expects a registration listener
  void readZendeskSettings(client).then((settings) => connectZendesk(panel, client, settings));
} else {
  document.body.textContent =
    'Orderlens runs inside Zendesk; the Zendesk Apps Framework is not available here.';
}
