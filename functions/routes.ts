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
  mailer: {
    entry: 'functions/mailer/handler.ts',
    kind: 'stream',
    description: 'Sends emails for new table items',
  },
} as const satisfies Record<string, { entry: string; kind: 'http' | 'stream'; description: string }>;

export type FunctionName = keyof typeof FUNCTIONS;

/** HTTP routes in API Gateway syntax (`{name}` is a path parameter). */
export const ROUTES = [
  { method: 'GET', path: '/', fn: 'home' },
  { method: 'GET', path: '/c/{slug}', fn: 'form' },
  { method: 'POST', path: '/c/{slug}', fn: 'submit' },
  { method: 'GET', path: '/c/{slug}/s/{submissionId}', fn: 'confirmation' },
] as const satisfies readonly { method: 'GET' | 'POST'; path: string; fn: FunctionName }[];
