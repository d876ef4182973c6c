package ai.iiagent.service.content;

import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPort;
import java.util.List;

/** The configured media generators, each list's default first. */
public record MediaGeneratorSet(List<ImageGenerationPaidToolPort> images, List<VideoGenerationPaidToolPort> videos,
                                List<SpeechPaidToolPort> speech) {

    public MediaGeneratorSet {
        images = List.copyOf(images);
        videos = List.copyOf(videos);
        speech = List.copyOf(speech);
    }
}
