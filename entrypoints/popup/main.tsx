import { render } from 'preact';

render(<p>Tự soi</p>, document.getElementById('root') as HTMLElement);
