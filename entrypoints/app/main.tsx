import { render } from 'preact';
import { App } from '@/components/app/App';

render(<App surface="page" />, document.getElementById('root') as HTMLElement);
