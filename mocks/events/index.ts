/**
 * The simulators' outgoing webhooks: the WMS, the carriers (EasyPost for USPS, AfterShip for DHL,
 * UPS, FedEx and DPD) and the helpdesk (Zendesk) tell Orderlens what happens to world orders —
 * live for `npm start`, or as a deterministic script for tests.
 */
export {
  startEventGenerator,
  type EventGenerator,
  type EventGeneratorOptions,
  type GeneratorStats,
} from './generator/start-event-generator.js';
export { createEventScript, type EventScriptOptions } from './script/create-event-script.js';
export {
  sendScript,
  type SendReport,
  type SendResult,
  type SendScriptOptions,
} from './script/send-script.js';
export type {
  EventScript,
  ExceptionTypeName,
  ScriptExpectations,
  ScriptRequest,
} from './script/script-types.js';
export {
  createWebhookSender,
  type SenderStats,
  type WebhookSender,
  type WebhookSenderOptions,
} from './delivery/webhook-sender.js';
export type { RetryPolicy } from './delivery/backoff.js';
export { signWebhook } from './signing/sign-webhook.js';
export type { SimulatorSecrets, SimulatorSource, TenantSecrets } from './signing/sources.js';
export { SITUATIONS, type Situation } from './story/situations.js';
export { orderTimeline } from './story/order-timeline.js';
export type { StoryEvent, Subject } from './story/story-event.js';
