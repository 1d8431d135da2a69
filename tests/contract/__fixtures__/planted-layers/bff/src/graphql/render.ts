/** A graphql module, for the layering test's planted tree. */
export const render = (value: string): string => `<${value}>`;
