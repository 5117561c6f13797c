import type { Locale } from '../../../i18n/locales.ts';
import { CheckboxGroup, SelectInput } from '../components.tsx';
import type { DraftForm } from './draft-form.ts';
import { LANGUAGE_OPTIONS } from './format.ts';
import { Group, localizedInputs, textInput } from './section-parts.tsx';

const DATE_TIME_HINT =
  'Date, time and offset to UTC, e.g. 2026-05-01T00:00:00+02:00 (summer) or +01:00 (winter).';

/** The settings: web address, languages, dates, retention and contact. */
export function settingsSection(form: DraftForm, languages: readonly Locale[], id: string) {
  const languagesAt = form.at(['languages']);
  const defaultLanguage = form.input('t', ['defaultLanguage']);
  const contact = form.at(['contact']);
  return (
    <>
      <p>
        Technical id: <code>{id}</code> (never changes)
      </p>
      {textInput(form, 't', ['slug'], 'Web address (slug)', {
        hint: 'The public address is /c/<slug>: lowercase letters, digits and single hyphens.',
        required: true,
      })}
      <CheckboxGroup
        id={languagesAt.id}
        legend="Languages"
        name="l:languages"
        options={LANGUAGE_OPTIONS}
        values={form.list(['languages'])}
        hint="Every text is needed in each language. Removing a language removes its texts when you save."
        error={languagesAt.error}
      />
      <SelectInput
        id={defaultLanguage.id}
        name={defaultLanguage.name}
        label="Default language"
        hint="Shown when a resident's browser asks for none of the languages."
        options={[{ value: '', label: 'Choose…' }, ...LANGUAGE_OPTIONS]}
        value={defaultLanguage.value}
        error={defaultLanguage.error}
      />
      {textInput(form, 't', ['opens'], 'Opens', { hint: DATE_TIME_HINT, required: true })}
      {textInput(form, 't', ['closes'], 'Closes', { hint: DATE_TIME_HINT, required: true })}
      {textInput(form, 'n', ['retentionDays'], 'Days personal data is kept', {
        hint: 'Personal answers are deleted this many days after they were sent (1 to 3650).',
        required: true,
      })}
      <Group id={contact.id} legend="Contact" error={contact.error}>
        {textInput(form, 't', ['contact', 'email'], 'Contact email', {
          type: 'email',
          hint: 'The department’s address; it receives the final outcome of workflows.',
          required: true,
        })}
        {localizedInputs(form, ['contact', 'name'], 'Contact name', languages)}
      </Group>
    </>
  );
}
