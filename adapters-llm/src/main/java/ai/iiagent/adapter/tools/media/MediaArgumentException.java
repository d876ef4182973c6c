package ai.iiagent.adapter.tools.media;

/** A media tool argument the model got wrong; the message tells it how to call again. */
final class MediaArgumentException extends RuntimeException {

    MediaArgumentException(String message) {
        super(message);
    }
}
