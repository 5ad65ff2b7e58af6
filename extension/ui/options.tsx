/** Entry of the options page. */
import { render } from 'preact';
import { OptionsApp } from './options/options-app.tsx';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
