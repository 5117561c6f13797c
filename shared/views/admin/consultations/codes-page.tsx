import type { RenderedPage } from '../../document.tsx';
import { ActionButton, CsrfField, ErrorSummary, TextInput } from '../components.tsx';
import { type AdminChrome, renderAdminPage } from '../layout.tsx';
import { StaffTime } from '../staff-time.tsx';
import { consultationPath } from './paths.ts';

/** One batch as the codes page lists it. */
export interface CodeBatchRow {
  batchId: string;
  createdAt: string;
  createdBy: string;
  count: number;
  used: number;
  voided: number;
  complete: boolean;
  voidedAt?: string | undefined;
}

export interface CodesPageInput {
  chrome: AdminChrome;
  id: string;
  title: string;
  /** Whether the consultation (its draft) asks for codes; generating is possible either way. */
  asksForCodes: boolean;
  canEdit: boolean;
  batches: readonly CodeBatchRow[];
  /** The codes just generated: shown on this one page only, never stored in clear. */
  generated?: { batchId: string; codes: readonly string[]; csv: string } | undefined;
  generateForm?: { value: string; error?: string | undefined } | undefined;
  voidForm?: { value: string; error?: string | undefined } | undefined;
  /** A sentence about what the last action did. */
  notice?: string | undefined;
}

/** The path of the codes page of a consultation. */
export function codesPath(id: string, suffix = ''): string {
  return consultationPath(id, `/codes${suffix}`);
}

/**
 * The participation codes of a consultation: per batch how many were generated, used and voided;
 * generating a batch (its codes shown once, with a CSV for a mail merge) and voiding.
 */
export function renderCodesPage(input: CodesPageInput): RenderedPage {
  const { chrome, id, generated } = input;
  const token = chrome.csrfToken ?? '';
  const issues = [
    ...(input.generateForm?.error ? [{ href: '#codes-count', message: input.generateForm.error }] : []),
    ...(input.voidForm?.error ? [{ href: '#void-code', message: input.voidForm.error }] : []),
  ];
  return renderAdminPage({
    title: `${issues.length > 0 ? 'Error: ' : ''}Participation codes – ${input.title}`,
    chrome,
    children: (
      <>
        <ErrorSummary issues={issues} />
        <h1>Participation codes</h1>
        <p>
          Each code lets one person answer once. Codes are printed in letters; the form asks for the code and
          refuses one that was used or voided.
        </p>
        {!input.asksForCodes && (
          <p class="notice" role="note">
            This consultation does not ask for a code yet. Set “How do people prove who they are?” to “A code
            from a letter” in its <a href={consultationPath(id, '/edit/settings')}>settings</a> and publish.
          </p>
        )}
        {input.notice && (
          <p class="notice" role="status">
            {input.notice}
          </p>
        )}
        {generated && <GeneratedCodes id={id} generated={generated} />}
        <BatchTable {...input} token={token} />
        {input.canEdit && (
          <>
            <section aria-labelledby="generate-title">
              <h2 id="generate-title">Generate codes</h2>
              <form method="post" action={codesPath(id)}>
                <CsrfField token={token} />
                <TextInput
                  id="codes-count"
                  name="count"
                  label="How many codes"
                  hint="Up to 10,000 at a time, one per letter. The codes are shown only once, right after generating: download the CSV then."
                  type="number"
                  value={input.generateForm?.value ?? ''}
                  error={input.generateForm?.error}
                  required
                />
                <ActionButton name="deliver" value="page">
                  Generate and show
                </ActionButton>{' '}
                <ActionButton name="deliver" value="csv" variant="secondary">
                  Generate and download CSV
                </ActionButton>
              </form>
            </section>
            <section aria-labelledby="void-title">
              <h2 id="void-title">Void one code</h2>
              <form method="post" action={codesPath(id, '/void')}>
                <CsrfField token={token} />
                <TextInput
                  id="void-code"
                  name="code"
                  label="Code"
                  hint="For a lost or misdelivered letter. Type the code as printed; case, spaces and dashes do not matter. A used code cannot be voided."
                  value={input.voidForm?.value ?? ''}
                  error={input.voidForm?.error}
                  autocomplete="off"
                />
                <ActionButton variant="danger">Void this code</ActionButton>
              </form>
            </section>
          </>
        )}
        <p>
          <a href={consultationPath(id)}>Back to the consultation</a>
        </p>
      </>
    ),
  });
}

function GeneratedCodes({
  id,
  generated,
}: {
  id: string;
  generated: NonNullable<CodesPageInput['generated']>;
}) {
  const href = `data:text/csv;charset=utf-8;base64,${Buffer.from(generated.csv, 'utf8').toString('base64')}`;
  return (
    <section aria-labelledby="generated-title">
      <h2 id="generated-title">
        {generated.codes.length} new {generated.codes.length === 1 ? 'code' : 'codes'}
      </h2>
      <p>
        <strong>These codes are shown only now.</strong> They are stored only in a form nobody can read back:
        download the CSV for the mail merge before you leave this page.
      </p>
      <p>
        <a class="button" href={href} download={`codes-${id}-${generated.batchId}.csv`}>
          Download the CSV
        </a>
      </p>
      <ol class="codes-list" aria-label="The new codes">
        {generated.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}

function BatchTable(input: CodesPageInput & { token: string }) {
  if (input.batches.length === 0) return <p>No codes generated yet.</p>;
  return (
    <table class="table">
      <caption>Batches</caption>
      <thead>
        <tr>
          <th scope="col">Batch</th>
          <th scope="col">Generated</th>
          <th scope="col">Used</th>
          <th scope="col">Voided</th>
          <th scope="col">Unused</th>
          {input.canEdit && <th scope="col">Action</th>}
        </tr>
      </thead>
      <tbody>
        {input.batches.map((batch) => {
          const unused = Math.max(0, batch.count - batch.used - batch.voided);
          return (
            <tr key={batch.batchId}>
              <td>
                <StaffTime iso={batch.createdAt} /> by {batch.createdBy}
                <br />
                <span class="hint">{batch.batchId}</span>
                {!batch.complete && (
                  <span class="hint"> (generation failed: its codes were never shown)</span>
                )}
              </td>
              <td>{batch.count}</td>
              <td>{batch.used}</td>
              <td>{batch.voided}</td>
              <td>{unused}</td>
              {input.canEdit && (
                <td>
                  {unused > 0 || !batch.complete ? (
                    <form method="post" action={codesPath(input.id, '/void')}>
                      <CsrfField token={input.token} />
                      <input type="hidden" name="batch" value={batch.batchId} />
                      <ActionButton variant="danger">Void the {unused} unused codes</ActionButton>
                    </form>
                  ) : (
                    '–'
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
