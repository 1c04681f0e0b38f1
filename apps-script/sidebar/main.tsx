import { render } from 'preact';
import { App } from './App';
import { googleServer, insideSheets } from './server';

render(<App server={googleServer()} outsideSheets={!insideSheets()} />, document.getElementById('app')!);
