import { Module } from '@nestjs/common';
import { ModelsController } from './models.controller.js';
import { PriceBook } from './price-book.js';

/** The model price book (`PriceBook`, exported for cost resolution) and `GET /v1/models`. */
@Module({ controllers: [ModelsController], providers: [PriceBook], exports: [PriceBook] })
export class PricingModule {}
