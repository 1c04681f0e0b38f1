import { render } from 'preact';
import { keepThaiWordsWhole } from '../../extension/ui/keep-thai-words';
import { App } from './App';
import { googleServer, insideSheets } from './server';

keepThaiWordsWhole();
render(<App server={googleServer()} outsideSheets={!insideSheets()} />, document.getElementById('app')!);
