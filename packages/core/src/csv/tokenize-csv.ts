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
  const tokenizer = new CsvTokenizer();
  const records = tokenizer.push(text);
  const last = tokenizer.end();
  return { records: [...records, ...last.records], unclosedQuoteLine: last.unclosedQuoteLine };
}

/**
 * The tokenizer as a state machine over text in pieces, for CSV read as a stream: each piece gives the
 * records it completes, and end() the last one. A quoted field, a CRLF or a byte order mark split
 * between two pieces is read as if the text were whole.
 */
export class CsvTokenizer {
  private fields: string[] = [];
  private field = '';
  private line = 1;
  private recordLine = 1;
  private inQuotes = false;
  private quoteLine = 0;
  /** The last piece ended inside a quoted field on a quote: the next character says if it was doubled. */
  private pendingQuote = false;
  /** The last piece ended on a CR: a LF first in the next is the same line break. */
  private pendingCr = false;
  private started = false;

  /** The records the text completes. */
  push(text: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    let i = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1; // a byte order mark is not data
    }
    // An empty piece (a decoder holding half a character gives one) leaves the CR pending.
    if (this.pendingCr && i < text.length) {
      if (text[i] === '\n') i++;
      this.pendingCr = false;
    }
    if (this.pendingQuote && i < text.length) {
      this.pendingQuote = false;
      if (text[i] === '"') {
        this.field += '"';
        i++;
      } else this.inQuotes = false;
    }
    for (; i < text.length; i++) {
      const c = text[i];
      if (this.inQuotes) {
        if (c === '"') {
          if (i + 1 === text.length) this.pendingQuote = true;
          else if (text[i + 1] === '"') {
            this.field += '"';
            i++;
          } else this.inQuotes = false;
        } else {
          if (c === '\n') this.line++;
          this.field += c;
        }
      } else if (c === '"' && this.field === '') {
        this.inQuotes = true;
        this.quoteLine = this.line;
      } else if (c === ',') {
        this.fields.push(this.field);
        this.field = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r') {
          if (i + 1 === text.length) this.pendingCr = true;
          else if (text[i + 1] === '\n') i++;
        }
        this.endRecord(records);
        this.line++;
        this.recordLine = this.line;
      } else {
        this.field += c;
      }
    }
    return records;
  }

  /** The last record, and the line of a quoted field never closed. */
  end(): CsvTokens {
    const records: CsvRecord[] = [];
    if (this.pendingQuote) (this.pendingQuote = false), (this.inQuotes = false);
    if (this.inQuotes) return { records, unclosedQuoteLine: this.quoteLine };
    if (this.field !== '' || this.fields.length > 0) this.endRecord(records);
    return { records, unclosedQuoteLine: null };
  }

  private endRecord(records: CsvRecord[]): void {
    this.fields.push(this.field);
    // A blank line is no record; a record of one empty field is a blank line.
    if (!(this.fields.length === 1 && this.fields[0] === '')) records.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
    this.field = '';
  }
}

/** One field as RFC 4180 writes it: quoted only when it must be. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
