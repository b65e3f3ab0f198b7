// A button that picks one JSON file (a bank file, a rule file): the file input itself is
// hidden, the button is what the keyboard and screen readers reach.
import { useRef } from 'react';

export function JsonFileButton({ label, testId, disabled, onFile }: { label: string; testId: string; disabled?: boolean; onFile: (file: File | undefined) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid={testId}
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          e.target.value = ''; // the same file chosen again is a new choice
        }}
      />
    </>
  );
}
