/**
 * RFC 4180 tokenizer: fields separated by commas, records by CRLF or LF, double quotes around
 * fields that hold commas, quotes or line breaks. Each record keeps the line it started on, so a
 * problem can be reported where a person would look for it.
 */
export interface CsvRecord {
  /** 1-based line number of the record's first character. */
  line: number;
  fields: string[];
}

export interface CsvTokens {
  records: CsvRecord[];
  /** Set when a quoted field is never closed: the line it opened on. */
  unclosedQuoteLine: number | null;
}

export function tokenizeCsv(text: string): CsvTokens {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte order mark is not data

  const endRecord = () => {
    fields.push(field);
    // A blank line is no record; a record of one empty field is a blank line.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  for (; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (inQuotes) return { records, unclosedQuoteLine: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { records, unclosedQuoteLine: null };
}

/** One field as RFC 4180 writes it: quoted only when it must be. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
