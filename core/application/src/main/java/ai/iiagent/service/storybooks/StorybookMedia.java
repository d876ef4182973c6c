package ai.iiagent.service.storybooks;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.service.content.MediaGeneratorSet;

/**
 * The generators a storybook uses (the default image and speech generator, as in the media tools) and the price
 * of one page with them: one picture, and the page's text spoken when the book has voice-over.
 */
public final class StorybookMedia {

    private final MediaGeneratorSet generators;
    private final MediaPriceTable prices;

    public StorybookMedia(MediaGeneratorSet generators, MediaPriceTable prices) {
        this.generators = generators;
        this.prices = prices;
    }

    ImageGenerationPaidToolPort image() {
        if (generators.images().isEmpty()) {
            throw new ServiceUnavailableException(MediaErrors.MEDIA_UNAVAILABLE, "no image generator is configured");
        }
        return generators.images().getFirst();
    }

    SpeechPaidToolPort speech() {
        if (generators.speech().isEmpty()) {
            throw new ServiceUnavailableException(MediaErrors.MEDIA_UNAVAILABLE, "no speech generator is configured");
        }
        return generators.speech().getFirst();
    }

    Credits imagePrice() {
        MediaModel model = image().models().getFirst();
        return prices.priceFor(model.provider(), model.id(), MediaPrice.Unit.IMAGE).costOf(1);
    }

    Credits speechPrice(String text) {
        MediaModel model = speech().models().getFirst();
        return prices.priceFor(model.provider(), model.id(), MediaPrice.Unit.CHARACTER).costOf(text.length());
    }

    /** One page: its picture, and its text spoken when {@code voiceOver}. */
    Credits pagePrice(String text, boolean voiceOver) {
        return voiceOver ? imagePrice().plus(speechPrice(text)) : imagePrice();
    }
}
