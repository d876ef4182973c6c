package ai.iiagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.events.Delivery;
import ai.iiagent.domain.sessions.events.EventName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/protocol/events.md and the EventName enum list the same names with the same delivery. */
class EventCatalogueDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_.]+)` \\| ([a-z]+)", Pattern.MULTILINE);

    @Test
    void givenEventCatalogue_thenDocumentAndCodeAgreeOnEveryName() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "protocol", "events.md"));
        Matcher rows = ROW.matcher(doc);
        Map<String, String> documented = new java.util.TreeMap<>();
        while (rows.find()) {
            documented.put(rows.group(1), rows.group(2));
        }
        Map<String, String> inCode = Arrays.stream(EventName.values()).collect(Collectors.toMap(EventName::wireName,
                name -> word(name.delivery()), (a, b) -> a, java.util.TreeMap::new));

        assertThat(documented).hasSize(57).isEqualTo(inCode);
    }

    private static String word(Delivery delivery) {
        return switch (delivery) {
            case PERSISTED -> "persisted";
            case TRANSIENT -> "transient";
            case INTERNAL -> "internal";
        };
    }
}
