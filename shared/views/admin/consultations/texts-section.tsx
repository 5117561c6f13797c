import type { Locale } from '../../../i18n/locales.ts';
import type { DraftForm } from './draft-form.ts';
import { languageLabel } from './format.ts';
import { localizedInputs } from './section-parts.tsx';

/** The consultation's own texts, every language side by side, with how many translations each language lacks. */
export function textsSection(
  form: DraftForm,
  languages: readonly Locale[],
  missing: Readonly<Partial<Record<Locale, number>>>,
) {
  const incomplete = languages.filter((language) => (missing[language] ?? 0) > 0);
  return (
    <>
      <section class="notice" aria-labelledby="translations-title">
        <h2 id="translations-title">Translations</h2>
        {incomplete.length === 0 ? (
          <p>Every text of the consultation is there in each of its languages.</p>
        ) : (
          <ul>
            {languages.map((language) => (
              <li key={language}>
                {languageLabel(language)}:{' '}
                {(missing[language] ?? 0) === 0 ? 'complete' : `${missing[language]} missing`}
              </li>
            ))}
          </ul>
        )}
        <p>The counts cover every text of the consultation: these, the fields’ and the workflow’s.</p>
      </section>
      {localizedInputs(form, ['title'], 'Title', languages)}
      {localizedInputs(form, ['intro'], 'Introduction', languages, {
        multiline: true,
        rows: 6,
        hint: 'Shown above the form. An empty line starts a new paragraph.',
      })}
      {localizedInputs(form, ['thankYou'], 'Thank-you text', languages, {
        multiline: true,
        rows: 4,
        hint: 'Shown on the confirmation page and in the confirmation email.',
      })}
    </>
  );
}
