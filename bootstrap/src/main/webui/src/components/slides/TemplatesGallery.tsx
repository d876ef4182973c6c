import { useEffect, useState } from 'react';
import { Slides, type SlideTemplateView } from '../../api/slides';
import { errorText } from '../../api/http';
import { SlideFrame } from './SlideFrame';

/**
 * The template catalogue (GET /v1/slides/templates, public): search by name, see each template, and
 * add one to the deck as its next slide.
 */
export function TemplatesGallery({ sessionId, deck, nextNumber, onAdded, onClose }: {
  sessionId: string; deck: string; nextNumber: number; onAdded: () => void; onClose: () => void;
}) {
  const [search, setSearch] = useState('');
  const [templates, setTemplates] = useState<SlideTemplateView[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Slides.templates(search).then((page) => { if (live) setTemplates(page.templates); })
      .catch((e) => { if (live) setMessage(errorText(e)); });
    return () => { live = false; };
  }, [search]);

  const add = async (template: SlideTemplateView) => {
    try {
      await Slides.write(sessionId, deck, nextNumber, template.slide_template_name, template.slide_content);
      setMessage(`Added "${template.slide_template_name}" as slide ${nextNumber}`);
      onAdded();
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  return (
    <div className="slides-templates" data-testid="slides-templates">
      <div className="row">
        <strong>Templates</strong>
        <input type="search" placeholder="Search templates" aria-label="Search templates" value={search}
          data-testid="templates-search" onChange={(e) => setSearch(e.target.value)} />
        <span className="spacer" />
        <button type="button" onClick={onClose}>Close</button>
      </div>
      {message && <p className="muted" data-testid="templates-message">{message}</p>}
      <div className="slides-thumbs">
        {templates.map((template) => (
          <div key={template.id} className="slides-thumb" data-testid="template-card">
            <SlideFrame html={template.slide_content} scale={0.14} scripts={false} title={template.slide_template_name} />
            <span className="muted">{template.slide_template_name}</span>
            <button type="button" data-testid="template-add" onClick={() => add(template)}>Add as slide {nextNumber}</button>
          </div>
        ))}
      </div>
    </div>
  );
}
