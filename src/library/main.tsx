import { render } from 'preact';
import { newestSummaries } from '../store/articles-db';
import { mirroredNewest } from '../store/newest-mirror';
import '../ui/reader.css';
import './library.css';
import { LibraryApp } from './LibraryApp';

// Modules are loaded and evaluated by here; the benchmark reports first render both from navigation and from this mark.
performance.mark('library:script-start');
// The first screen's read starts before rendering, so it overlaps with building the page; until it
// answers, its last copy in localStorage is shown.
render(<LibraryApp firstScreen={newestSummaries()} copy={mirroredNewest()} />, document.getElementById('app')!);
