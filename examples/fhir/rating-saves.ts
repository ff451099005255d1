// The saves of a page's ratings, listed where the person can see them: "Saving…", then "Saved", or
// why not with a Retry button. A rating that could not be saved is kept here, in the page, until it is;
// a retry sends the very same rating (same id), so a save the server did get is not made twice.
import type { Rating } from '@fitline/core';
import { h } from '../dom.js';
import type { TransactionResponse } from './rating-transaction.js';

export interface RatingSaveOptions {
  /** Sends one rating; resolves to the server's answer, rejects when it was not saved. */
  send(rating: Rating & { id: string }): Promise<TransactionResponse>;
  /** Words for a failure (describeSaveFailure). */
  describe(error: unknown): string;
  /** Called once per rating, when it is saved, with the server's answer. */
  onSaved?(rating: Rating & { id: string }, answer: TransactionResponse): void;
}

export class RatingSaves {
  constructor(
    private readonly list: HTMLElement,
    private readonly options: RatingSaveOptions,
  ) {}

  /** Saves `rating` (given an id now, kept for every retry), showing how it goes under `label`. */
  save(rating: Rating, label: string): Promise<boolean> {
    const saved = { ...rating, id: rating.id ?? crypto.randomUUID() };
    const item = h('li', { class: 'save' });
    this.list.querySelector('.empty')?.remove();
    this.list.append(item);
    return this.attempt(saved, label, item);
  }

  private async attempt(rating: Rating & { id: string }, label: string, item: HTMLElement): Promise<boolean> {
    item.replaceChildren(h('span', { class: 'save-state' }, `${label}: saving…`));
    let answer: TransactionResponse;
    try {
      answer = await this.options.send(rating);
    } catch (error) {
      const retry = h('button', { type: 'button' }, `Retry saving ${label}`);
      retry.addEventListener('click', () => this.attempt(rating, label, item), { once: true });
      item.classList.add('failed');
      item.replaceChildren(h('span', { class: 'save-state', role: 'alert' }, `${label}: not saved. ${this.options.describe(error)} The rating is kept on this page.`), ' ', retry);
      return false;
    }
    item.classList.remove('failed');
    item.replaceChildren(h('span', { class: 'save-state' }, `${label}: saved.`));
    this.options.onSaved?.(rating, answer);
    return true;
  }
}
