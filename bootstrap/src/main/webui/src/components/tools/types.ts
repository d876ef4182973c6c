import type { ToolItem } from '../../state/eventReducer';

/** What a tool card body gets: the tool call with its input, result and status. */
export interface ToolCardProps { item: ToolItem }
