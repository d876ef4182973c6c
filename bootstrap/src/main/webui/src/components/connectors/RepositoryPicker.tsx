import { useEffect, useState } from 'react';
import { Connectors, type GitHubRepository } from './connectorsApi';

interface Props {
  value: string;
  onChange: (fullName: string) => void;
  disabled?: boolean;
}

/**
 * The new-session screen's repository choice: shown once the user connected GitHub, it lists their
 * repositories (GET /v1/connectors/github/repositories); the chosen one goes with the first query as
 * `github_repository` and is cloned into the workspace (docs/connectors.md).
 */
export function RepositoryPicker({ value, onChange, disabled }: Props) {
  const [repositories, setRepositories] = useState<GitHubRepository[] | null>(null);
  useEffect(() => {
    let live = true;
    Connectors.status('github')
      .then((status) => (status.connected ? Connectors.repositories().then((r) => r.repositories) : []))
      .then((list) => { if (live) setRepositories(list); })
      .catch(() => { if (live) setRepositories([]); });
    return () => { live = false; };
  }, []);
  if (!repositories || repositories.length === 0) return null;
  return (
    <label className="home-repository" data-testid="home-repository">
      <span>Repository</span>
      <select data-testid="home-repository-select" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        <option value="">No repository</option>
        {repositories.map((r) => (
          <option key={r.id} value={r.full_name}>{r.full_name}{r.is_private ? ' (private)' : ''}</option>
        ))}
      </select>
    </label>
  );
}
