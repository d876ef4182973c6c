package ai.iiagent.port.in.content;

/**
 * The media templates gallery (public): seeded prompts to start an image or video from.
 *
 * @throws ai.iiagent.domain.shared.ValidationException {@code invalid_page} or {@code invalid_page_size}
 */
public interface ListMediaTemplatesUseCase {

    MediaTemplatePage list(ListMediaTemplatesQuery query);
}
