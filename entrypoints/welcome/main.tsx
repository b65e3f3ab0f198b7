import { createRoot } from 'react-dom/client';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Welcome } from '@/components/Welcome';
import { startSuggestions } from '@/lib/content/start-suggestions';
import { provideShadowCss } from '@/lib/content/shadow-ui';
import listCss from '../editor.content/style.css?inline';
import './welcome.css';

createRoot(document.getElementById('root')!).render(<Welcome />);
// The try-it box runs what the content script runs in web pages (content scripts do not
// run in the extension's own pages), with the list's styles handed in.
provideShadowCss(listCss);
void startSuggestions(new ContentScriptContext('welcome'), 'juku-welcome');
