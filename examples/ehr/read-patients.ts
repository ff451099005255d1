// The Patients of a Bundle, for what the ratings do not carry: the client's age, which picks the
// cutoff of their age group. readBundle reads only the QuestionnaireResponses and passes over these.

/** Each Patient's birth date by id, for the Patients that give one. */
export function birthDates(bundle: unknown): Map<string, string> {
  const dates = new Map<string, string>();
  const entries = (bundle as { entry?: unknown }).entry;
  for (const entry of Array.isArray(entries) ? entries : []) {
    const resource = (entry as { resource?: { resourceType?: unknown; id?: unknown; birthDate?: unknown } } | null)?.resource;
    if (resource?.resourceType === 'Patient' && typeof resource.id === 'string' && typeof resource.birthDate === 'string') {
      dates.set(resource.id, resource.birthDate);
    }
  }
  return dates;
}

/** Age in whole years on `date` (both YYYY-MM-DD, or longer ISO strings). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years;
}
