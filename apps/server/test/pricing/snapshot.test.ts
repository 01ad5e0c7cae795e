import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { calcPrice } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import snapshot from '../../src/pricing/price-book.snapshot.json' with { type: 'json' };
import { perMillion } from '../../src/pricing/price-list.js';

const root = join(import.meta.dirname, '../../../..');

describe('the bundled snapshot', () => {
  it('is exactly what scripts/price-book.mjs makes of the pinned @pydantic/genai-prices', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts/price-book.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/matches @pydantic\/genai-prices@/);
  });

  it('prices every model as the package does', () => {
    const timestamp = new Date(snapshot.as_of);
    for (const m of snapshot.data) {
      const priced = calcPrice({ input_tokens: 1000, output_tokens: 1000 }, m.id, { providerId: 'openrouter', timestamp });
      expect(priced, m.id).not.toBeNull();
      expect(priced!.input_price, m.id).toBeCloseTo(perMillion(m.pricing.prompt) / 1000, 12);
      expect(priced!.output_price, m.id).toBeCloseTo(perMillion(m.pricing.completion) / 1000, 12);
    }
  });

  it("holds the seeds' example model, anthropic/claude-opus-4.8, at the package's price", () => {
    const opus = snapshot.data.find((m) => m.id === 'anthropic/claude-opus-4.8');
    expect(opus).toEqual({
      id: 'anthropic/claude-opus-4.8',
      context_length: 1_000_000,
      pricing: { prompt: '0.000005', completion: '0.000025' },
    });
    expect(snapshot.source).toMatch(/^@pydantic\/genai-prices@\d+\.\d+\.\d+ \(provider openrouter\)$/);
  });
});
