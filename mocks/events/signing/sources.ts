/** The webhook formats the simulators post, one intake route and signature scheme each. */
export type SimulatorSource = 'wms' | 'easypost' | 'aftership' | 'zendesk';

/**
 * One signing secret per format. The BFF's `WebhookSecrets` (which also has `cloudevents`) fits
 * here as it is, so `env.webhookSecrets` can be passed straight in.
 */
export type SimulatorSecrets = Readonly<Record<SimulatorSource, string>>;
