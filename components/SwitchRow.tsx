// One labelled on/off switch: a button with role=switch, operable by Space/Enter and click.
import type { Translate } from '@/lib/i18n';

type Props = { t: Translate; label: string; checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void };

export function SwitchRow({ t, label, checked, disabled, onChange }: Props) {
  return (
    <label className="switch-row">
      <span>{label}</span>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={label}
        disabled={disabled}
        className={checked ? 'switch on' : 'switch'}
        onClick={() => onChange(!checked)}
      >
        {checked ? t('switchOn') : t('switchOff')}
      </button>
    </label>
  );
}
