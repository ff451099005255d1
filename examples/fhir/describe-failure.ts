// Why a request (a save, a read) did not work, in words a clinician can act on: the network, the EHR's sign-in (401),
// a permission not granted (403, naming the scope), or the server's own OperationOutcome.

interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue?: { severity?: string; code?: string; diagnostics?: string; details?: { text?: string }; expression?: string[] }[];
}

/** What fhirclient throws for an answer that is not 2xx: the status, and the body appended to the message. */
interface HttpError extends Error {
  status: number;
  statusText?: string;
}

const isHttpError = (error: unknown): error is HttpError => error instanceof Error && error.name === 'HttpError' && typeof (error as HttpError).status === 'number';

/**
 * The OperationOutcome a server answered with, which fhirclient appends to the error's message as JSON
 * (after a blank line; on a 401 it adds a line of its own after it).
 */
export function outcomeOf(error: HttpError): OperationOutcome | null {
  const json = error.message.slice(error.message.indexOf('\n\n') + 2, error.message.lastIndexOf('}') + 1);
  try {
    const body = JSON.parse(json);
    return body?.resourceType === 'OperationOutcome' ? body : null;
  } catch {
    return null;
  }
}

/** An OperationOutcome's issues as sentences: the text of each, and where it applies. */
export function outcomeInWords(outcome: OperationOutcome): string {
  return (outcome.issue ?? [])
    .map((issue) => {
      const text = issue.diagnostics ?? issue.details?.text ?? issue.code ?? 'no details given';
      return issue.expression?.length ? `${text} (${issue.expression.join(', ')})` : text;
    })
    .join('; ');
}

/**
 * The reason a request failed, in words. `needed` are the scopes a save uses and `granted` those the EHR
 * gave, so a refusal can name the one missing.
 */
export function describeFailure(error: unknown, scopes: { needed: string[]; granted: string[] } = { needed: [], granted: [] }): string {
  if (!isHttpError(error)) {
    // fetch rejects with a TypeError, and only then, when no answer came at all.
    return error instanceof TypeError ? 'The FHIR server could not be reached (the network or the server is down).' : String((error as Error)?.message ?? error);
  }
  const outcome = outcomeOf(error);
  const said = outcome ? `: ${outcomeInWords(outcome)}` : '';
  if (error.status === 401) return `The EHR did not accept this app's sign-in (401 Unauthorized${said}). Open the app from the EHR again.`;
  if (error.status === 403) {
    const missing = scopes.needed.filter((scope) => !scopes.granted.includes(scope));
    const which = missing.length > 0 ? ` This app was not granted ${missing.join(' and ')}.` : '';
    return `The EHR does not allow this (403 Forbidden${said}).${which}`;
  }
  return `The FHIR server refused it (${error.status}${error.statusText ? ` ${error.statusText}` : ''}${said}).`;
}
