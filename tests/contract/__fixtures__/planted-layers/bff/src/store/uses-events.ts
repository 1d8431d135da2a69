// Planted wrong-way import and cycle: store/ must not depend on events/.
import { kind } from '../events/uses-store.js';

export const stored = (): string => kind;
