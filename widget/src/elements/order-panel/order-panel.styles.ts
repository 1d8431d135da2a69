import { exceptionStyles } from '../shared/exception.styles.js';
import { baseStyles } from './styles/base.styles.js';
import { itemsStyles } from './styles/items.styles.js';
import { sectionsStyles } from './styles/sections.styles.js';
import { themeStyles } from './styles/theme.styles.js';

/**
 * Theming goes through `--orderlens-*` custom properties (set them on the element or any ancestor)
 * and `::part`; the host page's own styles cannot reach in otherwise. Private `--_*` variables
 * carry each value with its light or dark default.
 */
export const orderPanelStyles = [themeStyles, baseStyles, sectionsStyles, itemsStyles, exceptionStyles];
