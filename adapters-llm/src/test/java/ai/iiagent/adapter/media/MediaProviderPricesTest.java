package ai.iiagent.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.media.elevenlabs.ElevenLabsSpeechGenerator;
import ai.iiagent.adapter.media.fal.FalImageGenerator;
import ai.iiagent.adapter.media.fal.FalVideoGenerator;
import ai.iiagent.adapter.media.google.GoogleImageGenerator;
import ai.iiagent.adapter.media.google.GoogleVeoGenerator;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every model the provider adapters offer has its own list price in the media price table (none is
 * billed at the fallback default), in the unit of its kind.
 */
class MediaProviderPricesTest {

    @Test
    void givenEveryProviderModel_thenTheTableHasItsOwnPrice() {
        ObjectMapper json = new ObjectMapper();
        Duration limit = Duration.ofSeconds(1);
        List<MediaModel> models = new ArrayList<>();
        models.addAll(new GoogleImageGenerator(json, "https://g.example", "k", limit).models());
        models.addAll(new GoogleVeoGenerator(json, "https://g.example", "k", null, limit, limit).models());
        models.addAll(new FalImageGenerator(json, "https://f.example", "k", null, limit, limit).models());
        models.addAll(new FalVideoGenerator(json, "https://f.example", "k", null, limit, limit).models());
        models.addAll(new ElevenLabsSpeechGenerator(json, "https://e.example", "k", limit).models());
        Map<MediaKind, MediaPrice.Unit> units = Map.of(MediaKind.IMAGE, MediaPrice.Unit.IMAGE,
                MediaKind.VIDEO, MediaPrice.Unit.VIDEO_SECOND, MediaKind.SPEECH, MediaPrice.Unit.CHARACTER);

        assertThat(models).hasSize(10).allSatisfy(model -> {
            assertThat(model.offline()).isFalse();
            MediaPrice price = MediaPriceTable.builtInOnly().priceFor(model.provider(), model.id(), units.get(model.kind()));
            assertThat(price.fallback()).as(model.provider() + "/" + model.id()).isFalse();
        });
    }
}
