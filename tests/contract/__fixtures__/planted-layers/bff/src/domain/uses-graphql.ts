// Planted wrong-way import: domain/ must not depend on graphql/.
import { render } from '../graphql/render.js';

export const label = (value: string): string => render(value);
