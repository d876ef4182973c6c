package ai.iiagent.adapter.tools.sandbox;

/** A call the tool cannot carry out as asked; the message tells the model what to change. */
final class ToolInputException extends RuntimeException {

    ToolInputException(String message) {
        super(message);
    }
}
