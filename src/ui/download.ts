/** Hands a file made in this browser to the browser's own download. Nothing is sent anywhere. */
export function downloadFile(fileName: string, text: string, type: string, doc: Document = document): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Some browsers read the object URL after click() returns: release it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
