// 发布单位句库 (#16): pick what to share, make the bank file (and its signature with the unit's
// publisher key) as downloads, or upload both straight to a WebDAV folder, and show the
// public key subscribers pin.
import { useEffect, useState, type FormEvent } from 'react';
import type { Translate } from '@/lib/i18n';
import { sendRequest } from '@/lib/protocol';
import { ROLES, ROLE_LABELS, ROLE_LABELS_EN, type Role } from '@/lib/roles';
import { Messages } from '../bank/shared';
import { useAction } from './use-action';
import { useServerAccess } from './ask-access';
import { AccountFields } from './AccountFields';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function Publish({ t }: { t: Translate }) {
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [tags, setTags] = useState('');
  const [flags, setFlags] = useState({ favoritesOnly: false, mineOnly: true, outlines: true, sign: true });
  const { busy, error, status, act } = useAction(t);
  const [publicKey, setPublicKey] = useState<string | null>(null);
  const [target, setTarget] = useState({ folder: '', user: '', password: '', overwrite: false });
  const [savedUser, setSavedUser] = useState(false);
  const ask = useServerAccess();
  const labels = t.locale === 'en' ? ROLE_LABELS_EN : ROLE_LABELS;
  useEffect(() => {
    void sendRequest({ type: 'syncSettings' })
      .then((found) => {
        setTarget((f) => ({ ...f, folder: f.folder || found.publishFolder || '', user: f.user || found.publishUser || '' }));
        setSavedUser(!!found.publishUser);
      })
      .catch(() => {});
  }, []);
  const choice = () => ({ name, roles, tags: tags.split(/[,，、\s]+/).filter(Boolean), ...flags });
  const signedText = (fingerprint?: string) => (fingerprint ? ` ${t('publishedSigned', { fingerprint })}` : '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const made = await sendRequest({ type: 'syncPublish', ...choice() });
      download('juku-unit-bank.json', made.text, 'application/json');
      if (made.signature) download('juku-unit-bank.json.sig', made.signature, 'text/plain');
      setPublicKey(made.publicKey ? JSON.stringify(made.publicKey) : null);
      return `${t('published', { phrases: made.phrases, skeletons: made.skeletons })}${signedText(made.fingerprint)}`;
    });
  };

  const upload = () => {
    // Asked in the click: the permission prompt needs its gesture.
    const answer = ask(target.folder);
    void act(async () => {
      if (!(await answer)) throw new Error(t('uploadPermissionRefused'));
      const made = await sendRequest({ type: 'syncPublishUpload', ...choice(), folder: target.folder, user: target.user || undefined, password: target.password || undefined, overwrite: target.overwrite });
      setTarget((f) => ({ ...f, password: '', overwrite: false }));
      setSavedUser(true);
      setPublicKey(made.publicKey ? JSON.stringify(made.publicKey) : null);
      return `${t('uploaded', { phrases: made.phrases, skeletons: made.skeletons, url: made.uploadedTo })}${made.fingerprint ? ` ${t('uploadedSigned', { fingerprint: made.fingerprint })}` : ''}`;
    }, t('uploading'));
  };

  const flag = (key: keyof typeof flags, label: string) => (
    <label className="check">
      <input type="checkbox" checked={flags[key]} onChange={(e) => setFlags({ ...flags, [key]: e.target.checked })} />
      {label}
    </label>
  );

  return (
    <section className="panel publish" aria-labelledby="publish-title">
      <h3 id="publish-title">{t('publishTitle')}</h3>
      <p>{t('publishHelp')}</p>
      <form onSubmit={submit}>
        <label>
          {t('publishName')}
          <input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </label>
        <fieldset>
          <legend>{t('publishRoles')}</legend>
          {ROLES.map((role) => (
            <label key={role} className="check">
              <input type="checkbox" checked={roles.includes(role)} onChange={(e) => setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))} />
              {labels[role]}
            </label>
          ))}
        </fieldset>
        <label>
          {t('publishTags')}
          <input value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
        {flag('favoritesOnly', t('publishFavoritesOnly'))}
        {flag('mineOnly', t('publishMineOnly'))}
        {flag('outlines', t('publishOutlines'))}
        {flag('sign', t('publishSign'))}
        <button type="submit" className="primary" disabled={busy}>
          {t('publishButton')}
        </button>
        <fieldset className="publish-target">
          <legend>{t('uploadTitle')}</legend>
          <label>
            {t('uploadFolder')}
            <input value={target.folder} type="url" inputMode="url" onChange={(e) => setTarget({ ...target, folder: e.target.value })} />
          </label>
          <AccountFields t={t} account={target} saved={savedUser} onChange={(account) => setTarget({ ...target, ...account })} />
          <label className="check">
            <input type="checkbox" checked={target.overwrite} onChange={(e) => setTarget({ ...target, overwrite: e.target.checked })} />
            {t('uploadOverwrite')}
          </label>
          <button type="button" disabled={busy || !target.folder.trim()} onClick={upload}>
            {t('uploadButton')}
          </button>
        </fieldset>
      </form>
      <Messages error={error} status={status} />
      {publicKey && (
        <label>
          {t('publicKeyLabel')}
          <textarea readOnly rows={3} value={publicKey} data-testid="publisher-key" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}
