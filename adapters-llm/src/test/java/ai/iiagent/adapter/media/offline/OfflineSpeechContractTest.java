package ai.iiagent.adapter.media.offline;

import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.SpeechPaidToolPortContractTest;
import ai.iiagent.port.out.media.SpeechRequest;
import java.time.Duration;

/** The speech port contract on the embedded espeak-ng generator (real espeak-ng and ffmpeg on the host). */
class OfflineSpeechContractTest extends SpeechPaidToolPortContractTest {

    private final EspeakSpeechGenerator port = new EspeakSpeechGenerator(Duration.ofSeconds(60));

    @Override
    protected SpeechPaidToolPort port() {
        return port;
    }

    @Override
    protected void stageAudio(SpeechRequest.AudioFormat format) {
        // made on this machine: nothing to stage
    }
}
