package ai.iiagent.adapter.media.offline;

import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPortContractTest;

/** The image port contract on the embedded offline generator. */
class OfflineImageContractTest extends ImageGenerationPaidToolPortContractTest {

    private final OfflineImageGenerator port = new OfflineImageGenerator();

    @Override
    protected ImageGenerationPaidToolPort port() {
        return port;
    }

    @Override
    protected void stagePicture(AspectRatio ratio) {
        // made on this machine: nothing to stage
    }

    @Override
    protected boolean stageRefusal() {
        return false;
    }
}
