package ai.iiagent.adapter.tools.web.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Recorded provider answers under src/test/resources/transcripts/web. */
final class Transcripts {

    private Transcripts() {
    }

    static String web(String name) {
        try (InputStream in = Transcripts.class.getResourceAsStream("/transcripts/web/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no transcript " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
