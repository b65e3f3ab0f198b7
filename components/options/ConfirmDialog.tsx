// A modal question before an action that replaces the bank: the native <dialog> traps focus
// and closes on Esc.
import { useEffect, useRef } from 'react';
import type { Translate } from '@/lib/i18n';

type Props = { t: Translate; message: string; onConfirm: () => void; onCancel: () => void };

export function ConfirmDialog({ t, message, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="confirm-text" onCancel={onCancel} className="confirm">
      <p id="confirm-text">{message}</p>
      <div className="form-actions">
        <button type="button" className="primary" autoFocus onClick={onConfirm}>
          {t('confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
