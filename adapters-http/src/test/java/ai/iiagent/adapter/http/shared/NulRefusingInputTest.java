package ai.iiagent.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NulRefusingInputTest {

    private final ObjectMapper json = new ObjectMapper();

    {
        json.getFactory().setInputDecorator(new NulRefusingInput());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":\"x\\u0000\"}", "{\"a\\u0000\":1}", "[[[\"\\u0000\"]]]",
            "\"\\\\\\u0000\"", "{\"a\":[\"ok\",{\"b\":\"\\u0000y\"}]}"})
    void givenNulInAnyStringOrKey_whenParsed_thenInvalidText(String body) {
        assertThatThrownBy(() -> json.readTree(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidTextException.class);
        assertThatThrownBy(() -> json.readTree(new StringReader(body))).isInstanceOf(InvalidTextException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":\"\\\\u0000\"}", "{\"a\":\"\\u0001\\u1000\\u00e9\"}", "{\"u0000\":\"\\\"u0000\"}",
            "{\"a\":\"h\u00e9llo \u2603\"}", "[0, 10, \"\\u0010\"]"})
    void givenTextWithoutNul_whenParsed_thenRead(String body) throws IOException {
        JsonNode read = json.readTree(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(read).isEqualTo(new ObjectMapper().readTree(body));
    }
}
