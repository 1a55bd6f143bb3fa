/**
 * The library page's entry: a small module that adds the newest saves, from their localStorage copy and
 * built with DOM calls, to the page's shell (static HTML in library.html, painted while this module is
 * fetched), so the first screen is painted without waiting for Preact and the app's chunks. Once that frame is painted the app loads,
 * and Preact adopts the same elements: nothing on screen changes, focus and scroll stay where they are.
 */
import './library.css';
import { mirroredNewest } from '../store/newest-mirror';
import { afterNextPaint, markFirstRender } from './paint-timing';
import { drawFirstScreen } from './first-screen-dom';
import { rememberRowFit } from './row-fit';

// Modules are loaded and evaluated by here; the benchmark reports first render both from navigation and from this mark.
performance.mark('library:script-start');
const root = document.getElementById('app')!;
const copy = mirroredNewest();
drawFirstScreen(root, copy);
const start = () => void import('./main').then(({ startLibrary }) => startLibrary(root, copy));
// A tab opened in the background paints nothing until it is shown, and the app need not wait for that.
if (copy && document.visibilityState === 'visible') {
  afterNextPaint(() => {
    markFirstRender();
    rememberRowFit(root.querySelector('.entries')!);
    start();
  });
} else start();
