import { createContext } from '@lit/context';
import type { BffClient } from './bff-client.js';

/** The one BFF client of a widget tree, provided by the panel and consumed by its parts. */
export const bffClientContext = createContext<BffClient | undefined>(Symbol('orderlens-bff-client'));
