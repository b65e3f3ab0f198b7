// The toolbar popup. For now it shows what the bank holds; the bank manager grows here.
import { useEffect, useState } from 'react';
import { sendRequest, type ResponseMap } from '@/lib/protocol';

export function Popup() {
  const [stats, setStats] = useState<ResponseMap['bankStats'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    sendRequest({ type: 'bankStats' })
      .then(setStats)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <main>
      <h1>句库</h1>
      {error && <p role="alert">无法读取句库：{error}</p>}
      {stats && (
        <p data-testid="bank-stats">
          句库中有 {stats.phrases} 条规范表述、{stats.skeletons} 个章节骨架。
        </p>
      )}
      {!stats && !error && <p>正在读取句库…</p>}
    </main>
  );
}
