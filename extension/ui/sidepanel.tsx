/** Entry of the side panel (Chromium `side_panel`) and sidebar (Firefox `sidebar_action`). */
import { render } from 'preact';
import { SidePanelApp } from './sidepanel/sidepanel-app.tsx';

render(<SidePanelApp />, document.getElementById('app') as HTMLElement);
