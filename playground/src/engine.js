// The engine, from the npm package in web/: its worker (wrapped by src/worker.js) and wasm
// are served beside the page (dist/web/, dist/pkg/). `createEngine()` (one worker for every session of the page) is
// used when the package has it; otherwise each session has its own worker, as before.
import * as runnel from "../../web/index.js";

let configured = false;
let shared = null;

/** Points the package at the playground's worker (src/worker.js, built into web/); `base` is the site's root URL. */
export function setup(base) {
  if (configured) return;
  configured = true;
  runnel.configure({ workerURL: new URL("web/playground-worker.js", base).href });
}

/** What the package can do (the playground contract lands in steps). */
export const features = {
  get sharedEngine() {
    return typeof runnel.createEngine === "function";
  },
  get operators() {
    return typeof runnel.operators === "function";
  },
};

/**
 * Sessions with a worker each: stop() ends a session at once, even inside a runaway
 * function (the main page's choice).
 */
export function ownWorkers() {
  return runnel;
}

/**
 * Sessions sharing one worker (the course page's embeds), when the package offers
 * createEngine(); otherwise a worker each. A shared session stops between batches.
 */
export function sharedEngine() {
  if (!features.sharedEngine) return runnel;
  shared ??= runnel.createEngine();
  return shared;
}

/** Loads the engine (wasm compile) so the first Run is quick. */
export function warmUp() {
  return runnel.init();
}

export function operatorList() {
  return features.operators ? runnel.operators() : null;
}
