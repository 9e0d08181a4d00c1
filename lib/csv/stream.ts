// A CSV table as a streamed response body: the header (after a UTF-8 byte order mark, so
// spreadsheets read the file as UTF-8), then one chunk per page of rows, each read only when
// the client is ready for it. The first page is read before the stream is handed over, so a
// failure there still becomes an ordinary error response.
import { type CsvColumn, writeCsv } from "./write";

export async function csvStream<T>(columns: readonly CsvColumn<T>[], pages: AsyncIterable<T[]>): Promise<ReadableStream<Uint8Array>> {
  const iterator = pages[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let next: IteratorResult<T[]> | null = await iterator.next();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(writeCsv(columns, [], { bom: true })));
    },
    async pull(controller) {
      try {
        const page = next ?? (await iterator.next());
        next = null;
        if (page.done) controller.close();
        else controller.enqueue(encoder.encode(writeCsv(columns, page.value, { header: false })));
      } catch (e) {
        // The status line is gone already: log it and end the body broken, never a half file that looks whole.
        console.error("CSV export failed while streaming", e);
        controller.error(e);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
