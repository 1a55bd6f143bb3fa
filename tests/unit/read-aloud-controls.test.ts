// @vitest-environment jsdom
// The read-aloud controls while the browser is still listing its voices, and once it has said it has none.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ReadAloud } from '../../src/ui/ReadAloud';

const root = document.body.appendChild(document.createElement('div'));

beforeEach(() => {
  vi.useFakeTimers();
  // A browser whose voices have not arrived yet, and never will.
  vi.stubGlobal('speechSynthesis', { getVoices: () => [], addEventListener() {}, removeEventListener() {}, cancel() {}, speak() {}, pause() {}, resume() {} });
  vi.stubGlobal('SpeechSynthesisUtterance', class {});
});

afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

it('says it is loading voices instead of showing an empty voice box, then says when there are none', async () => {
  act(() => render(h(ReadAloud, { rootSelector: '.article-body', onClose: () => undefined }), root));
  const voice = root.querySelectorAll('select')[1]!;
  expect(voice.selectedOptions[0]?.textContent).toBe('Loading voices…');
  await act(async () => {
    await vi.advanceTimersByTimeAsync(2000);
  });
  expect(root.textContent).toContain('Read aloud is not available: this browser has no speech voices installed.');
});
