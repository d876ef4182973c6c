/**
 * Example prompts per agent type on the home screen (clicking one fills the prompt box). Types
 * without their own list get the general ones. They are written so the offline demo model answers
 * them too (docs/agents.md: its rules).
 */
const EXAMPLES: Record<string, string[]> = {
  general: [
    'markdown demo: compare Java and Python in a table, with code and a formula',
    'make a todo list: outline the talk, write slides, rehearse',
    'run: ls -la && echo done',
  ],
  researcher: ['search: latest JVM garbage collectors', 'visit: https://openjdk.org'],
  deep_research: ['work on: the history of the JVM'],
  task_agent: ['work on: tidy up the release notes'],
  design_document: ['work on: a design for a URL shortener'],
};

export function examplesFor(agentType: string | null): string[] {
  return EXAMPLES[agentType ?? 'general'] ?? EXAMPLES.general;
}

/** What the home screen hands the new session: the first message and the uploaded attachments. */
export interface InitialMessage {
  text: string;
  files: { id: string; name: string }[];
  /** A GitHub repository (owner/name) to clone into the workspace with this first query. */
  repository?: string;
}
