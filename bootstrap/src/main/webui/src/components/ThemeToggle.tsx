import { useState } from 'react';
import { Icon } from './icons';
import { currentTheme, toggleTheme } from './theme';

export function ThemeToggle() {
  const [theme, setTheme] = useState(currentTheme);
  return (
    <button type="button" className="icon" data-testid="theme-toggle" aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}
      title="Light / dark" onClick={() => setTheme(toggleTheme())}>
      <Icon name={theme === 'dark' ? 'sun' : 'moon'} size={18} />
    </button>
  );
}
