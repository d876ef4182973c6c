package ai.iiagent.port.in.content;

/**
 * Edits the picture of the caller's image slide (type {@code image}) through the configured image
 * editor, billed per picture, and stores the result as the slide's next version (source
 * {@code image_edit}), so a revert brings back any earlier picture.
 *
 * @throws ai.iiagent.domain.shared.ValidationException {@code invalid_image_edit}, {@code not_an_image_slide},
 *         {@code unknown_media_provider}, {@code media_content_refused}
 * @throws ai.iiagent.domain.shared.NotFoundException {@code session_not_found}, {@code slide_not_found}
 */
public interface EditSlideImageUseCase {

    SlideImageEdit edit(SlideImageEditCommand command);
}
