import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import '../popup/popup.css';
import './options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
