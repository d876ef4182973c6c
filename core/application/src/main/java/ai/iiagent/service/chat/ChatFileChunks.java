package ai.iiagent.service.chat;

import java.util.ArrayList;
import java.util.List;

/** Cuts a file's text into passages of about {@link #SIZE} characters, at paragraph, line or word breaks. */
final class ChatFileChunks {

    static final int SIZE = 1_200;

    private ChatFileChunks() {
    }

    static List<String> split(String text) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + SIZE);
            if (end < text.length()) {
                end = breakBefore(text, start, end);
            }
            String chunk = text.substring(start, end).strip();
            if (!chunk.isEmpty()) {
                chunks.add(chunk);
            }
            start = end;
        }
        return chunks;
    }

    /** The last paragraph break, else line break, else space in the second half of the window; else the window's end. */
    private static int breakBefore(String text, int start, int end) {
        int half = start + SIZE / 2;
        for (String separator : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(separator, end - separator.length());
            if (at >= half) {
                return at + separator.length();
            }
        }
        return end;
    }
}
