/** What a log line says about an error: enough to find the bug, with email addresses blanked out. */
export interface ErrorDetails {
  name: string;
  message: string;
  stack?: string | undefined;
}

// Service errors can quote what they were given (SES names rejected recipients); logs keep no addresses.
const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const redact = (text: string): string => text.replace(EMAIL_ADDRESS, '[address]');

/** The loggable part of anything thrown. */
export function errorDetails(error: unknown): ErrorDetails {
  if (error instanceof Error) {
    return { name: error.name, message: redact(error.message), stack: error.stack && redact(error.stack) };
  }
  return { name: 'NonError', message: redact(String(error)) };
}

/** Writes one structured JSON line at level ERROR, the shape CloudWatch Logs Insights queries. */
export function logError(message: string, fields: Record<string, unknown>, error: unknown): void {
  console.error(JSON.stringify({ level: 'ERROR', message, ...fields, error: errorDetails(error) }));
}
