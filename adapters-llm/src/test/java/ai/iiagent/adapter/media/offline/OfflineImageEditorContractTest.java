package ai.iiagent.adapter.media.offline;

import ai.iiagent.port.out.media.ImageEditingPaidToolPort;
import ai.iiagent.port.out.media.ImageEditingPaidToolPortContractTest;

/** The picture-editing port contract on the embedded offline editor (nothing to stage, never refuses). */
class OfflineImageEditorContractTest extends ImageEditingPaidToolPortContractTest {

    private final OfflineImageEditor port = new OfflineImageEditor();

    @Override
    protected ImageEditingPaidToolPort port() {
        return port;
    }

    @Override
    protected void stageEdit() {
    }

    @Override
    protected void stageDetection() {
    }

    @Override
    protected boolean stageRefusal() {
        return false;
    }
}
