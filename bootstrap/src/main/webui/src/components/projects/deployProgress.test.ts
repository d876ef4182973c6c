import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../state/eventReducer';
import { deploying, deployProgress, phaseStates } from './deployProgress';

let seq = 0;
function deployEvent(id: string, status: string, deployment: Record<string, unknown> = {}): Envelope {
  seq += 1;
  return { v: 1, seq, id: `e${seq}`, name: 'agent.status.update', session_id: 's', run_id: null, transient: false,
    content: { status, message: status, deployment: { id, phases: [], ...deployment } } };
}

describe('deploy progress from the session events', () => {
  it('is null without deploy events, and ignores other status updates', () => {
    expect(deployProgress([])).toBeNull();
    const other: Envelope = { ...deployEvent('d1', 'deploy_pending'), content: { status: 'thinking' } };
    expect(deployProgress([other])).toBeNull();
  });

  it('shows the phase in progress as active, those before it done and those after waiting', () => {
    const progress = deployProgress([deployEvent('d1', 'deploy_pending'), deployEvent('d1', 'deploy_prepare'),
      deployEvent('d1', 'deploy_package', { current_phase: 'package' })])!;
    expect(progress.statuses).toEqual(['deploy_pending', 'deploy_prepare', 'deploy_package']);
    expect(deploying(progress.status)).toBe(true);
    expect(phaseStates(progress).map((p) => `${p.phase}:${p.state}`)).toEqual(
      ['pending:done', 'prepare:done', 'package:active', 'start:waiting', 'verify:waiting', 'route:waiting']);
  });

  it('marks every phase done once completed, and keeps the live URL', () => {
    const progress = deployProgress(['pending', 'prepare', 'package', 'start', 'verify', 'route', 'completed']
      .map((s) => deployEvent('d1', `deploy_${s}`, s === 'completed' ? { deployment_status: 'deployed', deployment_url: '/sites/shop/' } : {})))!;
    expect(deploying(progress.status)).toBe(false);
    expect(progress.deployment.deployment_url).toBe('/sites/shop/');
    expect(phaseStates(progress).every((p) => p.state === 'done')).toBe(true);
  });

  it('names the failing phase with its error, later phases never reached', () => {
    const progress = deployProgress([deployEvent('d1', 'deploy_prepare'), deployEvent('d1', 'deploy_start'),
      deployEvent('d1', 'deploy_failed', { failed_phase: 'start', error_message: 'no index.html',
        phases: [{ phase: 'prepare', error: null }, { phase: 'package', error: null }, { phase: 'start', error: 'no index.html' }] })])!;
    const states = phaseStates(progress);
    expect(states.find((p) => p.phase === 'start')).toEqual({ phase: 'start', state: 'failed', error: 'no index.html' });
    expect(states.find((p) => p.phase === 'package')!.state).toBe('done');
    expect(states.find((p) => p.phase === 'verify')!.state).toBe('waiting');
  });

  it('starts over when a newer deployment begins', () => {
    const progress = deployProgress([deployEvent('d1', 'deploy_pending'), deployEvent('d1', 'deploy_completed'),
      deployEvent('d2', 'deploy_pending')])!;
    expect(progress.deployment.id).toBe('d2');
    expect(progress.statuses).toEqual(['deploy_pending']);
  });
});
