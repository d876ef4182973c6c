import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Chat, uploadForChat, type AdvancedMode, type ChatEvent, type ChatMessageInfo } from '../api/chat';
import { Models, type ModelSetting } from '../api/endpoints';
import { errorText } from '../api/http';
import { StorybookLink } from '../components/storybooks/StorybookLink';
import './ChatPage.css';

/** Chat mode (docs/api/chat.md): conversations, a streamed answer with tool cards, attachments, model,
 *  advanced mode and council mode. */

const TOOLS = ['web_search', 'image_search', 'web_visit', 'file_search', 'code_interpreter', 'generate_image'];

interface LiveTool { id: string; name: string; args: string; output?: string; error?: boolean; status: 'streaming' | 'running' | 'done' }
interface LiveMember { model: string; name: string; text: string; status: string; error?: string }
interface Live {
  question: string; files: string[]; text: string; thinking: string; tools: LiveTool[];
  members: LiveMember[]; synthesis: string | null; summary: string | null; error: string | null; done: boolean;
}

const EMPTY_MODE: AdvancedMode = { model_id: null, temperature: null, reasoning_effort: null, tools: {}, system_prompt: null };

function reduce(live: Live, e: ChatEvent): Live {
  const d = e.data as Record<string, string & boolean & Record<string, unknown>>;
  switch (e.event) {
    case 'content': return d.status === 'delta' ? { ...live, text: live.text + d.delta } : live;
    case 'thinking': return { ...live, thinking: live.thinking + d.delta };
    case 'tool_call': {
      const tools = [...live.tools];
      const at = tools.findIndex((t) => t.id === d.id);
      if (d.status === 'start' && at < 0) tools.push({ id: d.id, name: d.name, args: '', status: 'streaming' });
      if (d.status === 'delta' && at >= 0) tools[at] = { ...tools[at], args: tools[at].args + d.delta };
      if (d.status === 'stop') {
        const stopped = { id: d.id, name: d.name, args: JSON.stringify(d.input), status: 'running' as const };
        if (at >= 0) tools[at] = { ...tools[at], ...stopped }; else tools.push(stopped);
      }
      return { ...live, tools };
    }
    case 'tool_result':
      return { ...live, tools: live.tools.map((t) => t.id === d.tool_call_id
        ? { ...t, output: d.output, error: d.is_error, status: 'done' } : t) };
    case 'council_member': {
      const members = [...live.members];
      const at = members.findIndex((m) => m.model === d.model_id);
      if (at < 0) members.push({ model: d.model_id, name: d.model_name ?? d.model_id, text: '', status: 'start' });
      const i = at < 0 ? members.length - 1 : at;
      if (d.status === 'delta') members[i] = { ...members[i], text: members[i].text + d.delta };
      if (d.status === 'complete') members[i] = { ...members[i], status: 'complete' };
      if (d.status === 'error') members[i] = { ...members[i], status: 'error', error: d.message };
      return { ...live, members };
    }
    case 'council_synthesis': return { ...live, synthesis: d.model_name ?? d.model_id };
    case 'summary': return d.status === 'done' ? { ...live, summary: d.content } : live;
    case 'error': return { ...live, error: d.message, done: true };
    case 'complete': return { ...live, done: true };
    default: return live;
  }
}

function ToolCard({ name, args, output, error, status }: { name: string; args: string; output?: string; error?: boolean; status: string }) {
  return (<>
    <details className="tool-card" data-testid="chat-tool-card" data-tool={name} data-status={status} open={status !== 'done'}>
      <summary><strong>{name}</strong> <span className="muted">{status === 'done' ? (error ? 'failed' : 'done') : status}</span></summary>
      <pre className="tool-args">{args}</pre>
      {output !== undefined && <pre className="tool-output">{output}</pre>}
    </details>
    {name === 'generate_storybook' && !error && output !== undefined && <StorybookLink result={output} />}
  </>);
}

function CouncilColumns({ members, synthesis }: { members: LiveMember[]; synthesis: string | null }) {
  return (
    <div className="council" data-testid="chat-council">
      {members.map((m) => (
        <div key={m.model} className="council-member" data-testid="chat-council-member" data-model={m.model} data-status={m.status}>
          <strong>{m.name}</strong><div>{m.error ?? m.text}</div>
        </div>))}
      {synthesis && <p className="muted">Synthesis by {synthesis}</p>}
    </div>
  );
}

function Message({ m }: { m: ChatMessageInfo }) {
  return (
    <article className={`message ${m.role}`} data-testid={`chat-message-${m.role}`}>
      {m.files?.length > 0 && <ul className="attachments">{m.files.map((f) => <li key={f.id}>{f.name}</li>)}</ul>}
      {m.tool_steps?.flatMap((s) => s.tool_calls).map((c) => (
        <ToolCard key={c.id} name={c.name} args={JSON.stringify(c.input)} output={c.output} error={c.is_error} status="done" />))}
      <div className="text">{m.content}</div>
    </article>
  );
}

export default function ChatPage() {
  const { sessionId } = useParams();
  const navigate = useNavigate();
  const [conversations, setConversations] = useState<{ id: string; name: string | null }[]>([]);
  const [messages, setMessages] = useState<ChatMessageInfo[]>([]);
  const [models, setModels] = useState<ModelSetting[]>([]);
  const [model, setModel] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<{ id: string; name: string }[]>([]);
  const [live, setLive] = useState<Live | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [showAdvanced, setShowAdvanced] = useState(false);
  const [mode, setMode] = useState<AdvancedMode>(EMPTY_MODE);
  const [council, setCouncil] = useState(false);
  const [members, setMembers] = useState<string[]>([]);
  // the last council's columns stay shown under its conversation after the answer is reloaded from history
  const [councilView, setCouncilView] = useState<{ sid: string; members: LiveMember[]; synthesis: string | null } | null>(null);

  const refresh = useCallback(() => {
    Chat.list().then((r) => setConversations(r.sessions)).catch((e) => setProblem(errorText(e)));
  }, []);
  useEffect(() => { refresh(); Models.list().then((r) => setModels(r.models)).catch(() => setModels([])); }, [refresh]);
  useEffect(() => {
    setLive(null);
    if (!sessionId) { setMessages([]); setMode(EMPTY_MODE); return; }
    Chat.history(sessionId).then((r) => setMessages(r.messages)).catch((e) => setProblem(errorText(e)));
    Chat.advanced(sessionId).then(setMode).catch(() => setMode(EMPTY_MODE));
  }, [sessionId]);

  const send = async () => {
    if (!text.trim() || busy) return;
    const body: Record<string, unknown> = { content: text.trim() };
    if (sessionId) body.session_id = sessionId;
    if (model) body.model_id = model;
    if (files.length) body.file_ids = files.map((f) => f.id);
    if (council && members.length >= 2) body.council = { models: members };
    let state: Live = { question: text.trim(), files: files.map((f) => f.name), text: '', thinking: '', tools: [],
      members: [], synthesis: null, summary: null, error: null, done: false };
    setLive(state);
    setText('');
    setFiles([]);
    setBusy(true);
    setProblem(null);
    let created: string | null = null;
    try {
      await Chat.send(body, (e) => {
        if (e.event === 'session') created = e.data.session_id as string;
        state = reduce(state, e);
        setLive(state);
      });
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
    const sid = created ?? sessionId;
    if (sid && state.members.length > 0) setCouncilView({ sid, members: state.members, synthesis: state.synthesis });
    // someone who left the chat page mid-answer (e.g. through a storybook link) stays where they went
    if (created) { refresh(); if (window.location.pathname.startsWith('/chat')) navigate(`/chat/${created}`); return; }
    if (sid) {
      const r = await Chat.history(sid);
      setMessages(r.messages);
      setLive(null);
    }
  };

  const keys = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) { e.preventDefault(); void send(); }
  };

  const attach = async (list: FileList) => {
    try {
      const uploaded = await Promise.all(Array.from(list).map(uploadForChat));
      setFiles((old) => [...old, ...uploaded]);
    } catch (e) { setProblem(errorText(e)); }
  };

  const saveMode = async () => {
    if (!sessionId) return;
    try { setMode(await Chat.saveAdvanced(sessionId, mode)); setShowAdvanced(false); } catch (e) { setProblem(errorText(e)); }
  };

  return (
    <section className="chat-page" data-testid="chat-page">
      <aside className="chat-list">
        <button type="button" className="primary" data-testid="chat-new" onClick={() => navigate('/chat')}>New chat</button>
        <ul>
          {conversations.map((c) => (
            <li key={c.id}>
              <button type="button" className={c.id === sessionId ? 'active' : ''} data-testid="chat-conversation"
                onClick={() => navigate(`/chat/${c.id}`)}>{c.name ?? 'Chat'}</button>
            </li>
          ))}
        </ul>
      </aside>
      <div className="chat-main">
        <div className="chat-bar">
          <label>Model{' '}
            <select data-testid="chat-model" value={model} onChange={(e) => setModel(e.target.value)}>
              <option value="">{mode.model_id ? 'Conversation’s model' : 'Server default'}</option>
              {models.map((m) => <option key={m.id} value={m.id}>{m.display_name}</option>)}
            </select>
          </label>
          <label><input type="checkbox" data-testid="chat-council-toggle" checked={council}
            onChange={(e) => setCouncil(e.target.checked)} /> Council</label>
          {sessionId && <button type="button" data-testid="chat-advanced-toggle" onClick={() => setShowAdvanced(!showAdvanced)}>Advanced</button>}
        </div>
        {council && (
          <fieldset className="chat-council-pick" data-testid="chat-council-pick">
            <legend>Council members (2–10)</legend>
            {models.map((m) => (
              <label key={m.id}><input type="checkbox" checked={members.includes(m.id)} onChange={(e) =>
                setMembers(e.target.checked ? [...members, m.id] : members.filter((x) => x !== m.id))} /> {m.display_name}</label>
            ))}
          </fieldset>
        )}
        {showAdvanced && (
          <form className="chat-advanced" data-testid="chat-advanced" onSubmit={(e) => { e.preventDefault(); void saveMode(); }}>
            <label>Temperature <input type="number" min={0} max={2} step={0.1} data-testid="chat-advanced-temperature"
              value={mode.temperature ?? ''} onChange={(e) => setMode({ ...mode, temperature: e.target.value === '' ? null : Number(e.target.value) })} /></label>
            <label>Reasoning effort <select data-testid="chat-advanced-effort" value={mode.reasoning_effort ?? ''}
              onChange={(e) => setMode({ ...mode, reasoning_effort: e.target.value || null })}>
              <option value="">Default</option>{['minimal', 'low', 'medium', 'high'].map((x) => <option key={x}>{x}</option>)}
            </select></label>
            <label>System prompt <textarea data-testid="chat-advanced-system" value={mode.system_prompt ?? ''}
              onChange={(e) => setMode({ ...mode, system_prompt: e.target.value || null })} /></label>
            <div>{TOOLS.map((t) => (
              <label key={t}><input type="checkbox" data-testid={`chat-advanced-tool-${t}`} checked={mode.tools[t] ?? true}
                onChange={(e) => setMode({ ...mode, tools: { ...mode.tools, [t]: e.target.checked } })} /> {t}</label>))}</div>
            <button type="submit" className="primary" data-testid="chat-advanced-save">Save</button>
          </form>
        )}
        <div className="chat-messages" data-testid="chat-messages">
          {messages.map((m) => <Message key={m.id} m={m} />)}
          {!live && councilView && councilView.sid === sessionId
            && <CouncilColumns members={councilView.members} synthesis={councilView.synthesis} />}
          {live && (
            <>
              <article className="message user" data-testid="chat-message-user">
                {live.files.length > 0 && <ul className="attachments">{live.files.map((f) => <li key={f}>{f}</li>)}</ul>}
                <div className="text">{live.question}</div>
              </article>
              {live.summary && <p className="muted" data-testid="chat-summary">Earlier messages summarised.</p>}
              {live.members.length > 0 && <CouncilColumns members={live.members} synthesis={live.synthesis} />}
              <article className="message assistant" data-testid="chat-message-assistant" data-done={live.done}>
                {live.tools.map((t) => <ToolCard key={t.id} {...t} />)}
                <div className="text">{live.text}</div>
                {live.error && <p className="error" data-testid="chat-error">{live.error}</p>}
              </article>
            </>
          )}
        </div>
        {problem && <p className="error" role="alert">{problem}</p>}
        <div className="composer">
          {files.length > 0 && <ul className="attachments" data-testid="chat-attachments">{files.map((f) => <li key={f.id}>{f.name}</li>)}</ul>}
          <textarea data-testid="chat-input" rows={3} value={text} placeholder="Message (Enter sends)"
            onChange={(e) => setText(e.target.value)} onKeyDown={keys} />
          <div className="composer-bar">
            <label className="button attach">Attach
              <input type="file" multiple data-testid="chat-attach" className="visually-hidden"
                onChange={(e) => { if (e.target.files?.length) void attach(e.target.files); e.target.value = ''; }} /></label>
            <span className="spacer" />
            {busy && sessionId && <button type="button" className="danger" data-testid="chat-stop" onClick={() => void Chat.stop(sessionId)}>Stop</button>}
            <button type="button" className="primary" data-testid="chat-send" disabled={busy || !text.trim()} onClick={() => void send()}>Send</button>
          </div>
        </div>
      </div>
    </section>
  );
}
