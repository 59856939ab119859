/** Files the page hands to the person: saved through the browser's own download, never sent anywhere. */

/** Saves bytes as a file through the browser's own download, without any request. */
export function saveFile(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `register.xlsx` → `register.checked.xlsx`: the copy never takes the user's file's name. */
export function checkedCopyName(file: string): string {
  const base = file.replace(/\.xlsx$/i, '');
  return `${base}.checked.xlsx`;
}
