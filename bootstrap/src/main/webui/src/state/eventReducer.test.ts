import { describe, expect, it } from 'vitest';
import { initialState, latestRunCost, reduce, reduceAll, type AssistantItem, type Envelope, type ToolItem } from './eventReducer';

const RUN = 'run-1';
let counter = 0;

function ev(seq: number, name: string, content: Record<string, unknown> = {}, extra: Partial<Envelope> = {}): Envelope {
  const transient = name.endsWith('.delta') || name === 'agent.reasoning.start' || name === 'connection.established';
  return { v: 1, seq, id: `id-${name}-${seq}-${transient ? ++counter : 0}`, name, session_id: 's', run_id: RUN,
    transient, content, ...extra };
}

/** A small run as the server sends it: query, streamed turn with a tool call, tool result, final answer. */
function toolRun(): Envelope[] {
  return [
    ev(1, 'session.user_message', { text: 'make a todo list' }),
    ev(2, 'agent.processing', { model: 'offline-demo', model_provider: 'offline', offline_model: true }),
    ev(2, 'agent.reasoning.start'),
    ev(2, 'agent.reasoning.delta', { text: 'The user wants ' }),
    ev(2, 'agent.reasoning.delta', { text: 'a list.' }),
    ev(2, 'agent.response.delta', { text: 'I will write ' }),
    ev(2, 'agent.response.delta', { text: 'that down.' }),
    ev(3, 'agent.reasoning', { text: 'The user wants a list.' }),
    ev(4, 'agent.response', { text: 'I will write that down.' }),
    ev(5, 'agent.tool.call', { tool_call_id: 'call_1', tool_name: 'TodoWrite', tool_input: { todos: [] } }),
    ev(6, 'billing.credits.deducted', { credits_used: 0.25, credits_remaining: 299.75 }),
    ev(7, 'agent.tool.result', { tool_call_id: 'call_1', tool_name: 'TodoWrite', result: 'ok', is_error: false }),
    ev(7, 'agent.response.delta', { text: 'Done.' }),
    ev(8, 'agent.response', { text: 'Done.' }),
    ev(9, 'billing.credits.deducted', { credits_used: 0.5, credits_remaining: 299.25 }),
    ev(10, 'agent.complete', { text: 'Done.', run_status: 'completed' }),
    ev(11, 'agent.stream.complete', {}),
  ];
}

const persisted = (events: Envelope[]) => events.filter((e) => !e.transient);
const kinds = (state = initialState()) => state.items.map((i) => i.kind);

describe('ordering by seq', () => {
  it('builds the same view whatever order the persisted events arrive in', () => {
    const inOrder = reduceAll(initialState(), persisted(toolRun()));
    const shuffled = [...persisted(toolRun())].reverse();
    const outOfOrder = reduceAll(initialState(), shuffled);
    expect(outOfOrder.log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(outOfOrder.items).toEqual(inOrder.items);
    expect(outOfOrder.runStatus).toBe('completed');
    expect(outOfOrder.lastSeq).toBe(11);
  });

  it('puts a late event in its place in the timeline', () => {
    const [user, processing, , , , , , reasoning, response, call] = toolRun();
    const state = reduceAll(initialState(), [user, processing, reasoning, call, response]);
    expect(state.items.map((i) => i.kind)).toEqual(['user', 'assistant', 'tool']);
    expect((state.items[1] as AssistantItem).text).toBe('I will write that down.');
  });
});

describe('dedup on resume', () => {
  it('adds nothing when a reconnect replays events already held', () => {
    const events = persisted(toolRun());
    const first = reduceAll(initialState(), events.slice(0, 6));
    // The resume joins with last_seq 6, but a second tab or a race may still deliver 4..6 again.
    const resumed = reduceAll(first, [...events.slice(3), ...events.slice(3)]);
    const once = reduceAll(initialState(), events);
    expect(resumed.items).toEqual(once.items);
    expect(resumed.log).toHaveLength(11);
    expect(latestRunCost(resumed)).toBe(0.75);
  });

  it('drops an event with a seq already held even under another id', () => {
    const state = reduceAll(initialState(), persisted(toolRun()));
    const copy = { ...persisted(toolRun())[0], id: 'other-id' };
    expect(reduce(state, copy)).toBe(state);
  });

  it('treats a direct reply carrying the connection seq as transient, not as a stored event', () => {
    const state = reduceAll(initialState(), persisted(toolRun()));
    const direct = ev(11, 'system.error', { error_code: 'service_unavailable', code: 'command_unavailable', message: 'not yet' },
      { run_id: null, id: 'fresh' });
    const next = reduce(state, direct);
    expect(next.log).toHaveLength(11);
    expect(next.items).toEqual(state.items);
    expect(next.alerts.map((a) => a.code)).toEqual(['command_unavailable']);
  });

  it('resumes from the highest seq held', () => {
    const state = reduceAll(initialState(), toolRun());
    expect(state.lastSeq).toBe(11);
  });
});

describe('delta merge', () => {
  it('streams text and reasoning into one draft per turn', () => {
    const events = toolRun().slice(0, 7);
    const state = reduceAll(initialState(), events);
    const draft = state.items[1] as AssistantItem;
    expect(state.items).toHaveLength(2);
    expect(draft.text).toBe('I will write that down.');
    expect(draft.reasoning).toBe('The user wants a list.');
    expect(draft.streaming).toBe(true);
    expect(state.runStatus).toBe('running');
  });

  it('replaces the streamed text by the stored block, without doubling it', () => {
    const state = reduceAll(initialState(), toolRun().slice(0, 9));
    const answers = state.items.filter((i) => i.kind === 'assistant') as AssistantItem[];
    expect(answers).toHaveLength(1);
    expect(answers[0].text).toBe('I will write that down.');
    expect(answers[0].reasoning).toBe('The user wants a list.');
    expect(answers[0].streaming).toBe(false);
  });

  it('ignores a late copy of a delta from a turn already stored', () => {
    const state = reduceAll(initialState(), toolRun().slice(0, 9));
    const late = reduce(state, ev(2, 'agent.response.delta', { text: 'that down.' }));
    expect((late.items[1] as AssistantItem).text).toBe('I will write that down.');
    expect(late.items).toHaveLength(2);
  });

  it('gives each model turn its own answer, interleaved with the tool cards', () => {
    const state = reduceAll(initialState(), toolRun());
    expect(kinds(state)).toEqual(['user', 'assistant', 'tool', 'assistant']);
    expect((state.items[3] as AssistantItem).text).toBe('Done.');
  });

  it('shows the same answers from a replay without deltas (reload mid-history)', () => {
    const live = reduceAll(initialState(), toolRun());
    const replay = reduceAll(initialState(), persisted(toolRun()));
    const texts = (s: typeof live) => s.items.map((i) => (i.kind === 'assistant' ? `${i.reasoning}|${i.text}` : i.kind));
    expect(texts(replay)).toEqual(texts(live));
  });
});

describe('tool call lifecycle', () => {
  const confirmation = (seq: number) => ev(seq, 'agent.tool.confirmation', {
    message: 'The agent needs your answer to continue.', run_status: 'paused',
    tools: [{ tool_call_id: 'call_1', tool_name: 'Bash', tool_input: { command: 'ls' }, requires_confirmation: true, requires_user_input: false }],
  });
  const start = [
    ev(1, 'session.user_message', { text: 'run: ls' }),
    ev(2, 'agent.processing', { model: 'offline-demo', offline_model: true }),
    ev(3, 'agent.response', { text: 'Running it.' }),
    ev(4, 'agent.tool.call', { tool_call_id: 'call_1', tool_name: 'Bash', tool_input: { command: 'ls' } }),
  ];
  const tool = (s: ReturnType<typeof initialState>) => s.items.find((i) => i.kind === 'tool') as ToolItem;

  it('runs, waits for approval, then finishes with its result', () => {
    let state = reduceAll(initialState(), start);
    expect(tool(state).status).toBe('running');
    state = reduce(state, confirmation(5));
    expect(tool(state).status).toBe('waiting');
    expect(state.runStatus).toBe('waiting');
    expect(state.pending?.tools[0].tool_name).toBe('Bash');
    state = reduce(state, ev(6, 'agent.continue', { confirmed: true }));
    expect(state.pending).toBeNull();
    expect(state.runStatus).toBe('running');
    state = reduce(state, ev(7, 'agent.tool.result', { tool_call_id: 'call_1', tool_name: 'Bash', result: { exit_code: 0 }, is_error: false }));
    expect(tool(state).status).toBe('done');
    expect(tool(state).result).toEqual({ exit_code: 0 });
  });

  it('marks a rejected or failed call as an error', () => {
    const state = reduceAll(initialState(), [...start, confirmation(5), ev(6, 'agent.continue', { confirmed: false }),
      ev(7, 'agent.tool.result', { tool_call_id: 'call_1', tool_name: 'Bash', result: 'The user rejected this call.', is_error: true })]);
    expect(tool(state).status).toBe('error');
  });

  it('ends waiting calls when the run is cancelled', () => {
    const state = reduceAll(initialState(), [...start, confirmation(5),
      ev(6, 'agent.response.interrupted', { message: 'Run cancelled by the user.', run_status: 'cancelled', reason: 'cancelled' })]);
    expect(tool(state).status).toBe('error');
    expect(state.pending).toBeNull();
    expect(state.runStatus).toBe('cancelled');
    expect(state.items.at(-1)).toMatchObject({ kind: 'notice', message: 'Run cancelled by the user.' });
  });

  it('reports a failed run and its error once', () => {
    const state = reduceAll(initialState(), [...start.slice(0, 2),
      ev(3, 'system.error', { error_code: 'insufficient_credits', code: 'insufficient_credits', message: 'Not enough credits.' }),
      ev(4, 'agent.response.interrupted', { message: 'Not enough credits.', run_status: 'failed' })]);
    expect(state.runStatus).toBe('failed');
    expect(state.alerts).toEqual([expect.objectContaining({ level: 'error', code: 'insufficient_credits' })]);
  });
});

describe('plan and costs', () => {
  it('follows milestones and adds up the credits of the latest run', () => {
    const state = reduceAll(initialState(), [
      ev(1, 'plan.milestone.generated', { summary: 'Site', milestones: [{ id: 'm1', content: 'Design', status: 'pending' }] }, { run_id: null }),
      ev(2, 'session.user_message', { text: 'go' }, { run_id: 'run-2' }),
      ev(3, 'plan.milestone.updated', { milestone_id: 'm1', status: 'in_progress' }, { run_id: 'run-2' }),
      ev(4, 'billing.credits.deducted', { credits_used: '0.125', credits_remaining: 10 }, { run_id: 'run-2' }),
      ev(5, 'billing.credits.deducted', { credits_used: 0.125, credits_remaining: 9.875 }, { run_id: 'run-2' }),
    ]);
    expect(state.plan?.milestones[0].status).toBe('in_progress');
    expect(latestRunCost(state)).toBe(0.25);
    expect(state.creditsRemaining).toBe(9.875);
  });
});

describe('sub-agents', () => {
  it('keeps a sub-agent\'s tagged events out of the timeline; the parent\'s tool shows its answer', () => {
    const tag = { sub_agent_id: 'sa-1', parent_run_id: RUN, sub_agent_depth: 1 };
    const state = reduceAll(initialState(), [
      ev(1, 'session.user_message', { text: 'delegate: say hi' }),
      ev(2, 'agent.tool.call', { tool_call_id: 'call_1', tool_name: 'sub_agent_task', tool_input: { prompt: 'say hi' } }),
      ev(3, 'agent.sub_agent.started', { ...tag, description: 'say hi', prompt: 'say hi' }),
      ev(3, 'agent.response.delta', { ...tag, text: 'hi from the child' }),
      ev(4, 'agent.tool.call', { ...tag, tool_call_id: 'call_1', tool_name: 'TodoWrite', tool_input: {} }),
      ev(5, 'agent.tool.result', { ...tag, tool_call_id: 'call_1', tool_name: 'TodoWrite', result: 'child', is_error: false }),
      ev(6, 'agent.response', { ...tag, text: 'hi from the child' }),
      ev(7, 'agent.sub_agent.complete', { ...tag, status: 'completed', result: 'hi from the child' }),
      ev(8, 'agent.tool.result', { tool_call_id: 'call_1', tool_name: 'sub_agent_task', result: { result: 'hi' },
        is_error: false }),
      ev(9, 'agent.response', { text: 'Done.' }),
    ]);
    expect(kinds(state)).toEqual(['user', 'tool', 'assistant']);
    const tool = state.items[1] as ToolItem;
    expect(tool.name).toBe('sub_agent_task');
    expect(tool.result).toEqual({ result: 'hi' });
    expect((state.items[2] as AssistantItem).text).toBe('Done.');
    expect(state.log).toHaveLength(9); // the tagged persisted events stay in the log
  });
});

describe('browser view', () => {
  it('keeps the latest browser screenshot, the run\'s own and a sub-agent\'s', () => {
    const shot = (n: number) => ({ id: `f-${n}`, name: `browser-${n}.jpg`, content_type: 'image/jpeg' });
    let state = reduceAll(initialState(), [
      ev(1, 'media.browser_screenshot', { tool_call_id: 'call_1', url: 'https://a.example/', title: 'A', tabs: 1,
        screenshot: shot(1) }),
      ev(2, 'media.browser_screenshot', { tool_call_id: 'call_2', url: 'https://b.example/', title: 'B', tabs: 2,
        screenshot: shot(2) }),
    ]);
    expect(state.latest['media.browser_screenshot']).toMatchObject({ url: 'https://b.example/', tabs: 2 });
    state = reduce(state, ev(3, 'media.browser_screenshot', { url: 'https://c.example/', title: 'C', tabs: 1,
      screenshot: shot(3), sub_agent_id: 'sa-1', parent_run_id: RUN, sub_agent_depth: 1 }));
    expect(state.latest['media.browser_screenshot']).toMatchObject({ url: 'https://c.example/', sub_agent_id: 'sa-1' });
    expect(state.items).toHaveLength(0);
  });
});

describe('tool timing', () => {
  it('a tool card knows when its call and result happened (for the duration)', () => {
    const state = reduceAll(initialState(), [
      ev(1, 'agent.tool.call', { tool_call_id: 'c1', tool_name: 'Bash', tool_input: { command: 'ls' } },
        { timestamp: '2026-12-06T10:00:00.000Z' }),
      ev(2, 'agent.tool.result', { tool_call_id: 'c1', tool_name: 'Bash', result: { exit_code: 0 }, is_error: false },
        { timestamp: '2026-12-06T10:00:02.500Z' }),
    ]);
    const tool = state.items.find((i) => i.kind === 'tool');
    expect(tool && tool.kind === 'tool' && tool.endedAt! - tool.startedAt!).toBe(2500);
  });
});
