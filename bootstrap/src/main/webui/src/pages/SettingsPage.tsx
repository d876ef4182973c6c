import { useState } from 'react';
import { ModelsTab } from '../components/settings/ModelsTab';
import { McpTab } from '../components/settings/McpTab';
import { SkillsTab } from '../components/settings/SkillsTab';
import { KeysTab } from '../components/settings/KeysTab';
import { LanguageTab } from '../components/settings/LanguageTab';
import { ConnectorsTab } from '../components/connectors/ConnectorsTab';
import { CodingClisTab } from '../components/connectors/CodingClisTab';

const TABS = [
  { id: 'models', label: 'Models', view: ModelsTab },
  { id: 'mcp', label: 'MCP servers', view: McpTab },
  { id: 'skills', label: 'Skills', view: SkillsTab },
  { id: 'keys', label: 'API keys', view: KeysTab },
  { id: 'language', label: 'Language', view: LanguageTab },
  { id: 'connectors', label: 'Connectors', view: ConnectorsTab },
  { id: 'coding-clis', label: 'Codex & Claude Code', view: CodingClisTab },
] as const;

/** Models (BYOK, default), MCP servers, skills, API keys, language. */
export default function SettingsPage() {
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('models');
  const View = TABS.find((t) => t.id === tab)!.view;
  return (
    <section className="page settings-page">
      <h1>Settings</h1>
      <div role="tablist" aria-label="Settings" className="tabs">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`panel-${t.id}`}
            data-testid={`settings-tab-${t.id}`} onClick={() => setTab(t.id)}>{t.label}</button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        <View />
      </div>
    </section>
  );
}
