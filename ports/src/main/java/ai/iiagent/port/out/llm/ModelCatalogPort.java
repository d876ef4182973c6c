package ai.iiagent.port.out.llm;

import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;

/**
 * Which model serves a run: the one the user asked for (by id) if they may use it, else the
 * server's default. The offline scripted model is the default only when no real provider is
 * configured; it is never chosen silently in place of a configured one.
 */
public interface ModelCatalogPort {

    /**
     * @param requestedModelId null for the default
     * @throws ValidationException {@code unknown_model} when the id names no model the user may use
     */
    ResolvedModel resolve(UserId userId, String requestedModelId);

    /** The price to bill a model at when its setting names none (the built-in table and overrides). */
    ModelPrice priceFor(String provider, String modelId);

    /**
     * Whether the model reads images given with a message (vision). Models it does not know take text
     * only: an attached or read image then reaches them as a note, never as an image part they would refuse.
     */
    boolean acceptsImages(String provider, String modelId);
}
