// The small window the context menu 「加入句库」 opens, prefilled with the selected text.
import { createRoot } from 'react-dom/client';
import { AddWindow } from '@/components/bank/AddWindow';
import '../popup/popup.css';

createRoot(document.getElementById('root')!).render(<AddWindow text={new URLSearchParams(location.search).get('text') ?? ''} />);
