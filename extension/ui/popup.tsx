/** Entry of the toolbar popup. */
import { render } from 'preact';
import { PopupApp } from './popup/popup-app.tsx';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
