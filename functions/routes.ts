/**
 * Every Lambda function and the HTTP routes it serves: the one list the CDK stack and the local
 * platform both read, so the two can never disagree.
 */
export const FUNCTIONS = {
  home: { entry: 'functions/home/handler.ts', kind: 'http', description: 'Lists open consultations' },
  form: { entry: 'functions/form/handler.ts', kind: 'http', description: 'Renders a consultation form' },
  submit: {
    entry: 'functions/submit/handler.ts',
    kind: 'http',
    description: 'Validates and stores a submission',
  },
  confirmation: {
    entry: 'functions/confirmation/handler.ts',
    kind: 'http',
    description: 'Shows the confirmation of a submission',
  },
  results: {
    entry: 'functions/results/handler.ts',
    kind: 'http',
    description: 'Shows the public results of a consultation',
  },
  legal: {
    entry: 'functions/legal/handler.ts',
    kind: 'http',
    description: 'Shows the Impressum, privacy notices, accessibility statement and contact page',
  },
  review: {
    entry: 'functions/review/handler.ts',
    kind: 'http',
    description: 'Shows an approver a submission and the decision form',
  },
  decide: {
    entry: 'functions/decide/handler.ts',
    kind: 'http',
    description: 'Records an approver decision from a signed link',
  },
  renewLink: {
    entry: 'functions/renew-link/handler.ts',
    kind: 'http',
    description: 'Emails a fresh decision link for an expired one',
  },
  status: {
    entry: 'functions/status/handler.ts',
    kind: 'http',
    description: 'Shows a submitter the status of their submission',
  },
  resubmit: {
    entry: 'functions/resubmit/handler.ts',
    kind: 'http',
    description: 'Stores a revised submission that was sent back',
  },
  erase: {
    entry: 'functions/erase/handler.ts',
    kind: 'http',
    description: "Erases a submitter's personal data at their request, from the status page",
  },
  confirmLink: {
    entry: 'functions/confirm-link/handler.ts',
    kind: 'http',
    description: 'Shows the emailed confirmation link of a pending answer',
  },
  confirmAnswer: {
    entry: 'functions/confirm-answer/handler.ts',
    kind: 'http',
    description: 'Confirms a pending answer from its signed link',
  },
  adminSignIn: {
    entry: 'functions/admin-sign-in/handler.ts',
    kind: 'http',
    description: 'Staff sign-in by emailed one-time link, and sign-out',
  },
  adminConsultations: {
    entry: 'functions/admin-consultations/handler.ts',
    kind: 'http',
    description: 'Staff create, edit, preview, publish, close and export consultations',
  },
  adminSubmissions: {
    entry: 'functions/admin-submissions/handler.ts',
    kind: 'http',
    description: 'Staff read the submissions inbox of a consultation',
  },
  adminStaff: {
    entry: 'functions/admin-staff/handler.ts',
    kind: 'http',
    description: 'Admins manage staff members and their roles',
  },
  mailer: {
    entry: 'functions/mailer/handler.ts',
    kind: 'stream',
    description: 'Sends emails for new table items',
  },
  reminders: {
    entry: 'functions/reminders/handler.ts',
    kind: 'schedule',
    description: 'Reminds approvers of decisions pending too long',
  },
} as const satisfies Record<
  string,
  { entry: string; kind: 'http' | 'stream' | 'schedule'; description: string }
>;

export type FunctionName = keyof typeof FUNCTIONS;

/** HTTP routes in API Gateway syntax (`{name}` is a path parameter). */
export const ROUTES = [
  { method: 'GET', path: '/', fn: 'home' },
  { method: 'GET', path: '/c/{slug}', fn: 'form' },
  { method: 'POST', path: '/c/{slug}', fn: 'submit' },
  { method: 'GET', path: '/c/{slug}/s/{submissionId}', fn: 'confirmation' },
  { method: 'GET', path: '/c/{slug}/results', fn: 'results' },
  // The footer of every resident page: legal pages from forms/site/settings.yaml.
  { method: 'GET', path: '/impressum', fn: 'legal' },
  { method: 'GET', path: '/datenschutz', fn: 'legal' },
  { method: 'GET', path: '/barrierefreiheit', fn: 'legal' },
  { method: 'GET', path: '/kontakt', fn: 'legal' },
  { method: 'GET', path: '/c/{slug}/datenschutz', fn: 'legal' },
  // Approvers: the emailed link opens the review page; only a POST of its form decides.
  { method: 'GET', path: '/r/{token}', fn: 'review' },
  { method: 'POST', path: '/r/{token}', fn: 'decide' },
  { method: 'POST', path: '/r/{token}/renew', fn: 'renewLink' },
  // Submitters: the private status link; when sent back, its page holds the form to revise.
  { method: 'GET', path: '/s/{token}', fn: 'status' },
  { method: 'POST', path: '/s/{token}', fn: 'resubmit' },
  // Erasure on request: the status page's button shows what goes and what stays; its POST erases.
  { method: 'POST', path: '/s/{token}/erase', fn: 'erase' },
  // Residents confirming an answer (verification: email): GET shows a button, only its POST confirms.
  { method: 'GET', path: '/v/{token}', fn: 'confirmLink' },
  { method: 'POST', path: '/v/{token}', fn: 'confirmAnswer' },
  // Staff. GET never signs in (mail scanners open links): the link's page holds a button that POSTs.
  { method: 'GET', path: '/admin', fn: 'adminSignIn' },
  { method: 'POST', path: '/admin/sign-in', fn: 'adminSignIn' },
  { method: 'GET', path: '/admin/sign-in/{token}', fn: 'adminSignIn' },
  { method: 'POST', path: '/admin/sign-in/{token}', fn: 'adminSignIn' },
  { method: 'POST', path: '/admin/sign-out', fn: 'adminSignIn' },
  { method: 'GET', path: '/admin/consultations', fn: 'adminConsultations' },
  { method: 'POST', path: '/admin/consultations', fn: 'adminConsultations' },
  { method: 'GET', path: '/admin/consultations/new', fn: 'adminConsultations' },
  { method: 'GET', path: '/admin/consultations/{id}', fn: 'adminConsultations' },
  { method: 'GET', path: '/admin/consultations/{id}/edit/{section}', fn: 'adminConsultations' },
  { method: 'POST', path: '/admin/consultations/{id}/edit/{section}', fn: 'adminConsultations' },
  { method: 'GET', path: '/admin/consultations/{id}/preview', fn: 'adminConsultations' },
  { method: 'POST', path: '/admin/consultations/{id}/publish', fn: 'adminConsultations' },
  { method: 'POST', path: '/admin/consultations/{id}/discard', fn: 'adminConsultations' },
  { method: 'POST', path: '/admin/consultations/{id}/close', fn: 'adminConsultations' },
  { method: 'POST', path: '/admin/consultations/{id}/reopen', fn: 'adminConsultations' },
  { method: 'POST', path: '/admin/consultations/{id}/department', fn: 'adminConsultations' },
  { method: 'GET', path: '/admin/consultations/{id}/export', fn: 'adminConsultations' },
  { method: 'GET', path: '/admin/consultations/{id}/codes', fn: 'adminConsultations' },
  { method: 'POST', path: '/admin/consultations/{id}/codes', fn: 'adminConsultations' },
  { method: 'POST', path: '/admin/consultations/{id}/codes/void', fn: 'adminConsultations' },
  { method: 'GET', path: '/admin/consultations/{id}/submissions', fn: 'adminSubmissions' },
  { method: 'GET', path: '/admin/consultations/{id}/submissions/{submissionId}', fn: 'adminSubmissions' },
  { method: 'GET', path: '/admin/staff', fn: 'adminStaff' },
  { method: 'POST', path: '/admin/staff', fn: 'adminStaff' },
  { method: 'POST', path: '/admin/staff/remove', fn: 'adminStaff' },
] as const satisfies readonly { method: 'GET' | 'POST'; path: string; fn: FunctionName }[];
