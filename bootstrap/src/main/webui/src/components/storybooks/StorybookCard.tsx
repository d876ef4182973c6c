import { GenericCard } from '../tools/cards';
import type { ToolCardProps } from '../tools/types';
import { StorybookLink } from './StorybookLink';

/** generate_storybook in the session timeline: the tool's answer and a link that opens the reader. */
export function StorybookCard({ item }: ToolCardProps) {
  return (
    <>
      <GenericCard item={item} />
      {item.status === 'done' && <StorybookLink result={item.result} />}
    </>
  );
}
