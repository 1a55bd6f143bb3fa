/** Hands a file to the browser's downloads, the way a link with `download` would (library exports, rules file). */
export function download({ name, blob }: { name: string; blob: Blob }): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by the next task; keep it a while for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
