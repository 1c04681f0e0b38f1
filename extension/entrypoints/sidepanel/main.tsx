import { render } from 'preact';
import { App } from '../../ui/App';
import { keepThaiWordsWhole } from '../../ui/keep-thai-words';
import '../../ui/panel.css';

keepThaiWordsWhole();
const root = document.getElementById('app');
if (root) render(<App />, root);
