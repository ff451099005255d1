/**
 * Listens to an element's own events for the props that name them, from mount to unmount. The
 * listeners are added in an effect with a cleanup, so an unmounted component's handlers are never
 * called again (even by a node the host kept), and StrictMode's second mount adds them once more,
 * not twice. A handler replaced by a re-render is picked up without re-adding anything.
 */
import * as React from 'react';
import type { RefObject } from 'react';

type Handler = ((event: Event) => void) | undefined;

export function useElementEvents(element: RefObject<HTMLElement | null>, events: Readonly<Record<string, string>>, handlers: Readonly<Record<string, unknown>>): void {
  const latest = React.useRef(handlers);
  // Before the listeners' effect below, in the same commit: an event always reaches the current handler.
  React.useLayoutEffect(() => {
    latest.current = handlers;
  });
  // Only which props have a handler decides what is listened to.
  const listened = Object.keys(events)
    .filter((prop) => typeof handlers[prop] === 'function')
    .join(' ');
  React.useLayoutEffect(() => {
    const node = element.current;
    if (!node || !listened) return undefined;
    const listeners = listened.split(' ').map((prop) => [events[prop] as string, (event: Event) => (latest.current[prop] as Handler)?.(event)] as const);
    for (const [type, listener] of listeners) node.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) node.removeEventListener(type, listener);
    };
  }, [element, events, listened]);
}
