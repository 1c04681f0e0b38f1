/** Saves text as a file through a blob URL: nothing leaves the computer. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "team.json" → "team" (for naming exports after the imported file). */
export function baseName(fileName: string | null): string {
  return (fileName ?? 'assessment').replace(/\.[^.]+$/, '') || 'assessment';
}
