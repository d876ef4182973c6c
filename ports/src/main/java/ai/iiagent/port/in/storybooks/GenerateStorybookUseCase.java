package ai.iiagent.port.in.storybooks;

/**
 * Starts a storybook: checks the request and the session (the caller's, else not found), stores the first version
 * and queues the durable job that makes its pages one by one (text, illustration, voice-over when asked).
 */
public interface GenerateStorybookUseCase {

    StorybookStarted generate(GenerateStorybookCommand command);
}
