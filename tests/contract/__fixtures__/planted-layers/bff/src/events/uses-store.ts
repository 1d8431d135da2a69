// Planted cycle: events/ → store/ is allowed, but store/ imports this file back.
import { stored } from '../store/uses-events.js';

export const kind = 'event';
export const both = (): string => stored();
