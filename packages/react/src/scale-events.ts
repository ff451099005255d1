/**
 * The scales' events as React props. The element's own `input` and `change` are listened to
 * directly, in place of React's synthetic ones, so a handler gets exactly what the element fires:
 * only user actions, never a programmatic set.
 */
import type { EventName } from '@lit/react';
import type { FitSubmitEvent } from '@fitline/elements';

export const scaleEvents = {
  /** The built-in submit button sent a completed rating: `e.detail.rating`. Once per rating. */
  onFitSubmit: 'fit-submit' as EventName<FitSubmitEvent>,
  /** A mark moves (pointer or keys), or a clinician types. */
  onInput: 'input' as EventName<Event>,
  /** The user set an item. */
  onChange: 'change' as EventName<Event>,
};
