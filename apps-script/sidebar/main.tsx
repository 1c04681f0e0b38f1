import { render } from 'preact';
import { App } from './App';
import { googleServer } from './server';

render(<App server={googleServer()} />, document.getElementById('app')!);
