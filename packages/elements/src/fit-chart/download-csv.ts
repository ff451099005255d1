/**
 * Saves the chart's data as a CSV file from inside the element: the text is made on this device and
 * handed to the browser's own download as a blob URL, so nothing is sent anywhere.
 */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the next task; the URL would otherwise hold the text until the page closes.
  setTimeout(() => URL.revokeObjectURL(url));
}
