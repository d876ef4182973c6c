import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Files, Models, Sessions, type ModelSetting, type SessionFile, type SessionInfo } from '../api/endpoints';
import { ApiError, errorText } from '../api/http';
import { ApprovalDialog } from '../components/ApprovalDialog';
import { Composer, type Attachment } from '../components/Composer';
import { Connectors, GoogleDrive } from '../components/connectors/connectorsApi';
import { FilesPanel, treeOf } from '../components/FilesPanel';
import { TerminalPanel } from '../components/TerminalPanel';
import { formatCredits, OFFLINE_LABEL } from '../components/format';
import { PlanPanel } from '../components/PlanPanel';
import { BrowserPanel } from '../components/BrowserPanel';
import { PreviewPanel } from '../components/PreviewPanel';
import { ProjectPanel } from '../components/projects/ProjectPanel';
import { SlidesPanel } from '../components/SlidesPanel';
import { SLIDE_TOOLS } from '../api/slides';
import { SharePanel } from '../components/SharePanel';
import { Timeline } from '../components/Timeline';
import { useToasts } from '../components/Toasts';
import { latestRunCost, type Alert, type Plan } from '../state/eventReducer';
import { useSessionStream } from '../state/useSessionStream';
import { useInitialMessage } from '../components/home/useInitialMessage';
import { SessionFilesContext } from '../components/sessionFiles';
import { useShell } from './Shell';

const SERVER_DEFAULT = '';

/** Friendlier words for the errors a person can act on. */
function alertText(alert: Alert): string {
  switch (alert.code) {
    case 'insufficient_credits':
      return `Not enough credits: ${alert.message} Top up on the Credits page.`;
    case 'concurrent_operation':
    case 'run_already_active':
      return 'A run is already active in this session. Stop it or wait for it to finish.';
    case 'streaming_error':
    case 'llm_provider_error':
    case 'llm_call_failed':
    case 'provider_unavailable':
    case 'upstream_failure':
      return `The model provider failed: ${alert.message}`;
    case 'unknown_model':
      return `${alert.message} Pick another model.`;
    default:
      return alert.message;
  }
}

export function SessionView() {
  const { sessionId = '' } = useParams();
  return <SessionScreen key={sessionId} sessionId={sessionId} />;
}

function SessionScreen({ sessionId }: { sessionId: string }) {
  const toasts = useToasts();
  const { refreshSessions, version } = useShell();
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const [models, setModels] = useState<ModelSetting[]>([]);
  const [modelId, setModelId] = useState<string>(SERVER_DEFAULT);
  const [autoApprove, setAutoApprove] = useState(false);
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [files, setFiles] = useState<SessionFile[]>([]);
  const [sandboxUnavailable, setSandboxUnavailable] = useState(false);
  const [sentFiles, setSentFiles] = useState<Record<string, string[]>>({});
  const [sidePanel, setSidePanel] = useState(false);

  const onAlert = useCallback((alert: Alert) => {
    if (alert.code === 'command_unavailable') {
      setSandboxUnavailable(true); // sandbox commands not built on this server: the REST file list stands in
      return;
    }
    if (alert.code === 'sandbox_not_found') {
      return; // no sandbox yet (created by the first tool that needs one): nothing to list, nothing wrong
    }
    toasts.show(alert.level, alertText(alert));
  }, [toasts]);
  const { state, connection, command, terminal, onTerminal } = useSessionStream(sessionId, onAlert);

  const loadFiles = useCallback(() => {
    Sessions.files(sessionId).then(setFiles).catch(() => setFiles([]));
  }, [sessionId]);

  useEffect(() => {
    Sessions.get(sessionId).then(setInfo).catch((e) => toasts.show('error', errorText(e)));
    Models.list().then((m) => {
      const active = m.models.filter((x) => x.is_active);
      setModels(active);
      const own = active.find((x) => x.is_default && x.config_type === 'user');
      if (own) setModelId(own.id);
    }).catch(() => setModels([]));
    loadFiles();
  }, [sessionId, toasts, loadFiles]);

  // A rename in the sidebar (or a new title) shows in the header too.
  useEffect(() => {
    if (version > 0) Sessions.get(sessionId).then(setInfo).catch(() => undefined);
  }, [version, sessionId]);

  // Ask the sandbox for its status and tree once live; servers without it answer command_unavailable.
  const asked = useRef(false);
  useEffect(() => {
    if (connection === 'live' && !asked.current) {
      asked.current = true;
      command({ command: 'sandbox_status' });
      command({ command: 'file_tree' });
    }
  }, [connection, command]);

  // The title arrives with the first query; a finished run may have written files.
  const lastStatus = useRef(state.runStatus);
  useEffect(() => {
    if (lastStatus.current !== state.runStatus) {
      if (state.runStatus === 'running' || state.runStatus === 'completed') refreshSessions(); // also reloads the header
      if (state.runStatus !== 'running') {
        loadFiles();
        if (!sandboxUnavailable) command({ command: 'file_tree' }); // the run may have changed the workspace
      }
      lastStatus.current = state.runStatus;
    }
  }, [state.runStatus, refreshSessions, loadFiles, command, sandboxUnavailable]);

  const running = state.runStatus === 'running' || state.runStatus === 'waiting';
  const plan: Plan | null = state.plan ?? info?.session_metadata?.plan ?? null;
  const cost = latestRunCost(state);
  const selected = models.find((m) => m.id === modelId);
  // The model the latest run used (agent.processing), named as the settings list names it.
  const ran = state.model ? models.find((m) => m.model_id === state.model!.model && m.offline === state.model!.offline) : undefined;
  const modelName = selected?.display_name ?? ran?.display_name ?? state.model?.model ?? 'Server default model';
  const offline = selected ? selected.offline : state.model?.offline === true;
  const tree = useMemo(() => treeOf(state.latest['file.tree.listed']), [state.latest]);
  const content = useMemo(() => {
    const c = state.latest['file.content.read'];
    return c ? { path: String(c.path ?? c.file_path ?? ''), content: String(c.content ?? '') } : null;
  }, [state.latest]);

  const items = useMemo(() => state.items.map((item) => (item.kind === 'user' && item.files.length === 0 && item.runId
    && sentFiles[item.text] ? { ...item, files: sentFiles[item.text] } : item)), [state.items, sentFiles]);

  const send = (text: string, mode: 'query' | 'plan') => {
    if (connection === 'reconnecting') toasts.show('info', 'Reconnecting… your message is sent as soon as the connection is back.');
    const payload: Record<string, unknown> = { command: mode, text };
    if (modelId) payload.model_id = modelId;
    if (info?.agent_type) payload.agent_type = info.agent_type; // the type picked on the new-session screen
    if (mode === 'query') {
      payload.auto_approve = autoApprove;
      if (attachments.length > 0) {
        payload.files = attachments.map((a) => a.id);
        setSentFiles({ ...sentFiles, [text]: attachments.map((a) => a.name) });
        setAttachments([]);
      }
    }
    command(payload);
  };

  // The home screen's prompt (and its uploaded files) is this session's first query, sent once.
  useInitialMessage(useLocation().state, info != null, (text, sent, repository) => {
    const payload: Record<string, unknown> = { command: 'query', text, auto_approve: autoApprove };
    if (repository) payload.github_repository = repository; // cloned into the workspace first (docs/connectors.md)
    if (modelId) payload.model_id = modelId;
    if (info?.agent_type) payload.agent_type = info.agent_type;
    if (sent.length > 0) {
      payload.files = sent.map((f) => f.id);
      setSentFiles((all) => ({ ...all, [text]: sent.map((f) => f.name) }));
    }
    command(payload);
  });

  const attach = async (list: FileList) => {
    setUploading(true);
    try {
      for (const file of Array.from(list)) {
        const asset = await Files.upload(file, sessionId);
        setAttachments((all) => [...all, { id: asset.id, name: asset.name ?? file.name }]);
      }
      loadFiles();
    } catch (e) {
      toasts.show('error', e instanceof ApiError ? `Upload refused: ${e.message}` : errorText(e));
    } finally {
      setUploading(false);
    }
  };

  // Drive import in the file picker, for users who connected Google Drive (docs/connectors.md)
  const [driveConnected, setDriveConnected] = useState(false);
  useEffect(() => {
    Connectors.status('google-drive').then((s) => setDriveConnected(s.connected), () => setDriveConnected(false));
  }, []);
  const importDrive = async (fileIds: string[]) => {
    setUploading(true);
    try {
      const imported = await GoogleDrive.importFiles(fileIds, sessionId);
      setAttachments((all) => [...all, ...imported.files.map((f) => ({ id: f.id, name: f.name }))]);
      loadFiles();
    } catch (e) {
      toasts.show('error', e instanceof ApiError ? `Import refused: ${e.message}` : errorText(e));
    } finally {
      setUploading(false);
    }
  };

  const savePlan = async (next: Plan) => {
    try {
      await Sessions.savePlan(sessionId, next);
      toasts.show('info', 'Plan saved.');
    } catch (e) {
      toasts.show('error', errorText(e));
    }
  };

  return (
    <div className={`session-view ${sidePanel ? 'side-open' : ''}`}>
      <div className="session-main">
        <header className="session-head">
          <h1 className="session-name">{info?.name?.trim() || 'New session'}</h1>
          <span className={`conn conn-${connection}`} data-testid="connection-state" title="Connection">{connection}</span>
          <span className="spacer" />
          <label className="model-pick">
            <span className="visually-hidden">Model</span>
            <select data-testid="model-select" value={modelId} disabled={running} onChange={(e) => setModelId(e.target.value)}>
              <option value={SERVER_DEFAULT}>Server default</option>
              {models.map((m) => (
                <option key={m.id} value={m.id}>{m.display_name}{m.offline ? ` — ${OFFLINE_LABEL}` : ''}{m.config_type === 'user' ? ' (yours)' : ''}</option>
              ))}
            </select>
          </label>
          <SharePanel sessionId={sessionId} isPublic={info?.is_public ?? false}
            onChange={(p) => setInfo((i) => (i ? { ...i, is_public: p } : i))} />
          <button type="button" className="only-narrow" aria-expanded={sidePanel} onClick={() => setSidePanel(!sidePanel)}>Plan & files</button>
        </header>
        <div className="run-bar" aria-label="Run">
          <span data-testid="model-label" className={offline ? 'model offline' : 'model'}>
            {modelName}{offline && <span className="badge offline-badge">{OFFLINE_LABEL}</span>}
          </span>
          <span>Status: <span data-testid="run-status" className={`badge status-${state.runStatus}`}>{state.runStatus}</span></span>
          <span>Run cost: <span data-testid="run-cost">{formatCredits(cost)}</span> credits</span>
          {state.creditsRemaining != null && <span className="muted">Balance: {formatCredits(state.creditsRemaining)}</span>}
          <label className="check">
            <input type="checkbox" checked={autoApprove} onChange={(e) => setAutoApprove(e.target.checked)} data-testid="auto-approve" />
            Auto-approve tools
          </label>
        </div>
        <SessionFilesContext.Provider value={files}>
          <Timeline items={items} emptyText="Ask for something: the answer streams here, with every tool the agent calls." />
        </SessionFilesContext.Provider>
        {state.pending && (
          <ApprovalDialog pending={state.pending} onAnswer={(confirmed, userInput) => command({
            command: 'continue_run', run_id: state.pending!.runId, confirmed, user_input: userInput,
          })} />
        )}
        <Composer running={running} disabled={false} attachments={attachments} uploading={uploading}
          onSend={send} onStop={() => command({ command: 'cancel' })} onAttach={attach}
          onImportDrive={driveConnected ? importDrive : undefined}
          onRemoveAttachment={(id) => setAttachments((all) => all.filter((a) => a.id !== id))} />
      </div>
      <aside className="session-side" aria-label="Plan and workspace">
        {info?.project_id && (
          <ProjectPanel sessionId={sessionId} log={state.log} command={command}
            version={items.filter((i) => i.kind === 'tool' && i.status !== 'running').length} />
        )}
        <PlanPanel plan={plan} running={running} onGenerate={(text) => send(text, 'plan')} onSave={savePlan}
          onExecute={(ids) => command({ command: 'query', text: 'Carry out the selected milestones.', milestone_ids: ids,
            ...(modelId ? { model_id: modelId } : {}), auto_approve: autoApprove })} />
        <SlidesPanel sessionId={sessionId} version={items.filter((i) => i.kind === 'tool' && SLIDE_TOOLS.has(i.name)
          && i.status !== 'running').length} />
        <BrowserPanel view={state.latest['media.browser_screenshot']} />
        <FilesPanel status={state.sandboxStatus} sandboxUnavailable={sandboxUnavailable} tree={tree} files={files}
          content={content} onOpenPath={(path) => command({ command: 'file_content', path })} />
        {!sandboxUnavailable && (
          <TerminalPanel key={sessionId} sandboxStatus={state.sandboxStatus} connection={connection} send={terminal}
            onTerminal={onTerminal} />
        )}
        {!info?.project_id && !sandboxUnavailable && <PreviewPanel key={`preview-${sessionId}`} sessionId={sessionId} />}
      </aside>
    </div>
  );
}
