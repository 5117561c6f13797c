import * as z from 'zod';
import { localizedSchema } from '../definition/schema.ts';

/*
 * The deployment's own facts for the legal pages every resident page links to (Impressum § 5 DDG,
 * privacy notice Art. 13 GDPR, accessibility statement BITV 2.0 / NBGG): one file,
 * forms/site/settings.yaml, checked by `npm run forms:check` and published with the forms.
 */

const line = z.string().trim().min(1, 'must not be empty');
const address = z
  .array(line)
  .min(1, 'needs at least one line')
  .meta({ description: 'Postal address, one line per entry.' });
/** A text in German and any other languages; pages in a language without it show the German one, marked as German. */
const germanFirst = localizedSchema.refine((text) => text.de !== undefined, 'needs the German text ("de")');
const isoDate = z.iso.date('must be a date like 2026-05-31');

const contactSchema = z
  .object({
    name: line,
    address: address.optional(),
    email: z.email('must be an email address').optional(),
    phone: line.optional(),
    url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
  })
  .strict();

export const siteSettingsSchema = z
  .object({
    operator: z
      .object({
        name: line.meta({ description: 'The body that runs the site, e.g. "Landeshauptstadt Hannover".' }),
        unit: line
          .optional()
          .meta({ description: 'The department in charge, e.g. "Sachgebiet Integration".' }),
        legalForm: germanFirst.meta({ description: 'e.g. { de: "Körperschaft des öffentlichen Rechts" }.' }),
        representedBy: line.meta({ description: 'Who represents the body, e.g. "Oberbürgermeister …".' }),
        address,
        email: z.email('must be an email address'),
        phone: line,
        vatId: line.optional(),
        supervisoryAuthority: line
          .optional()
          .meta({ description: 'The authority that supervises the body.' }),
      })
      .strict(),
    contentResponsible: contactSchema.meta({
      description: 'Responsible for the content (§ 18 Abs. 2 MStV): name and address.',
    }),
    privacy: z
      .object({
        officer: contactSchema.meta({ description: 'The data protection officer.' }),
        authority: contactSchema.meta({
          description: 'The data protection supervisory authority residents may complain to.',
        }),
        legalBasis: germanFirst.meta({
          description:
            'Legal basis of the processing, e.g. "Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 3 NDSG".',
        }),
        hosting: z
          .object({
            provider: line.meta({ description: 'The processor, e.g. "Amazon Web Services EMEA SARL".' }),
            region: line.meta({ description: 'The AWS region, e.g. "eu-central-1".' }),
            location: germanFirst.meta({
              description: 'Where the region is, e.g. { de: "Frankfurt am Main" }.',
            }),
          })
          .strict(),
      })
      .strict(),
    accessibility: z
      .object({
        status: z.enum(['full', 'partial', 'none']).meta({
          description: 'Conformity with BITV 2.0: "full", "partial" or "none".',
        }),
        knownBarriers: z
          .array(germanFirst)
          .default([])
          .meta({ description: 'Parts that are not yet accessible, and why.' }),
        preparedOn: isoDate.meta({ description: 'When the statement was prepared.' }),
        reviewedOn: isoDate.meta({ description: 'When it was last reviewed.' }),
        method: germanFirst.meta({
          description: 'How conformity was assessed, e.g. { de: "Selbstbewertung" }.',
        }),
        feedback: contactSchema.meta({ description: 'Where residents report barriers.' }),
        enforcement: contactSchema.meta({
          description: 'The Schlichtungsstelle (conciliation body) under the NBGG.',
        }),
      })
      .strict(),
  })
  .strict();

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type SiteContact = z.infer<typeof contactSchema>;
