package ai.iiagent.domain.chat;

/** Why a chat answer ended, as its message stores and its completion reports ({@code finish_reason}). */
public final class ChatFinishReasons {

    /** The model answered. */
    public static final String STOP = "stop";
    /** The user stopped the turn. */
    public static final String CANCELLED = "cancelled";
    /** The turn used all its model calls (or kept repeating itself) before an answer. */
    public static final String MAX_TURNS = "max_turns";

    private ChatFinishReasons() {
    }
}
