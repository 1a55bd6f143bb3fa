import { render } from 'preact';
import '../ui/reader.css';
import './library.css';
import { LibraryApp } from './LibraryApp';

render(<LibraryApp />, document.getElementById('app')!);
