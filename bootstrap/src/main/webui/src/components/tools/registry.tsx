import type { ComponentType } from 'react';
import { FileEditCard, FileWriteCard, GenericCard, ImagesCard, McpCard, PlanCard, ShellCard, TodoCard, WebSearchCard,
  WebVisitCard } from './cards';
import type { ToolCardProps } from './types';
import { StorybookCard } from '../storybooks/StorybookCard';

/**
 * Tool name → the body of its card (the frame with name, status, duration, errors and raw JSON
 * "details" is common: ToolCard). A tool not listed here gets GenericCard. Adding a card for a new
 * tool is one line here (see docs/ui.md, "How to add a tool card").
 */
export const TOOL_CARDS: Record<string, ComponentType<ToolCardProps>> = {
  Bash: ShellCard,
  Write: FileWriteCard,
  Edit: FileEditCard,
  web_search: WebSearchCard,
  web_visit: WebVisitCard,
  image_search: ImagesCard,
  TodoWrite: TodoCard,
  submit_plan: PlanCard,
  generate_storybook: StorybookCard,
};

/** Cards by name prefix, for tool families whose names are made at run time. */
const PREFIX_CARDS: [string, ComponentType<ToolCardProps>][] = [['mcp_', McpCard]];

export function toolCardFor(name: string): ComponentType<ToolCardProps> {
  return TOOL_CARDS[name] ?? PREFIX_CARDS.find(([prefix]) => name.startsWith(prefix))?.[1] ?? GenericCard;
}
