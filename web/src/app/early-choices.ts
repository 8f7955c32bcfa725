declare global {
  interface Window {
    /** set by web/public/after-paint.js on a rendered page: the buttons pressed before the app ran */
    gciEarlyPresses?: { take(): HTMLButtonElement[] };
  }
}

/**
 * Keeps what a visitor does on a server-rendered page before it is hydrated. A button that only
 * scripts answer, pressed before the app ran, is noted by web/public/after-paint.js and pressed again
 * once the page is hydrated (from `hydrateRoot` on, React replays a press itself). And what they
 * pick in a `<select>` (a language, a region, an edition) is kept; two moments lose it otherwise:
 *
 * - Before the scripts run, the browser changes the select but nothing is listening, and React
 *   hydrates over it as if nothing had happened. Such a select is one whose value is no longer the
 *   option the server marked `selected`; its choice is applied once the page is hydrated.
 * - While React hydrates in a transition, the select's `input` event makes React finish hydrating at
 *   once, which puts the select back to React's value before the `change` event that carries the
 *   choice. The choice seen at `input` is put back before React reads it at `change`.
 *
 * Call it just before `hydrateRoot`, and the function it returns once hydration has committed.
 */
export function keepEarlyChoices(container: HTMLElement): () => void {
  const presses = window.gciEarlyPresses?.take() ?? [];
  const early = [...container.querySelectorAll('select')].flatMap((select) => {
    const rendered = [...select.options].find((option) => option.defaultSelected) ?? select.options[0];
    return rendered && select.value !== rendered.value ? [{ select, value: select.value }] : [];
  });

  // On the document, in the capture phase: before React's own listeners on the container. They stay
  // for the page's life: React's forced hydration ends with its effects, inside the `input` event, so
  // the page is hydrated before the `change` that needs them; later they find nothing to mend.
  const picked = new WeakMap<HTMLSelectElement, string>();
  const onInput = (event: Event) => {
    if (event.target instanceof HTMLSelectElement) picked.set(event.target, event.target.value);
  };
  const onChange = (event: Event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement)) return;
    const value = picked.get(select);
    picked.delete(select);
    if (value !== undefined && select.value !== value) select.value = value;
  };
  document.addEventListener('input', onInput, true);
  document.addEventListener('change', onChange, true);

  return function hydrated() {
    for (const { select, value } of early.splice(0)) {
      if (!select.isConnected) continue;
      // React reads a select's change from its value, whatever it held before (no value tracker)
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (const button of presses.splice(0)) if (button.isConnected) button.click();
  };
}
