package ai.iiagent.domain.integrations;

/** The keys of a coding CLI tool's display (what the UI shows of a {@code codex} / {@code claude_code} call). */
public final class CodingCliWire {

    public static final String CLI = "cli";
    public static final String ANSWER = "answer";
    public static final String EXIT_CODE = "exit_code";
    public static final String TIMED_OUT = "timed_out";
    public static final String TRANSCRIPT = "transcript";

    private CodingCliWire() {
    }
}
