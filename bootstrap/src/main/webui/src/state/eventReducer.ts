/**
 * The session view as a pure fold over the event envelopes of docs/protocol/events.md.
 *
 * - Persisted events are kept sorted by seq; one already seen (same id, or same seq) is dropped,
 *   so a resume that replays what we have adds nothing. One that arrives out of order is put in
 *   its place and the view is rebuilt from the sorted log.
 * - Transient events (deltas) are merged into the open assistant draft of their run; the persisted
 *   agent.response / agent.reasoning that follows replaces the draft's text, so what was streamed
 *   and what was stored never show twice.
 * - Replies meant for one connection (connection.established, system.pong, command errors) carry
 *   the connection's latest seq and a fresh id: they never enter the log.
 */

export interface Envelope {
  v?: number;
  seq: number;
  id: string;
  group?: string;
  name: string;
  session_id?: string | null;
  run_id?: string | null;
  timestamp?: string;
  transient?: boolean;
  content: Record<string, unknown>;
}

export type RunStatus = 'idle' | 'running' | 'waiting' | 'completed' | 'cancelled' | 'failed';
export type ToolStatus = 'running' | 'done' | 'error' | 'waiting';

export interface UserItem {
  kind: 'user';
  key: string;
  seq: number;
  runId: string | null;
  text: string;
  files: string[];
}

export interface AssistantItem {
  kind: 'assistant';
  key: string;
  seq: number;
  runId: string | null;
  text: string;
  reasoning: string;
  /** Still receiving deltas. */
  streaming: boolean;
}

export interface ToolItem {
  kind: 'tool';
  key: string;
  seq: number;
  runId: string | null;
  toolCallId: string;
  name: string;
  input: unknown;
  result: unknown;
  status: ToolStatus;
  /** When the call and its result happened (event timestamps, ms), for the card's duration. */
  startedAt?: number;
  endedAt?: number;
}

export interface NoticeItem {
  kind: 'notice';
  key: string;
  seq: number;
  runId: string | null;
  level: 'error' | 'info';
  code: string | null;
  message: string;
}

export type TimelineItem = UserItem | AssistantItem | ToolItem | NoticeItem;

export interface WaitingTool {
  tool_call_id: string;
  tool_name: string;
  tool_input: Record<string, unknown>;
  requires_confirmation: boolean;
  requires_user_input: boolean;
}

export interface PendingApproval {
  runId: string;
  message: string;
  tools: WaitingTool[];
}

export interface Milestone {
  id: string;
  content: string;
  status: string;
  details?: string | null;
  dependencies?: string[] | null;
}

export interface Plan {
  summary: string;
  milestones: Milestone[];
}

export interface ModelInfo {
  model: string;
  provider: string;
  offline: boolean;
}

/** A message for the person, shown once as a toast (errors, stops). */
export interface Alert {
  id: string;
  level: 'error' | 'info';
  code: string | null;
  message: string;
}

export interface SessionState {
  /** Persisted events by seq, ascending, without duplicates. */
  log: Envelope[];
  /** Highest persisted seq seen: what a resume asks for. */
  lastSeq: number;
  ids: Set<string>;
  items: TimelineItem[];
  runStatus: RunStatus;
  latestRunId: string | null;
  /** Credits used by each run (sum of billing.credits.deducted). */
  runCost: Record<string, number>;
  creditsRemaining: number | null;
  pending: PendingApproval | null;
  plan: Plan | null;
  model: ModelInfo | null;
  sandboxStatus: string | null;
  alerts: Alert[];
  /** Seq of the event that closed the last assistant draft of each run: older deltas are late copies. */
  closedAt: Record<string, number>;
  /** Extra payloads the view may use (file tree, file content, workspace) keyed by event name. */
  latest: Record<string, Record<string, unknown>>;
}

export function initialState(): SessionState {
  return {
    log: [],
    lastSeq: 0,
    ids: new Set(),
    items: [],
    runStatus: 'idle',
    latestRunId: null,
    runCost: {},
    creditsRemaining: null,
    pending: null,
    plan: null,
    model: null,
    sandboxStatus: null,
    alerts: [],
    closedAt: {},
    latest: {},
  };
}

/** Names whose events can also be direct replies to one connection (fresh id, the connection's seq). */
const DIRECT_REPLY_NAMES = new Set(['system.error', 'system.pong', 'connection.established']);

export function reduce(state: SessionState, event: Envelope): SessionState {
  if (!event || typeof event.name !== 'string') return state;
  if (event.transient || isDirectReply(state, event)) {
    return applyTransient(state, event);
  }
  if (state.ids.has(event.id) || state.log.some((e) => e.seq === event.seq)) {
    return state; // a duplicate (resume, second tab, reconnect race)
  }
  if (event.seq > state.lastSeq) {
    const next = cloneForPersisted(state);
    next.log = [...state.log, event];
    next.lastSeq = event.seq;
    next.ids.add(event.id);
    applyPersisted(next, event);
    return next;
  }
  // Out of order: put it in its place and rebuild the view from the sorted log.
  const log = [...state.log, event].sort((a, b) => a.seq - b.seq);
  return rebuild(log, state);
}

export function reduceAll(state: SessionState, events: Envelope[]): SessionState {
  return events.reduce(reduce, state);
}

function isDirectReply(state: SessionState, event: Envelope): boolean {
  return DIRECT_REPLY_NAMES.has(event.name) && !state.ids.has(event.id) && event.seq <= state.lastSeq
    && (event.name !== 'system.error' || !event.run_id);
}

function rebuild(log: Envelope[], previous: SessionState): SessionState {
  const fresh = initialState();
  fresh.alerts = previous.alerts;
  let state = fresh;
  for (const event of log) {
    state = cloneForPersisted(state);
    state.log = [...state.log, event];
    state.lastSeq = Math.max(state.lastSeq, event.seq);
    state.ids.add(event.id);
    applyPersisted(state, event);
  }
  state.alerts = previous.alerts;
  return state;
}

function cloneForPersisted(state: SessionState): SessionState {
  return {
    ...state,
    ids: new Set(state.ids),
    items: [...state.items],
    runCost: { ...state.runCost },
    closedAt: { ...state.closedAt },
    latest: { ...state.latest },
  };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));
const num = (value: unknown): number => {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
};

function runKey(event: Envelope): string {
  return str(event.run_id ?? event.content?.run_id) || '';
}

function openDraftIndex(items: TimelineItem[], runId: string): number {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if ((item.runId ?? '') !== runId || item.kind === 'notice') continue;
    return item.kind === 'assistant' && item.streaming ? i : -1;
  }
  return -1;
}

function closeDraft(state: SessionState, runId: string, seq: number) {
  const index = openDraftIndex(state.items, runId);
  if (index >= 0) {
    const draft = state.items[index] as AssistantItem;
    if (!draft.text && !draft.reasoning) {
      state.items.splice(index, 1);
    } else {
      state.items[index] = { ...draft, streaming: false };
    }
  }
  state.closedAt[runId] = Math.max(state.closedAt[runId] ?? 0, seq);
}

function alert(state: SessionState, event: Envelope, level: 'error' | 'info', message: string, code: string | null) {
  state.alerts = [...state.alerts, { id: event.id, level, code, message }];
}

/** A sub-agent's event (docs/protocol/events.md, sub-agent tag): the parent's sub_agent_task result shows its answer. */
function isSubAgentEvent(event: Envelope): boolean {
  return typeof event.content?.sub_agent_id === 'string';
}

function applyPersisted(state: SessionState, event: Envelope) {
  if (isSubAgentEvent(event)) {
    // the browser panel shows a sub-agent's browser too; nothing else of a sub-agent reaches the view
    if (event.name === 'media.browser_screenshot') state.latest[event.name] = event.content ?? {};
    return; // kept in the log; its call ids would collide with the parent's in the timeline
  }
  const c = event.content ?? {};
  const runId = runKey(event);
  const base = { seq: event.seq, runId: runId || null };
  switch (event.name) {
    case 'session.user_message': {
      state.items.push({ kind: 'user', key: event.id, ...base, text: str(c.text),
        files: Array.isArray(c.files) ? c.files.map((f) => (typeof f === 'string' ? f : str((f as Record<string, unknown>)?.name ?? (f as Record<string, unknown>)?.id))) : [] });
      if (runId) {
        state.latestRunId = runId;
        state.runStatus = 'running';
      }
      state.pending = null;
      break;
    }
    case 'agent.processing': {
      state.runStatus = 'running';
      if (runId) state.latestRunId = runId;
      if (c.model) state.model = { model: str(c.model), provider: str(c.model_provider), offline: c.offline_model === true };
      break;
    }
    case 'agent.reasoning': {
      upsertDraft(state, event, runId, (draft) => ({ ...draft, reasoning: str(c.text) }));
      state.closedAt[runId] = event.seq; // the turn's deltas are all in: later copies are stale
      break;
    }
    case 'agent.response': {
      upsertDraft(state, event, runId, (draft) => ({ ...draft, text: str(c.text), streaming: false }));
      state.closedAt[runId] = event.seq;
      break;
    }
    case 'agent.tool.call': {
      closeDraft(state, runId, event.seq);
      const id = str(c.tool_call_id);
      if (!state.items.some((i) => i.kind === 'tool' && i.toolCallId === id && i.runId === base.runId)) {
        state.items.push({ kind: 'tool', key: event.id, ...base, toolCallId: id, name: str(c.tool_name),
          input: c.tool_input ?? {}, result: undefined, status: 'running', startedAt: timeOf(event) });
      }
      break;
    }
    case 'agent.tool.result': {
      closeDraft(state, runId, event.seq);
      const id = str(c.tool_call_id);
      const index = state.items.findIndex((i) => i.kind === 'tool' && i.toolCallId === id && i.runId === base.runId);
      const status: ToolStatus = c.is_error === true ? 'error' : 'done';
      if (index >= 0) {
        state.items[index] = { ...(state.items[index] as ToolItem), result: c.result, status, endedAt: timeOf(event) };
      } else {
        state.items.push({ kind: 'tool', key: event.id, ...base, toolCallId: id, name: str(c.tool_name),
          input: c.tool_input ?? {}, result: c.result, status, endedAt: timeOf(event) });
      }
      break;
    }
    case 'agent.tool.confirmation': {
      closeDraft(state, runId, event.seq);
      const tools = (Array.isArray(c.tools) ? c.tools : []) as WaitingTool[];
      const waiting = new Set(tools.map((t) => t.tool_call_id));
      state.items = state.items.map((i) => (i.kind === 'tool' && i.runId === base.runId && waiting.has(i.toolCallId)
        && i.status === 'running' ? { ...i, status: 'waiting' } : i));
      state.pending = { runId, message: str(c.message), tools };
      state.runStatus = 'waiting';
      break;
    }
    case 'agent.continue': {
      state.pending = null;
      state.runStatus = 'running';
      break;
    }
    case 'agent.complete': {
      closeDraft(state, runId, event.seq);
      state.pending = null;
      state.runStatus = 'completed';
      break;
    }
    case 'agent.response.interrupted': {
      closeDraft(state, runId, event.seq);
      state.pending = null;
      state.items = state.items.map((i) => (i.kind === 'tool' && i.runId === base.runId
        && (i.status === 'running' || i.status === 'waiting') ? { ...i, status: 'error', result: i.result ?? 'Not run: the run stopped.' } : i));
      state.runStatus = c.run_status === 'failed' ? 'failed' : 'cancelled';
      state.items.push({ kind: 'notice', key: event.id, ...base, level: state.runStatus === 'failed' ? 'error' : 'info',
        code: str(c.reason) || null, message: str(c.message) || 'The run stopped.' });
      break;
    }
    case 'agent.stream.complete': {
      closeDraft(state, runId, event.seq);
      break;
    }
    case 'system.error': {
      const message = str(c.message) || 'Something went wrong.';
      const code = str(c.code) || str(c.error_code) || null;
      state.items.push({ kind: 'notice', key: event.id, ...base, level: 'error', code, message });
      alert(state, event, 'error', message, code);
      break;
    }
    case 'system.notification': {
      alert(state, event, 'info', str(c.message), null);
      break;
    }
    case 'billing.credits.deducted': {
      if (runId) state.runCost[runId] = (state.runCost[runId] ?? 0) + num(c.credits_used);
      if (c.credits_remaining != null) state.creditsRemaining = num(c.credits_remaining);
      break;
    }
    case 'plan.milestone.generated': {
      state.plan = { summary: str(c.summary), milestones: (Array.isArray(c.milestones) ? c.milestones : []) as Milestone[] };
      break;
    }
    case 'plan.milestone.updated': {
      if (state.plan) {
        const id = str(c.milestone_id);
        state.plan = { ...state.plan, milestones: state.plan.milestones.map((m) => (m.id === id ? { ...m, status: str(c.status) } : m)) };
      }
      break;
    }
    case 'sandbox.initialized':
    case 'sandbox.status_changed': {
      state.sandboxStatus = str(c.status) || (event.name === 'sandbox.initialized' ? 'ready' : state.sandboxStatus);
      state.latest[event.name] = c;
      break;
    }
    default:
      state.latest[event.name] = c;
  }
}

function upsertDraft(state: SessionState, event: Envelope, runId: string, change: (draft: AssistantItem) => AssistantItem) {
  const index = openDraftIndex(state.items, runId);
  if (index >= 0) {
    state.items[index] = change(state.items[index] as AssistantItem);
  } else {
    state.items.push(change({ kind: 'assistant', key: event.id, seq: event.seq, runId: runId || null, text: '',
      reasoning: '', streaming: true }));
  }
}

function applyTransient(state: SessionState, event: Envelope): SessionState {
  if (isSubAgentEvent(event)) return state; // a sub-agent's stream is not the run's answer
  const c = event.content ?? {};
  const runId = runKey(event);
  switch (event.name) {
    case 'agent.response.delta':
    case 'agent.reasoning.delta':
    case 'agent.reasoning.start': {
      if ((state.closedAt[runId] ?? -1) > event.seq) return state; // a late copy of a closed turn
      const items = [...state.items];
      let index = openDraftIndex(items, runId);
      if (index < 0) {
        items.push({ kind: 'assistant', key: `draft-${event.id}`, seq: event.seq, runId: runId || null, text: '',
          reasoning: '', streaming: true });
        index = items.length - 1;
      }
      const draft = items[index] as AssistantItem;
      const text = str(c.text);
      items[index] = event.name === 'agent.response.delta' ? { ...draft, text: draft.text + text }
        : event.name === 'agent.reasoning.delta' ? { ...draft, reasoning: draft.reasoning + text } : draft;
      const runStatus = state.runStatus === 'idle' || state.runStatus === 'completed' ? 'running' : state.runStatus;
      return { ...state, items, runStatus: runId && runId !== state.latestRunId ? 'running' : runStatus,
        latestRunId: runId || state.latestRunId };
    }
    case 'system.error': {
      const message = str(c.message) || 'Something went wrong.';
      const code = str(c.code) || str(c.error_code) || null;
      return { ...state, alerts: [...state.alerts, { id: event.id, level: 'error', code, message }],
        latest: { ...state.latest, 'system.error': c } };
    }
    case 'billing.metrics.updated':
    case 'file.tree.listed':
    case 'file.content.read':
    case 'file.tree.updated':
    case 'media.progress':
    case 'connection.established':
      return { ...state, latest: { ...state.latest, [event.name]: c } };
    default:
      return state;
  }
}

/** Removes alerts the view has shown. */
export function dropAlerts(state: SessionState, ids: string[]): SessionState {
  if (ids.length === 0) return state;
  const gone = new Set(ids);
  return { ...state, alerts: state.alerts.filter((a) => !gone.has(a.id)) };
}

/** Credits used by the latest run, or null before any run. */
export function latestRunCost(state: SessionState): number | null {
  return state.latestRunId ? state.runCost[state.latestRunId] ?? 0 : null;
}

/** An event's timestamp in ms, when it has a readable one. */
function timeOf(event: Envelope): number | undefined {
  const ms = event.timestamp ? Date.parse(event.timestamp) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
}
