// The page's one message line (role="alert"): what went wrong and what to do, in words.
// Errors nobody caught end here too, so the page never goes blank.

import { ApiFailure, messageOf } from './api.js';
import { byId, replaceChildren } from './dom.js';

export function showMessage(text: string, kind: 'error' | 'info' = 'error'): void {
  const box = byId('message');
  replaceChildren(box, text);
  box.dataset.kind = kind;
  box.hidden = false;
}

export function clearMessage(): void {
  byId('message').hidden = true;
}

export function showError(error: unknown): void {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  showMessage(messageOf(error));
  if (error instanceof ApiFailure && error.kind === 'token') {
    byId('token-form').hidden = false;
    byId<HTMLInputElement>('token').focus();
  }
}

export function catchEverything(): void {
  window.addEventListener('error', (event) => showError(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => showError(event.reason));
}
