package ai.iiagent.port.in.content;

/** At start-up: every export still marked running was cut short; mark it failed and release its credit hold. */
public interface FailInterruptedSlideExportsUseCase {

    /** How many exports were failed. */
    int failInterrupted();
}
