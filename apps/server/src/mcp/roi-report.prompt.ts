import { ErrorCode, McpError, type PromptMessage } from '@modelcontextprotocol/sdk/types.js';
import { ApiError } from '../core/api-error.js';
import { requestValidators } from '../http/spec-registry.js';
import { validateRequest } from '../http/spec-validation.interceptor.js';

/** The roi_report prompt: a CFO-ready summary the model writes from the report tools. */
export const ROI_REPORT = {
  name: 'roi_report',
  title: 'ROI report for finance',
  description: "Asks for a CFO-ready summary of what the org's AI agents saved, written from the report tools.",
  arguments: [
    { name: 'period', description: 'A period as the report tools take it: 24h, 7d, 30d (default), 90d, ytd or all.', required: false },
    {
      name: 'group_by',
      description: 'How to break the savings down, comma-separated, e.g. agent or task_type,client (default agent).',
      required: false,
    },
  ],
};

/** The prompt's arguments, checked as the report tools will check them (so a bad one fails here, not halfway). */
function checkedArguments(args: Record<string, string>): { period: string; groupBy: string } {
  const known = new Set(ROI_REPORT.arguments.map((a) => a.name));
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (!known.has(name)) throw new McpError(ErrorCode.InvalidParams, `roi_report takes no argument "${name}"`);
    if (value !== '') query[name] = value;
  }
  try {
    validateRequest({ params: {}, query: { ...query }, headers: {}, body: undefined }, requestValidators().get('getTimeSavedReport')!);
  } catch (err) {
    if (err instanceof ApiError) throw new McpError(ErrorCode.InvalidParams, err.message);
    throw err;
  }
  return { period: query.period ?? '30d', groupBy: query.group_by ?? 'agent' };
}

export function roiReportMessages(args: Record<string, string>): PromptMessage[] {
  const { period, groupBy } = checkedArguments(args);
  const groups = JSON.stringify(groupBy.split(','));
  const text = `Write a one-page ROI summary for our CFO of what our AI agents saved over the period "${period}".

Gather the numbers with the HumanHours tools, and use only their numbers (never recompute or round them differently):
1. get_summary with {"period": "${period}"}: the headline (hours, money and net saved, agent cost, events, success rate) and the daily trend.
2. cost_saved_report with {"period": "${period}", "group_by": ${groups}, "top": 10}: where the money came from.
3. leaderboard with {"period": "${period}", "metric": "net_saved", "top": 5}: the agents that contributed most.
4. get_usage: the plan and whether overage is expected this month.

Then write, in this order:
- A headline sentence: net saved, hours saved and its FTE equivalent, and the agent cost it is net of.
- The three largest contributors (by ${groupBy.replaceAll(',', ' and ')}), with their share of the total.
- Risks and caveats: the share of failed or needs-review runs, events without a known agent cost, and that savings are valued against the cited human baselines of humanhours://task-types (name the baselines behind the largest items).
- One recommendation.
Keep it under 250 words, state the currency and the period's dates, and do not invent figures the tools did not return.`;
  return [{ role: 'user', content: { type: 'text', text } }];
}
