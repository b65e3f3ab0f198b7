// The writer's own wording rules (#17): 「导入规则文件」 reads a JSON rule file, validates it
// with the same schema as the shipped rules (a bad file is refused with what is wrong, and
// nothing changes), keeps it in the extension's storage, and lists the files with a remove
// button. The page's check and the bank's flagged-phrase filter merge them by id over the
// shipped rules (lib/check/writer-rules.ts).
import { useEffect, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { parseRuleFile, RuleFileError } from '@/lib/check/rules';
import { validFiles, withRuleFile, withoutRuleFile, writerRulesItem, type StoredRuleFile } from '@/lib/check/writer-rules';
import { Messages } from '../bank/shared';
import { JsonFileButton } from './JsonFileButton';

/** A rule file is data of a few hundred rules at most: a larger file is not one. */
const MAX_RULE_FILE_BYTES = 2 * 1024 * 1024;

/** The file's rules, or an error saying, in both languages, what is wrong with it. */
async function readRuleFile(file: File) {
  if (file.size > MAX_RULE_FILE_BYTES) throw new RuleFileError(`规则文件过大（上限 2 MB） / The rule file is too large (2 MB at most): ${file.name}`);
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    throw new RuleFileError(`规则文件不是有效的 JSON / The rule file is not valid JSON: ${file.name} (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseRuleFile(json);
}

export function RuleFiles({ t }: { t: Translate }) {
  const [files, setFiles] = useState<StoredRuleFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void writerRulesItem.getValue().then((stored) => setFiles(validFiles(stored)));
    return writerRulesItem.watch((stored) => setFiles(validFiles(stored)));
  }, []);

  const save = async (next: StoredRuleFile[], done: string) => {
    await writerRulesItem.setValue(next);
    setFiles(next);
    setStatus(done);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setStatus(null);
    try {
      const parsed = await readRuleFile(file);
      const current = validFiles(await writerRulesItem.getValue());
      await save(withRuleFile(current, parsed, Date.now()), t('ruleFileImported', { name: parsed.name, count: parsed.rules.length }));
    } catch (e) {
      // The message names the problem in both languages (parseRuleFile lists each bad field).
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="panel" role="region" aria-labelledby="rule-files-title">
      <h3 id="rule-files-title">{t('ruleFilesTitle')}</h3>
      <p className="hint">{t('ruleFilesHelp')}</p>
      {files.length === 0 ? (
        <p className="hint">{t('noRuleFiles')}</p>
      ) : (
        <ul className="sites" aria-label={t('ruleFilesTitle')} data-testid="rule-files">
          {files.map((file) => (
            <li key={file.name}>
              <span>{t('ruleFileLine', { name: file.name, count: file.rules.length, revision: file.revision })}</span>
              <button
                type="button"
                aria-label={t('removeRuleFileNamed', { name: file.name })}
                onClick={() => void save(withoutRuleFile(files, file.name), t('ruleFileRemoved', { name: file.name })).catch((e: unknown) => setError(String(e)))}
              >
                {t('removeRuleFile')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <JsonFileButton label={t('importRuleFile')} testId="rule-file" onFile={(file) => void importFile(file)} />
      <Messages error={error} status={status} />
    </div>
  );
}
