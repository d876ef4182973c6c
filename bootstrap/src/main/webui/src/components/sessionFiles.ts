import { createContext, useContext } from 'react';

/** The open session's files (name → storage URL), so answers can show images the agent wrote. */
export interface SessionFileRef { name: string; url: string }

export const SessionFilesContext = createContext<SessionFileRef[]>([]);
export const useSessionFiles = () => useContext(SessionFilesContext);
