// 「加入句库」 from the context menu: the selected text in a small form; saving adds it to the
// bank (and so to suggestions in every open tab at once), then the window closes.
import { useTranslate } from '@/lib/i18n';
import { PhraseForm } from './PhraseForm';

export function AddWindow({ text }: { text: string }) {
  const t = useTranslate();
  return (
    <main className="popup add-window">
      <h1>{t('addToBankTitle')}</h1>
      <PhraseForm t={t} initialText={text.trim()} autoFocus onSaved={() => setTimeout(() => window.close(), 900)} onCancel={() => window.close()} />
    </main>
  );
}
