package ai.iiagent.domain.chat;

/** Names of the chat tools the chat service itself needs to know (the rest come with their tools). */
public final class ChatToolNames {

    /** Searches the conversation's attached files; offered only when it has some. */
    public static final String FILE_SEARCH = "file_search";

    private ChatToolNames() {
    }
}
