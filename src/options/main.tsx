import { render } from 'preact';
import '../ui/reader.css';
import './options.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
