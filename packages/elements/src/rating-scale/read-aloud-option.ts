/**
 * The `read-aloud` option of the scales and the on-demand loading of the speech code
 * (read-aloud.ts): a page whose scales do not read aloud never downloads it.
 *
 * `read-aloud` is a choice rather than a boolean because its default depends on the variant: on for
 * the young-child variants (YCORS, YCSRS), whose clients may not read yet, off for the others.
 */
import { FitlineError } from '@fitline/core';
import type { ReactiveControllerHost } from 'lit';
import type { Speech } from './read-aloud.js';

/** `auto` (the default): on for the young-child variants only; `on`; `off`. */
export type ReadAloudSetting = 'auto' | 'on' | 'off';

const SETTINGS: readonly ReadAloudSetting[] = ['auto', 'on', 'off'];

/**
 * Checks a `read-aloud` value. A missing attribute (null) is `auto`, and a bare attribute
 * (`<ors-scale read-aloud>`, the empty string) is `on`; anything else throws a FitlineError.
 */
export function readAloudSetting(value: unknown): ReadAloudSetting {
  if (value == null) return 'auto';
  if (value === '') return 'on';
  if ((SETTINGS as readonly unknown[]).includes(value)) return value as ReadAloudSetting;
  throw new FitlineError('bad-option', `readAloud must be one of ${SETTINGS.join(', ')}, not "${String(value)}".`, 'readAloud');
}

/** Whether a scale in client mode shows speak buttons. */
export function readsAloud(setting: ReadAloudSetting, variant: string): boolean {
  return setting === 'on' || (setting === 'auto' && variant === 'young-child');
}

type SpeechHost = ReactiveControllerHost & HTMLElement;

let speechModule: typeof import('./read-aloud.js') | undefined;
let loading: Promise<unknown> | undefined;
const speeches = new WeakMap<SpeechHost, Speech>();

/**
 * The speech controller of `host` when `wanted`, once its module has loaded (until then undefined,
 * and `host` renders again when it arrives). When not wanted, any speech of the host is stopped.
 */
export function speechFor(host: SpeechHost, wanted: boolean): Speech | undefined {
  let speech = speeches.get(host);
  if (!wanted) return void speech?.stop();
  if (!speech && speechModule) speeches.set(host, (speech = new speechModule.Speech(host)));
  if (!speechModule) {
    loading ??= import('./read-aloud.js').then((module) => (speechModule = module));
    loading.then(() => host.requestUpdate());
  }
  return speech;
}
