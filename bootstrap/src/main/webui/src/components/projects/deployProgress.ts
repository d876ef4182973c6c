import type { Envelope } from '../../state/eventReducer';
import type { DeploymentInfo } from '../../api/projects';

/** The phases a deployment goes through, in order (docs/projects.md "Deploy"). */
export const DEPLOY_PHASES = ['pending', 'prepare', 'package', 'start', 'verify', 'route'] as const;

export type PhaseState = 'done' | 'active' | 'failed' | 'waiting';

/** The latest deployment as the session's deploy events told it. */
export interface DeployProgress {
  deployment: DeploymentInfo;
  /** deploy_pending … deploy_route, deploy_completed, deploy_failed, deploy_stopped: as they arrived. */
  statuses: string[];
  /** The last status: where the deployment is now. */
  status: string;
}

/**
 * Folds the session's persisted `agent.status.update` deploy events into the latest deployment's
 * progress; events of earlier deployments are dropped once a newer one starts.
 */
export function deployProgress(log: Envelope[]): DeployProgress | null {
  let progress: DeployProgress | null = null;
  for (const event of log) {
    if (event.name !== 'agent.status.update') continue;
    const status = String(event.content?.status ?? '');
    const deployment = event.content?.deployment as DeploymentInfo | undefined;
    if (!status.startsWith('deploy_') || !deployment?.id) continue;
    const earlier: string[] = progress?.deployment.id === deployment.id ? progress.statuses : [];
    progress = { deployment, statuses: [...earlier, status], status };
  }
  return progress;
}

/** Whether a deployment is still on its way (a second publish would be refused with deploy_in_progress). */
export function deploying(status: string | undefined): boolean {
  return status != null && status.startsWith('deploy_') && !['deploy_completed', 'deploy_failed', 'deploy_stopped'].includes(status);
}

/** Each phase's state for the progress list. */
export function phaseStates(progress: DeployProgress): { phase: string; state: PhaseState; error: string | null }[] {
  const { deployment, status } = progress;
  const reached = new Set(progress.statuses.map((s) => s.slice('deploy_'.length)));
  deployment.phases?.forEach((p) => reached.add(p.phase));
  const current = deployment.current_phase ?? status.slice('deploy_'.length);
  return DEPLOY_PHASES.map((phase) => {
    const error = deployment.phases?.find((p) => p.phase === phase)?.error ?? null;
    if (deployment.failed_phase === phase) return { phase, state: 'failed', error: error ?? deployment.error_message };
    if (status === 'deploy_completed' || status === 'deploy_stopped') return { phase, state: 'done', error };
    if (!reached.has(phase)) return { phase, state: 'waiting', error };
    if (deploying(status) && phase === current) return { phase, state: 'active', error };
    return { phase, state: 'done', error };
  });
}
