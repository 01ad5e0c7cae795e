import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { ApiExceptionFilter } from './exception.filter.js';
import { SpecValidationInterceptor } from './spec-validation.interceptor.js';

/** Every request's answer to errors (the envelope) and the validation of what it sent against the spec. */
@Module({
  providers: [
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    { provide: APP_INTERCEPTOR, useClass: SpecValidationInterceptor },
  ],
})
export class HttpModule {}
