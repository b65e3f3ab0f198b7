// The WebDAV account fields (#16), the same in the subscription, publish and sync forms.
// The password field is never filled back in: the background keeps the password in
// extension storage, and a blank field means "keep the saved one".
import type { Translate } from '@/lib/i18n';

type Account = { user: string; password: string };

export function AccountFields({ t, account, onChange, saved }: { t: Translate; account: Account; onChange: (account: Account) => void; saved?: boolean }) {
  return (
    <div className="account-fields">
      <label>
        {t('webdavUser')}
        <input value={account.user} autoComplete="username" maxLength={200} onChange={(e) => onChange({ ...account, user: e.target.value })} />
      </label>
      <label>
        {saved ? t('webdavPasswordSaved') : t('webdavPassword')}
        <input type="password" value={account.password} autoComplete="current-password" maxLength={1000} onChange={(e) => onChange({ ...account, password: e.target.value })} />
      </label>
    </div>
  );
}
