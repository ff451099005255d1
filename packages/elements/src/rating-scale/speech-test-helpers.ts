/**
 * A recorder in place of the browser's speech engine, for the read-aloud tests: it offers the voices
 * a test gives it, announces them with `voiceschanged` as browsers do, and records what it is asked
 * to say and every cancel, speaking nothing.
 */

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export const voice = (name: string, lang: string, localService = true): FakeVoice => ({ name, lang, localService, default: false, voiceURI: name });

export interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
}

class RecordingUtterance extends EventTarget {
  lang = '';
  voice: FakeVoice | null = null;
  onend: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(public text = '') {
    super();
  }
}

export class SpeechRecorder extends EventTarget {
  spoken: Spoken[] = [];
  cancels = 0;
  private voices: FakeVoice[] = [];
  private queue: RecordingUtterance[] = [];

  getVoices(): FakeVoice[] {
    return [...this.voices];
  }

  /** Changes the voices on offer and tells the page, as a browser does once its voices have loaded. */
  setVoices(voices: FakeVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  speak(utterance: RecordingUtterance): void {
    this.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
    this.queue.push(utterance);
  }

  cancel(): void {
    this.cancels++;
    // As in browsers, a cancelled utterance ends with an error ("interrupted").
    this.queue.splice(0).forEach((u) => u.onerror?.(new Event('error')));
  }

  get speaking(): boolean {
    return this.queue.length > 0;
  }
}

/** Puts a recorder in place of `speechSynthesis` and `SpeechSynthesisUtterance`; the returned function puts the browser's back. */
export function installSpeechRecorder(voices: FakeVoice[] = []): { recorder: SpeechRecorder; restore: () => void } {
  const recorder = new SpeechRecorder();
  recorder.setVoices(voices);
  const saved = ['speechSynthesis', 'SpeechSynthesisUtterance'].map((name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const);
  Object.defineProperty(window, 'speechSynthesis', { value: recorder, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: RecordingUtterance, configurable: true, writable: true });
  const restore = () =>
    saved.forEach(([name, descriptor]) => {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else delete (window as unknown as Record<string, unknown>)[name];
    });
  return { recorder, restore };
}
