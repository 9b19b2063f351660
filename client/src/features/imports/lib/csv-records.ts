/**
 * The records of a CSV text (RFC 4180): quoted cells may hold commas, doubled quotes and line
 * breaks; records end with CRLF, LF or CR. Lenient where the server is strict, because this only
 * previews what a file holds; the server's reading is the one that counts.
 */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(cell);
    records.push(record);
    record = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else cell += char;
  }
  if (cell !== '' || record.length > 0) endRecord();
  return records.filter((cells) => cells.some((value) => value.trim() !== ''));
}
