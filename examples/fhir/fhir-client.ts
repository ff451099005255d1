// The SMART project's fhirclient for the examples' pages. Its package is CommonJS; its browser build
// is a script that sets window.FHIR, loaded here as a module for its effect, with the package's types.
import 'fhirclient/build/fhir-client.pure.js';
import type Client from 'fhirclient/lib/Client';
import type { fhirclient } from 'fhirclient/lib/types';

export type FhirClient = Client;
export type { fhirclient };

export const FHIR = (window as unknown as { FHIR: { oauth2: fhirclient.SMART; client(state: fhirclient.ClientState | string): Client } }).FHIR;
