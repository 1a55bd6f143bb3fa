import { render } from 'preact';
import '../ui/reader.css';
import './reader-page.css';
import { ReaderApp } from './ReaderApp';

render(<ReaderApp id={new URLSearchParams(location.search).get('id')} />, document.getElementById('app')!);
