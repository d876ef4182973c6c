package ai.iiagent.adapter.media.offline;

import ai.iiagent.port.out.media.VideoGenerationPaidToolPort;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPortContractTest;
import java.time.Duration;

/** The video port contract on the embedded ffmpeg generator (real ffmpeg on the host). */
class OfflineVideoContractTest extends VideoGenerationPaidToolPortContractTest {

    private final FfmpegVideoGenerator port = new FfmpegVideoGenerator(Duration.ofSeconds(60));

    @Override
    protected VideoGenerationPaidToolPort port() {
        return port;
    }

    @Override
    protected void stageClip(int seconds) {
        // made on this machine: nothing to stage
    }

    @Override
    protected boolean stageRefusal() {
        return false;
    }

    @Override
    protected double measuredSeconds(byte[] mp4) {
        return Ffprobe.seconds(mp4);
    }
}
