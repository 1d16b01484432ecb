import { atMost } from '../lib/at-most';

/*
 * The first module of the entry (src/main.tsx imports it before anything else). When public/boot.js has a
 * kept headline to paint, the rest of the app's code waits here until that headline is on screen: the
 * bundle evaluates its modules in order, so this top-level await holds back React and the app, whose
 * evaluation is one long task (about 190 ms on a quiet machine). Without it, when config.json's answer came
 * in after that task had begun, the headline's paint waited behind it (the slow half of the warm figure in
 * docs/performance.md). A first visit, or a kept headline of another language or address, waits for nothing.
 */

declare global {
  interface Window {
    /** Set by public/boot.js when it may paint a kept headline: settled once it has painted it or decided not to. */
    __zerobayHeadline?: Promise<void>;
  }
}

/** However long config.json takes, the app's code runs by then (the app then reports what it waits for). */
const MAX_WAIT_MS = 3000;
/** A hidden page draws no frames: its code runs after this. */
const FRAME_WAIT_MS = 100;

const headline = window.__zerobayHeadline;
if (headline) {
  await atMost(headline, MAX_WAIT_MS);
  // Past the next frame: the headline is drawn before the long task begins.
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, FRAME_WAIT_MS);
  });
}

export {};
