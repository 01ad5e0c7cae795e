import { APIPromise, type WithResponse } from './http.js';

/** What every list answer has: `data`, and `next_cursor` when the list pages. */
export interface ListPage<Item> {
  data: Item[];
  next_cursor?: string | null;
}

/**
 * A list call: `await` it for the first page, or `for await` over it for every item of every page (the next page
 * is fetched only when the loop gets there, with the same parameters and options).
 */
export class PagePromise<Page extends ListPage<Item>, Item> extends APIPromise<Page> implements AsyncIterable<Item> {
  constructor(
    first: Promise<WithResponse<Page>>,
    private readonly next: (cursor: string) => Promise<Page>,
  ) {
    super(first);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    let page: Page = await this;
    for (;;) {
      yield* page.data;
      if (!page.next_cursor) return;
      page = await this.next(page.next_cursor);
    }
  }
}
