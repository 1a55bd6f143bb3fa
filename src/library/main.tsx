import { render } from 'preact';
import '../ui/reader.css';
import './library.css';
import { LibraryApp } from './LibraryApp';

// Modules are loaded and evaluated by here; the benchmark reports first render both from navigation and from this mark.
performance.mark('library:script-start');
render(<LibraryApp />, document.getElementById('app')!);
