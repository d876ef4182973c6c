package ai.iiagent.port.in.content;

/**
 * Generates a reference picture for a session, billed like any generation (quoted, reserved, settled;
 * a refused or failed one releases its hold), and stores it with the session's files (also in the
 * owner's media library).
 *
 * @throws ai.iiagent.domain.shared.NotFoundException           {@code session_not_found}: not the owner's session
 * @throws ai.iiagent.domain.shared.ValidationException         {@code invalid_prompt}, {@code invalid_aspect_ratio},
 *                                                              {@code unknown_media_model}, {@code unknown_media_provider},
 *                                                              {@code media_content_refused}
 * @throws ai.iiagent.domain.shared.ServiceUnavailableException {@code media_unavailable}
 * @throws ai.iiagent.domain.shared.UpstreamFailureException    {@code media_generation_failed}
 */
public interface GenerateReferenceImageUseCase {

    ReferenceImage generate(GenerateReferenceImageCommand command);
}
