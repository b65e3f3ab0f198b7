// The one check every server address the writer types goes through (#16): a subscription's,
// a publish target's, the personal sync folder's. http(s) only; no credentials in it, so an
// account never ends up in a stored address, a message or a log.
import { BankInputError, type Bilingual } from '../bank/limits';

export function checkServerAddress(text: string, onlyHttp: Bilingual): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new BankInputError({ zh: `不是有效的网址：${text}`, en: `Not a valid address: ${text}` });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BankInputError(onlyHttp);
  if (url.username || url.password) {
    throw new BankInputError({ zh: '请不要把用户名和密码写进网址，请填在下面的账号栏中', en: 'Do not put the user name and password in the address; use the account fields' });
  }
  return url;
}
