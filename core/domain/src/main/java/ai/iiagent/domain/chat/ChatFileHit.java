package ai.iiagent.domain.chat;

/** A passage of an attached file that matched a {@code file_search} query: file, chunk number (from 0), text, rank. */
public record ChatFileHit(String fileName, int chunk, String text, double rank) {
}
