import { render } from 'preact';
import { App } from '@/components/app/App';

render(<App surface="sidepanel" />, document.getElementById('root') as HTMLElement);
