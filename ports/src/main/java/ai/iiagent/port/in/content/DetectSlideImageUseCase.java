package ai.iiagent.port.in.content;

/**
 * Finds the components (text blocks, shapes, pictures) of the caller's image slide through the
 * configured detector, billed per detection; nothing is stored.
 *
 * @throws ai.iiagent.domain.shared.ValidationException {@code not_an_image_slide}, {@code unknown_media_provider}
 * @throws ai.iiagent.domain.shared.NotFoundException {@code session_not_found}, {@code slide_not_found}
 */
public interface DetectSlideImageUseCase {

    SlideImageComponents detect(SlideImageDetectCommand command);
}
