/**
 * uPlot, loaded the first time a chart draws, never when a module is imported: a page that shows
 * only scales downloads none of it, and a page whose language uPlot cannot read (WebKit under a C
 * locale reports "C", and uPlot's module creates `Intl.NumberFormat(navigator.language)` as it
 * loads, which throws) loses only its charts, never the whole bundle.
 */
import type uPlot from 'uplot';

let loading: Promise<typeof uPlot> | undefined;
let loaded: typeof uPlot | undefined;

/** uPlot's class, loading it on the first call. Rejects with uPlot's own error when it cannot load. */
export function loadUplot(): Promise<typeof uPlot> {
  return (loading ??= import('uplot').then((module) => (loaded = module.default)));
}

/** Whether uPlot has loaded, so a full chart can draw now. */
export const uplotLoaded = (): boolean => loaded !== undefined;

/** uPlot's class, for code that runs only once a plot exists (so uPlot has loaded). */
export function loadedUplot(): typeof uPlot {
  if (!loaded) throw new Error('uPlot is used before a chart loaded it.');
  return loaded;
}
