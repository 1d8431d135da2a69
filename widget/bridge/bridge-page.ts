import { loadPostMessageBridge } from '../src/orderlens.js';

// The widget in an iframe of any desk: context and tokens come from the framing page by postMessage.
const panel = document.querySelector('orderlens-order-panel')!;
const meta = document.querySelector<HTMLMetaElement>('meta[name="orderlens-allowed-origins"]');
const allowedOrigins = (meta?.content ?? '').split(/[\s,]+/).filter(Boolean);
const { connectPostMessageBridge } = await loadPostMessageBridge();
connectPostMessageBridge(panel, { allowedOrigins });
