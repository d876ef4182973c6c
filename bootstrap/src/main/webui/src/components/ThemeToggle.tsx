import { useState } from 'react';
import { currentTheme, toggleTheme } from './theme';

export function ThemeToggle() {
  const [theme, setTheme] = useState(currentTheme);
  return (
    <button type="button" className="icon" data-testid="theme-toggle" aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}
      title="Light / dark" onClick={() => setTheme(toggleTheme())}>
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
