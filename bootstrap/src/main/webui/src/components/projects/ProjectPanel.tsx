import { useEffect, useState } from 'react';
import { Projects, type ProjectInfo } from '../../api/projects';
import { errorText } from '../../api/http';
import type { Envelope } from '../../state/eventReducer';
import { PreviewPanel } from '../PreviewPanel';
import { DatabaseBrowser } from './DatabaseBrowser';
import { DeployPanel } from './DeployPanel';
import { DesignMode } from './DesignMode';
import { SecretsEditor } from './SecretsEditor';

const TABS = [
  { id: 'preview', label: 'Preview' },
  { id: 'database', label: 'Database' },
  { id: 'secrets', label: 'Secrets' },
  { id: 'deploy', label: 'Deploy' },
  { id: 'design', label: 'Design' },
] as const;

type Tab = (typeof TABS)[number]['id'];

interface Props {
  sessionId: string;
  /** Changes when a run ends: the agent may have changed the project, its tables or its server. */
  version: number;
  log: Envelope[];
  command: (content: Record<string, unknown>) => void;
}

/** The session's project (docs/projects.md): its preview, database, secrets and deployment. */
export function ProjectPanel({ sessionId, version, log, command }: Props) {
  const [project, setProject] = useState<ProjectInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('preview');

  useEffect(() => {
    Projects.get(sessionId).then((p) => { setProject(p); setError(null); }, (e) => setError(errorText(e)));
  }, [sessionId, version]);

  if (!project) return error ? <p className="muted" role="alert">{error}</p> : null;
  return (
    <section className="card project-panel" aria-label="Project" data-testid="project-panel">
      <h2>{project.name} <span className="badge" data-testid="project-framework">{project.framework}</span></h2>
      <div role="tablist" aria-label="Project" className="tabs">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`project-tab-${t.id}`} aria-selected={tab === t.id}
            aria-controls={`project-panel-${t.id}`} data-testid={`project-tab-${t.id}`} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`project-panel-${tab}`} aria-labelledby={`project-tab-${tab}`}>
        {tab === 'preview' && <PreviewPanel sessionId={sessionId} autoOpen embedded />}
        {tab === 'database' && (project.database
          ? <DatabaseBrowser projectId={project.id} version={version} />
          : <p className="muted" data-testid="db-none">This project has no database.</p>)}
        {tab === 'secrets' && <SecretsEditor sessionId={sessionId} />}
        {tab === 'deploy' && <DeployPanel projectId={project.id} log={log} command={command} />}
        {tab === 'design' && <DesignMode sessionId={sessionId} framework={project.framework} />}
      </div>
    </section>
  );
}
