/**
 * Read aloud: a speak button for the instructions and for each item, which speaks the content
 * pack's own text in the pack's language through the Web Speech API. Only a voice the browser marks
 * as local (`localService`) is used, so no text leaves the device; where the browser has no local
 * voice for the pack's language, no button is shown. Voices arrive asynchronously (`voiceschanged`),
 * so the buttons appear when they do. Speaking stops when the scale leaves the page, when read-aloud
 * is turned off, and when any speak button is pressed (the page has one speech queue). Nothing is
 * stored or logged. Loaded on demand by read-aloud-option.ts.
 */
import { html, nothing, unsafeCSS } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentItem } from '@fitline/core/content';

/** The button's own layout, adopted into the scale's shadow root when read-aloud is first used there. */
const speakStyles = unsafeCSS(`
.speak{float:inline-end;margin-inline-start:.5rem;padding:0;inline-size:var(--_target);display:grid;place-items:center}
.speak svg{inline-size:1.5rem;block-size:1.5rem;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.speak+.label+.track,.speak+.instructions+*{clear:both}
`);

/** A speaker with sound waves; the button's name says what it does. */
const icon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12"/></svg>`;

/** `nb` and `no` are the same written Norwegian to voices (many report `no-NO`, some `nb-NO`). */
const primaryOf = (lang: string) => {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === 'no' ? 'nb' : primary;
};

/** A local voice for `lang`: the same tag first, then the same language in any region. */
export function localVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const local = voices.filter((voice) => voice.localService);
  const tag = lang.toLowerCase();
  return local.find((voice) => voice.lang.toLowerCase().replace('_', '-') === tag) ?? local.find((voice) => primaryOf(voice.lang) === primaryOf(lang));
}

/** What an item's button speaks: its label, then its two anchors. */
const itemText = (item: ContentItem) => `${item.label}. ${item.low}. ${item.high}.`;

type Host = ReactiveControllerHost & HTMLElement;

export class Speech implements ReactiveController {
  /** The utterance this scale started, until it ends: only that one is cancelled when the scale goes. */
  private current: SpeechSynthesisUtterance | undefined;
  private readonly refresh = () => this.host.requestUpdate();

  constructor(private readonly host: Host) {
    host.addController(this);
    const root = host.shadowRoot;
    const sheet = speakStyles.styleSheet;
    if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Read when used, not kept: a page (or a test) may install its speech engine after this module loads. */
  private get synth(): SpeechSynthesis | undefined {
    return typeof SpeechSynthesisUtterance === 'function' ? globalThis.speechSynthesis : undefined;
  }

  hostConnected(): void {
    this.synth?.addEventListener('voiceschanged', this.refresh);
  }

  hostDisconnected(): void {
    this.synth?.removeEventListener('voiceschanged', this.refresh);
    this.stop();
  }

  /** A speak button named `label` that speaks `text` in `lang`, or nothing when no local voice speaks `lang`. */
  button(text: string, lang: string, label: string) {
    const synth = this.synth;
    if (!synth || !localVoice(synth.getVoices(), lang)) return nothing;
    return html`<button type="button" class="speak" part="speak" aria-label=${label} @click=${() => this.speak(text, lang)}>${icon}</button>`;
  }

  /** The speak button of one item. */
  itemButton(item: ContentItem, lang: string, label: string) {
    return this.button(itemText(item), lang, label);
  }

  /** Stops what this scale is saying, if anything. */
  stop(): void {
    if (!this.current) return;
    this.current = undefined;
    this.synth?.cancel();
  }

  private speak(text: string, lang: string): void {
    const synth = this.synth;
    const voice = synth && localVoice(synth.getVoices(), lang);
    // The voice may have gone since the button was drawn: without a local one, nothing is said.
    if (!synth || !voice) return this.refresh();
    // Whatever is being said on the page (this scale's or another's) stops for the new text.
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.voice = voice;
    utterance.onend = utterance.onerror = () => {
      if (this.current === utterance) this.current = undefined;
    };
    this.current = utterance;
    synth.speak(utterance);
  }
}
