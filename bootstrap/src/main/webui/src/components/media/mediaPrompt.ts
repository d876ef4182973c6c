import type { MediaTemplateInfo } from '../../api/endpoints';

/** The media models chosen for new media sessions, by kind (absent: the server's default). */
export interface MediaModelChoice {
  image?: string;
  video?: string;
}

const KEY = 'ii-agent.media-models';

export function storedModelChoice(): MediaModelChoice {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed ? parsed : {};
  } catch {
    return {};
  }
}

export function storeModelChoice(choice: MediaModelChoice) {
  try {
    localStorage.setItem(KEY, JSON.stringify(choice));
  } catch { /* storage unavailable: the choice lasts this page only */ }
}

/**
 * The first message a template starts: it names the template (the media tools' template_id shapes
 * the prompt with it) and asks for one picture or clip of the user's subject, saved under a path
 * named after the template. The offline demo model reads the same lines (docs/media.md).
 */
export function templatePrompt(template: MediaTemplateInfo, subject = 'your subject'): string {
  const kind = template.type === 'video' ? 'video' : 'image';
  const file = kind === 'video' ? `clips/${template.id}.mp4` : `images/${template.id}.png`;
  return `template: ${template.id}\n${kind}: ${subject} -> ${file}`;
}

/** The prompt with a line per chosen model ("image model: X"), which the agent passes on as model_name. */
export function withModelChoice(prompt: string, choice: MediaModelChoice): string {
  const lines = [prompt];
  if (choice.image) lines.push(`image model: ${choice.image}`);
  if (choice.video) lines.push(`video model: ${choice.video}`);
  return lines.join('\n');
}
