import type { QueryParams } from '@humanhours/contract';
import { Controller, Inject, Query } from '@nestjs/common';
import { Operation } from '../http/operation.decorator.js';
import { PriceBook } from './price-book.js';

@Controller()
export class ModelsController {
  constructor(@Inject(PriceBook) private readonly book: PriceBook) {}

  /** The price book, ordered by id, in USD per million tokens. */
  @Operation('listModels')
  list(@Query() q: QueryParams<'listModels'>) {
    // Synchronous reads: a refresh (which lands between ticks) can never mix two books in one answer.
    const asOf = this.book.asOf;
    const source = this.book.source;
    const models = this.book.list({ search: q.search, limit: q.limit ?? 100 });
    return {
      as_of: new Date(asOf).toISOString(),
      source,
      data: models.map((m) => ({
        id: m.id,
        name: m.name,
        input_usd_per_million_tokens: m.inputUsdPerMillionTokens,
        output_usd_per_million_tokens: m.outputUsdPerMillionTokens,
        context_length: m.contextLength,
      })),
    };
  }
}
