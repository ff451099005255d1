// A stand-in for the clinic's server, inside the page: `post(path, body)` answers like fetch would,
// and the clinician's side listens to it as an EventTarget. Everything stays in this page's memory;
// nothing goes over the network.
import type { Rating } from '@fitline/core';
import { fromQuestionnaireResponse } from '@fitline/core/fhir';
import type { QuestionnaireResponse } from '@fitline/core/fhir';

export interface RatingPost {
  rating: Rating;
  questionnaireResponse: QuestionnaireResponse;
}

/** One request as the server saw it: the path, the body as it arrived, and the status it answered. */
export interface ReceivedRequest {
  path: string;
  body: unknown;
  status: 201 | 400 | 404;
  /** The rating stored, read back from the QuestionnaireResponse (the record of truth); on 201 only. */
  rating?: Rating;
  error?: string;
}

/** What fetch resolves to, as far as the page uses it. */
export interface MockResponse {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

const reply = (status: number, body: unknown): MockResponse => ({ ok: status >= 200 && status < 300, status, json: async () => body });

/** Dispatches `request` (a CustomEvent whose detail is the ReceivedRequest) for every POST. */
export class MockClinicApi extends EventTarget {
  readonly requests: ReceivedRequest[] = [];

  async post(path: string, body: unknown): Promise<MockResponse> {
    // Through JSON text, as over a wire: the server gets plain data, never the sender's objects.
    const payload = JSON.parse(JSON.stringify(body)) as Partial<RatingPost>;
    const request: ReceivedRequest = { path, body: payload, status: 201 };
    if (path !== '/ratings') {
      Object.assign(request, { status: 404, error: `No such path: ${path}` });
    } else {
      try {
        request.rating = fromQuestionnaireResponse(payload.questionnaireResponse);
      } catch (error) {
        Object.assign(request, { status: 400, error: (error as Error).message });
      }
    }
    this.requests.push(request);
    this.dispatchEvent(new CustomEvent<ReceivedRequest>('request', { detail: request }));
    return reply(request.status, request.status === 201 ? { id: this.requests.length } : { error: request.error });
  }
}
