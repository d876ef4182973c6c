package ai.iiagent.port.in.content;

/**
 * The slide template catalogue, a page at a time (public).
 *
 * @throws ai.iiagent.domain.shared.ValidationException {@code invalid_page}, {@code invalid_page_size}
 */
public interface ListSlideTemplatesUseCase {

    SlideTemplatePage list(ListSlideTemplatesQuery query);
}
