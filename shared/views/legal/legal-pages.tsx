import type { Consultation, Localized } from '../../definition/schema.ts';
import { formatDate, formatList, formatNumber } from '../../i18n/format.ts';
import { type LegalMessages, legalMessagesFor } from '../../i18n/legal/index.ts';
import { directionOf, LOCALES, type Locale } from '../../i18n/locales.ts';
import type { SiteContact, SiteSettings } from '../../site/schema.ts';
import type { ConsultationSummary } from '../../storage/types.ts';
import { type RenderedPage, renderPage } from '../document.tsx';
import { langIfDifferent, pageLocale, textIn, textWithLanguage } from '../localized.ts';

/** A German-first site text in the page's language, marked with its own language when it falls back. */
function SiteText({
  text,
  locale,
  as = 'span',
}: {
  text: Localized;
  locale: Locale;
  as?: 'span' | 'p' | 'li';
}) {
  const shown = textWithLanguage(text, locale, 'de');
  const lang = langIfDifferent(shown.lang, locale);
  const Tag = as;
  return (
    <Tag lang={lang} dir={lang === undefined ? undefined : directionOf(shown.lang)}>
      {shown.text}
    </Tag>
  );
}

/** Names, addresses and numbers are German proper names: isolated so they keep their order in RTL pages. */
function Contact({ contact, l, locale }: { contact: SiteContact; l: LegalMessages; locale: Locale }) {
  const german = langIfDifferent('de', locale);
  return (
    <address class="legal__address">
      <bdi lang={german}>{contact.name}</bdi>
      {(contact.address ?? []).map((line) => (
        <span key={line}>
          <br />
          <bdi lang={german}>{line}</bdi>
        </span>
      ))}
      {contact.phone ? (
        <>
          <br />
          {l.phone}:{' '}
          <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
            {contact.phone}
          </a>
        </>
      ) : null}
      {contact.email ? (
        <>
          <br />
          {l.email}:{' '}
          <a href={`mailto:${contact.email}`} dir="ltr">
            {contact.email}
          </a>
        </>
      ) : null}
      {contact.url ? (
        <>
          <br />
          {l.web}:{' '}
          <a href={contact.url} dir="ltr">
            {contact.url}
          </a>
        </>
      ) : null}
    </address>
  );
}

/** The operator as a contact: its name with the unit in charge, address, phone and email. */
function operatorContact(operator: SiteSettings['operator']): SiteContact {
  const { name, unit, address, phone, email } = operator;
  return { name: unit ? `${name}, ${unit}` : name, address, phone, email };
}

interface SitePageInput {
  locale: Locale;
  site: SiteSettings;
}

/** Impressum (§ 5 DDG, § 18 Abs. 2 MStV): who offers the site, who represents it, how to reach it. */
export function renderImpressumPage({ locale, site }: SitePageInput): RenderedPage {
  const l = legalMessagesFor(locale);
  const { operator } = site;
  return renderPage({
    locale,
    title: l.impressum.title,
    languages: LOCALES,
    children: (
      <>
        <h1>{l.impressum.title}</h1>
        <h2>{l.impressum.provider}</h2>
        <Contact contact={operatorContact(operator)} l={l} locale={locale} />
        <dl class="legal__facts">
          <dt>{l.impressum.legalForm}</dt>
          <dd>
            <SiteText text={operator.legalForm} locale={locale} />
          </dd>
          <dt>{l.impressum.representedBy}</dt>
          <dd>
            <bdi>{operator.representedBy}</bdi>
          </dd>
          {operator.vatId ? (
            <>
              <dt>{l.impressum.vatId}</dt>
              <dd dir="ltr">{operator.vatId}</dd>
            </>
          ) : null}
          {operator.supervisoryAuthority ? (
            <>
              <dt>{l.impressum.supervisoryAuthority}</dt>
              <dd>
                <bdi>{operator.supervisoryAuthority}</bdi>
              </dd>
            </>
          ) : null}
        </dl>
        <h2>{l.impressum.contentResponsible}</h2>
        <Contact contact={site.contentResponsible} l={l} locale={locale} />
        <p>{l.impressum.software}</p>
      </>
    ),
  });
}

/** The site's privacy notice (Art. 13 GDPR) and the links to each consultation's own notice. */
export function renderPrivacyPage({
  locale,
  site,
  consultations,
}: SitePageInput & { consultations: readonly ConsultationSummary[] }): RenderedPage {
  const l = legalMessagesFor(locale);
  const { privacy, operator } = site;
  return renderPage({
    locale,
    title: l.privacy.title,
    languages: LOCALES,
    children: (
      <>
        <h1>{l.privacy.title}</h1>
        <p class="lead">{l.privacy.intro({ operator: operator.name })}</p>
        <h2>{l.privacy.controller}</h2>
        <Contact
          contact={{
            name: operator.name,
            address: operator.address,
            email: operator.email,
            phone: operator.phone,
          }}
          l={l}
          locale={locale}
        />
        <h2>{l.privacy.officer}</h2>
        <Contact contact={privacy.officer} l={l} locale={locale} />
        <h2>{l.privacy.visits}</h2>
        <p>{l.privacy.visitsText}</p>
        <p>{l.privacy.noTracking}</p>
        <h2>{l.privacy.legalBasis}</h2>
        <SiteText text={privacy.legalBasis} locale={locale} as="p" />
        <Processor site={site} l={l} locale={locale} />
        <h2>{l.privacy.consultations}</h2>
        <p>{l.privacy.consultationsText}</p>
        <ul>
          {consultations.map((c) => {
            const linkLocale = c.languages.includes(locale) ? locale : c.defaultLanguage;
            const title = textWithLanguage(c.title, locale, c.defaultLanguage);
            const lang = langIfDifferent(title.lang, locale);
            return (
              <li key={c.id}>
                <a
                  href={`/c/${encodeURIComponent(c.slug)}/datenschutz?lang=${encodeURIComponent(linkLocale)}`}
                  lang={lang}
                  dir={lang === undefined ? undefined : directionOf(title.lang)}
                >
                  {title.text}
                </a>
              </li>
            );
          })}
        </ul>
        <Rights site={site} l={l} locale={locale} />
      </>
    ),
  });
}

function Processor({ site, l, locale }: { site: SiteSettings; l: LegalMessages; locale: Locale }) {
  const { hosting } = site.privacy;
  return (
    <>
      <h2>{l.privacy.processor}</h2>
      <p>
        {l.privacy.processorText({
          provider: hosting.provider,
          location: textWithLanguage(hosting.location, locale, 'de').text,
          region: hosting.region,
        })}
      </p>
    </>
  );
}

function Rights({ site, l, locale }: { site: SiteSettings; l: LegalMessages; locale: Locale }) {
  return (
    <>
      <h2>{l.privacy.rights}</h2>
      <ul>
        {l.privacy.rightsList.map((right) => (
          <li key={right}>{right}</li>
        ))}
      </ul>
      <p>{l.privacy.rightsHow}</p>
      <h2>{l.privacy.complaint}</h2>
      <p>{l.privacy.complaintText}</p>
      <Contact contact={site.privacy.authority} l={l} locale={locale} />
    </>
  );
}

/**
 * The privacy notice of one consultation, generated from its definition: purpose, which of its
 * questions are personal, email verification, who reviews proposals, retention in days, plus the
 * deployment's controller, processor, rights and supervisory authority.
 */
export function renderConsultationPrivacyPage({
  site,
  definition,
  ...input
}: SitePageInput & { definition: Consultation }): RenderedPage {
  const locale = pageLocale(definition, input.locale);
  const l = legalMessagesFor(locale);
  const title = textIn(definition.title, locale);
  const personal = definition.fields.filter((field) => 'personal' in field && field.personal);
  const stages = definition.workflow?.stages.map((stage) => textIn(stage.name, locale)) ?? [];
  const heading = l.consultationPrivacy.title({ title });
  return renderPage({
    locale,
    title: heading,
    languages: definition.languages,
    children: (
      <>
        <h1>{heading}</h1>
        <p class="lead">{l.consultationPrivacy.purpose({ title })}</p>
        <h2>{l.privacy.controller}</h2>
        <Contact
          contact={{ name: site.operator.name, address: site.operator.address, email: site.operator.email }}
          l={l}
          locale={locale}
        />
        <p>
          {l.consultationPrivacy.questions({
            name: textIn(definition.contact.name, locale),
            email: definition.contact.email,
          })}
        </p>
        <h2>{l.consultationPrivacy.personal}</h2>
        {personal.length === 0 ? (
          <p>{l.consultationPrivacy.personalNone}</p>
        ) : (
          <ul id="personal-fields">
            {personal.map((field) => (
              <li key={field.id}>{'label' in field ? textIn(field.label, locale) : field.id}</li>
            ))}
          </ul>
        )}
        {definition.verification === 'email' ? <p>{l.consultationPrivacy.emailCheck}</p> : null}
        {stages.length ? (
          <p>{l.consultationPrivacy.workflow({ stages: formatList(locale, stages, 'conjunction') })}</p>
        ) : null}
        <p>{l.consultationPrivacy.others}</p>
        <p id="retention">
          {l.consultationPrivacy.retention({ days: formatNumber(locale, definition.retentionDays) })}
        </p>
        <h2>{l.privacy.legalBasis}</h2>
        <SiteText text={site.privacy.legalBasis} locale={locale} as="p" />
        <Processor site={site} l={l} locale={locale} />
        <Rights site={site} l={l} locale={locale} />
        <p>
          <a href={`/datenschutz?lang=${encodeURIComponent(locale)}`}>{l.consultationPrivacy.general}</a>
        </p>
      </>
    ),
  });
}

/** The accessibility statement after the BITV 2.0 model: status, known barriers, date, feedback, Schlichtungsstelle. */
export function renderAccessibilityPage({ locale, site }: SitePageInput): RenderedPage {
  const l = legalMessagesFor(locale);
  const a = site.accessibility;
  return renderPage({
    locale,
    title: l.accessibility.title,
    languages: LOCALES,
    children: (
      <>
        <h1>{l.accessibility.title}</h1>
        <p class="lead">{l.accessibility.intro({ operator: site.operator.name })}</p>
        <h2>{l.accessibility.status}</h2>
        <p id="conformity">{l.accessibility.statusText[a.status]}</p>
        <h2>{l.accessibility.barriers}</h2>
        {a.knownBarriers.length === 0 ? (
          <p>{l.accessibility.noBarriers}</p>
        ) : (
          <ul id="known-barriers">
            {a.knownBarriers.map((barrier) => (
              // The item keeps the page's direction (its marker stays inside the list); the text carries its own.
              <li key={barrier.de}>
                <SiteText text={barrier} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <h2>{l.accessibility.prepared}</h2>
        <p>
          {l.accessibility.preparedText({
            prepared: formatDate(locale, a.preparedOn),
            reviewed: formatDate(locale, a.reviewedOn),
            method: textWithLanguage(a.method, locale, 'de').text,
          })}
        </p>
        <h2 id="feedback">{l.accessibility.feedback}</h2>
        <p>{l.accessibility.feedbackText}</p>
        <Contact contact={a.feedback} l={l} locale={locale} />
        <h2>{l.accessibility.enforcement}</h2>
        <p>{l.accessibility.enforcementText}</p>
        <Contact contact={a.enforcement} l={l} locale={locale} />
      </>
    ),
  });
}

/** How to reach the office that runs the platform; questions about one consultation go to its own contact. */
export function renderContactPage({ locale, site }: SitePageInput): RenderedPage {
  const l = legalMessagesFor(locale);
  const { operator } = site;
  return renderPage({
    locale,
    title: l.contact.title,
    languages: LOCALES,
    children: (
      <>
        <h1>{l.contact.title}</h1>
        <p>{l.contact.intro}</p>
        <Contact contact={operatorContact(operator)} l={l} locale={locale} />
        <p>{l.contact.perConsultation}</p>
        <p>
          <a href={`/barrierefreiheit?lang=${encodeURIComponent(locale)}#feedback`}>
            {l.accessibility.feedback}
          </a>
        </p>
      </>
    ),
  });
}
