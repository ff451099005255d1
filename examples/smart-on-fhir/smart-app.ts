// What the Fitline SMART app asks of an EHR, in one place for the launch and the app.
/** The app's client id, as the EHR registered it. */
export const CLIENT_ID = 'fitline-smart-example';

/** Read the patient's responses and totals; create the new ones (a save creates both, in one transaction). */
export const RESOURCE_SCOPES = ['patient/QuestionnaireResponse.rs', 'patient/QuestionnaireResponse.c', 'patient/Observation.rs', 'patient/Observation.c'];

/** The scopes a save uses. */
export const SAVE_SCOPES = ['patient/QuestionnaireResponse.c', 'patient/Observation.c'];
