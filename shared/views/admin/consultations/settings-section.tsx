import type { Locale } from '../../../i18n/locales.ts';
import { CheckboxGroup, type Choice, SelectInput } from '../components.tsx';
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
      {participationSettings(form)}
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

const VERIFICATION_CHOICES: readonly Choice[] = [
  { value: '', label: 'No check: anyone can answer, as often as they like' },
  { value: 'email', label: 'Email: each answer counts once its sender confirms it from a mailed link' },
  { value: 'code', label: 'A code from a letter: each code allows one answer' },
];

const ONE_PER_PERSON_CHOICES: readonly Choice[] = [
  { value: '', label: 'No: the same person may answer more than once' },
  { value: 'true', label: 'Yes: one answer per person' },
];

const CHANGE_VOTE_CHOICES: readonly Choice[] = [
  { value: '', label: 'Keep the first answer; a second one is refused' },
  { value: 'replace', label: 'The newer answer replaces the first one' },
];

/**
 * Who may answer how often: the definition's `verification`, `onePerPerson` and `changeVote`. The
 * empty choice leaves the key out of the definition (the format's default), so saving the settings
 * of a consultation that never had them changes nothing.
 */
function participationSettings(form: DraftForm) {
  const verification = form.input('t', ['verification']);
  const onePerPerson = form.input('b', ['onePerPerson']);
  const changeVote = form.input('t', ['changeVote']);
  const withCurrent = (choices: readonly Choice[], value: unknown): readonly Choice[] => {
    const text = value === undefined ? '' : String(value);
    return choices.some((choice) => choice.value === text)
      ? choices
      : [...choices, { value: text, label: text }];
  };
  const oneValue = form.value(['onePerPerson']);
  return (
    <Group id="f-participation" legend="Who may answer, and how often">
      <SelectInput
        id={verification.id}
        name={verification.name}
        label="How do people prove who they are?"
        hint="Email needs a required email field in the form. With codes, generate them on the consultation’s “Participation codes” page and send one per letter; every code is good for one answer."
        options={withCurrent(VERIFICATION_CHOICES, form.value(['verification']))}
        value={verification.value}
        error={verification.error}
      />
      <SelectInput
        id={onePerPerson.id}
        name={onePerPerson.name}
        label="One answer per person"
        hint="Needs email or a code, otherwise nobody can tell two people apart. With codes it is always so."
        options={withCurrent(ONE_PER_PERSON_CHOICES, oneValue)}
        value={oneValue === undefined ? '' : String(oneValue)}
        error={onePerPerson.error}
      />
      <SelectInput
        id={changeVote.id}
        name={changeVote.name}
        label="When the same person answers again"
        hint="Only with one answer per person. “Replaces” moves the counts to the newer answer."
        options={withCurrent(CHANGE_VOTE_CHOICES, form.value(['changeVote']))}
        value={changeVote.value}
        error={changeVote.error}
      />
    </Group>
  );
}
