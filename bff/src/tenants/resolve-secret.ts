const REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?\}$/s;

/**
 * Resolves a secret as the tenants file writes it: a literal, `${NAME}` (the variable must be set),
 * or `${NAME:-fallback}` (the fallback is taken only when `fallbacks` is on, i.e. on the embedded
 * simulators, so real upstreams never run on a demo secret). Returns the secret, or why not.
 *
 * @example resolveSecret('${WEBHOOK_SECRET_WMS_ACME:-demo}', process.env, { fallbacks: true })
 */
export function resolveSecret(
  written: string,
  variables: Readonly<Record<string, string | undefined>>,
  options: { fallbacks: boolean },
): { value: string } | { error: string } {
  const match = REFERENCE.exec(written);
  if (!match) return { value: written };
  const [, name, fallback] = match as unknown as [string, string, string | undefined];
  const set = variables[name];
  if (set !== undefined && set !== '') return { value: set };
  if (fallback !== undefined && fallback !== '' && options.fallbacks) return { value: fallback };
  return {
    error:
      fallback === undefined
        ? `references \${${name}}, which is not set`
        : `references \${${name}}, which is not set (its fallback applies only on the embedded simulators)`,
  };
}
