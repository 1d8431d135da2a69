import { z } from 'zod';

const text = z.string().trim().min(1);
/** Zendesk custom field ids are large integers; YAML and JSON may give them as numbers or strings. */
const fieldId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const threshold = z.number().positive().max(100_000);
const amount = z.string().regex(/^\d{1,12}(\.\d{1,4})?$/, 'must be a decimal amount such as "250.00"');

/** A secret as written in the file: a literal, `${NAME}`, or `${NAME:-embedded fallback}`. */
const secret = text;

/**
 * The shape of the tenants file (YAML or JSON). Unknown keys are refused, so a misspelt field is a
 * start-up error rather than a silently ignored setting.
 */
export const tenantsFileSchema = z
  .object({
    tenants: z
      .array(
        z
          .object({
            id: z
              .string()
              .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes'),
            name: text,
            erp: z.object({ company: text }).strict(),
            wms: z.object({ account: text }).strict(),
            helpdesk: z
              .object({
                subdomain: z
                  .string()
                  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i, 'must be a plain subdomain label'),
                orderNumberFieldId: fieldId,
                customerNumberFieldId: fieldId.optional(),
              })
              .strict(),
            webhookSecrets: z
              .object({
                wms: secret,
                easypost: secret,
                aftership: secret,
                zendesk: secret,
                cloudevents: secret,
              })
              .strict(),
            currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
            locale: z
              .string()
              .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as de-DE'),
            rules: z
              .object({
                releaseHours: threshold,
                firstScanHours: threshold,
                creditHours: threshold,
                driftMinutes: threshold,
              })
              .partial()
              .strict()
              .optional(),
            limits: z
              .object({ maxRefund: z.record(z.enum(['viewer', 'agent', 'lead', 'supervisor']), amount) })
              .partial()
              .strict()
              .optional(),
          })
          .strict(),
      )
      .min(1, 'must list at least one tenant'),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.tenants.forEach((t, i) => {
      if (seen.has(t.id))
        ctx.addIssue({ code: 'custom', path: ['tenants', i, 'id'], message: `"${t.id}" is listed twice` });
      seen.add(t.id);
    });
  });

export type TenantsFile = z.infer<typeof tenantsFileSchema>;
