import 'reflect-metadata';
import { apiSpecMatchers } from '@humanhours/contract/testing';
import { expect } from 'vitest';

expect.extend(apiSpecMatchers);
