import { baseStyles } from '../order-panel/styles/base.styles.js';
import { themeStyles } from '../order-panel/styles/theme.styles.js';
import { exceptionStyles } from '../shared/exception.styles.js';
import { filtersStyles } from './styles/filters.styles.js';
import { inboxStyles } from './styles/inbox.styles.js';
import { rowsStyles } from './styles/rows.styles.js';
import { statesStyles } from './styles/states.styles.js';

/** The inbox: the order panel's tokens and badges, with its own rows, filters and actions. */
export const exceptionInboxStyles = [
  themeStyles,
  baseStyles,
  exceptionStyles,
  inboxStyles,
  filtersStyles,
  rowsStyles,
  statesStyles,
];
