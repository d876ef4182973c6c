import { useEffect, useMemo, useState } from 'react';
import { Projects, Subdomains, type Availability, type Claim, type DeploymentInfo } from '../../api/projects';
import { ApiError, errorText } from '../../api/http';
import type { Envelope } from '../../state/eventReducer';
import { deploying, deployProgress, phaseStates } from './deployProgress';

interface Props {
  projectId: string;
  /** The session's persisted events: the deploy phases arrive there as agent.status.update. */
  log: Envelope[];
  command: (content: Record<string, unknown>) => void;
}

/** Subdomain check and claim, deploy with each phase shown as it happens, the live URL, undeploy. */
export function DeployPanel({ projectId, log, command }: Props) {
  const [recorded, setRecorded] = useState<DeploymentInfo | null>(null);
  const [name, setName] = useState('');
  const [availability, setAvailability] = useState<Availability | null>(null);
  const [claim, setClaim] = useState<Claim | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useMemo(() => deployProgress(log), [log]);
  const status = progress?.status;

  // The record is read on opening and again whenever a deployment ends (its phases' timings are final then).
  useEffect(() => {
    if (deploying(status)) return;
    Projects.deployment(projectId).then(setRecorded, (e) => {
      if (!(e instanceof ApiError && e.code === 'deployment_not_found')) setError(errorText(e));
    });
  }, [projectId, status]);

  // The events tell a deployment the record does not have yet; the record wins once it has caught up (or after undeploy).
  const latest = progress && recorded?.id !== progress.deployment.id ? progress.deployment : recorded;
  const live = latest?.deployment_status === 'deployed' ? latest.deployment_url : null;
  const busy = deploying(status);

  const act = async (call: () => Promise<void>) => {
    setError(null);
    try {
      await call();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const check = () => act(async () => {
    setClaim(null);
    setAvailability(await Subdomains.check(name.trim().toLowerCase()));
  });
  const claimIt = () => act(async () => setClaim(await Subdomains.claim(projectId, availability!.subdomain)));
  const undeploy = () => act(async () => setRecorded(await Projects.undeploy(projectId)));
  const publish = () => {
    setError(null);
    command({ command: 'publish', ...(claim ? { subdomain: claim.subdomain } : {}) });
  };

  return (
    <div className="panel" data-testid="deploy-panel">
      <div className="row">
        <label>Subdomain <input data-testid="subdomain-input" value={name} placeholder="my-site" autoComplete="off"
          onChange={(e) => { setName(e.target.value); setAvailability(null); }} /></label>
        <button type="button" data-testid="subdomain-check" disabled={!name.trim()} onClick={check}>Check</button>
        <button type="button" data-testid="subdomain-claim" disabled={!availability?.available || claim != null}
          onClick={claimIt}>Claim</button>
      </div>
      {availability && !claim && (
        <p data-testid="subdomain-availability" data-available={availability.available} className="muted">
          {availability.available ? `Free: ${availability.url ?? availability.subdomain}` : availability.message ?? availability.reason}
        </p>
      )}
      {claim && <p data-testid="subdomain-claimed">Claimed <strong>{claim.subdomain}</strong> for this project: {claim.url}</p>}
      <div className="row">
        <button type="button" data-testid="deploy-button" disabled={busy} onClick={publish}>
          {live ? 'Deploy again' : 'Deploy'}
        </button>
        <button type="button" data-testid="undeploy-button" disabled={busy || !live} onClick={undeploy}>Undeploy</button>
        <span data-testid="deploy-status" className="badge">{latest?.deployment_status ?? 'not deployed'}</span>
      </div>
      {progress && (
        <ol className="deploy-phases" aria-label="Deploy progress">
          {phaseStates(progress).map((p) => (
            <li key={p.phase} data-testid="deploy-phase" data-phase={p.phase} data-state={p.state}
              className={`phase-${p.state}`}>
              {p.phase} <span className="muted">{p.state}</span>{p.error && <span> — {p.error}</span>}
            </li>
          ))}
        </ol>
      )}
      {live && <p>Live at <a data-testid="deploy-url" href={live} target="_blank" rel="noopener noreferrer">{live}</a></p>}
      {latest?.deployment_status === 'failed' && (
        <p role="alert" data-testid="deploy-error" className="notice notice-error">
          Failed in {latest.failed_phase}: {latest.error_message}
        </p>
      )}
      {error && <p className="muted" role="alert" data-testid="deploy-panel-error">{error}</p>}
    </div>
  );
}
