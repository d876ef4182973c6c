package ai.iiagent.adapter.socket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A room event's frame is encoded once and the same bytes go to every socket of an endpoint. */
class OutgoingFrameTest {

    @Test
    void givenText_thenItsUtf8BytesAndLengthMatchAndAreEncodedOnce() {
        OutgoingFrame frame = OutgoingFrame.of("{\"text\":\"aé€😀\"}");

        byte[] bytes = frame.utf8();

        assertThat(bytes).isEqualTo("{\"text\":\"aé€😀\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(frame.utf8Length()).isEqualTo(bytes.length);
        assertThat(frame.utf8()).as("the second socket gets the bytes already encoded").isSameAs(bytes);
    }

    @Test
    void givenOneEventForManySockets_thenEachEndpointFramesItOnceAndTheEndpointsDiffer() {
        RoomEvent event = new RoomEvent(new SessionEvent(EventId.random(), 1, EventName.AGENT_TOOL_CALL,
                SessionId.random(), null, Instant.now(), Map.of("i", 1)), "{\"seq\":1}");
        SocketTransport first = new RecordingTransport();
        SocketTransport second = new RecordingTransport();
        SocketTransport otherEndpoint = new BracketTransport();

        OutgoingFrame toFirst = event.framedFor(first).frame();

        assertThat(event.framedFor(second).frame()).isSameAs(toFirst);
        assertThat(toFirst.text()).isEqualTo("E{\"seq\":1}");
        assertThat(event.framedFor(otherEndpoint).frame().text()).isEqualTo("[{\"seq\":1}]");
        assertThat(event.framedFor(first).frame()).as("the other endpoint's frame did not replace this one's").isSameAs(toFirst);
    }

    /** A second endpoint's framing (nothing is sent through it). */
    private static final class BracketTransport implements SocketTransport {
        @Override
        public String eventFrame(String envelopeJson) {
            return "[" + envelopeJson + "]";
        }

        @Override
        public String namedFrame(String event, String dataJson) {
            return "[" + event + "," + dataJson + "]";
        }

        @Override
        public java.util.concurrent.CompletionStage<Void> send(OutgoingFrame frame) {
            throw new UnsupportedOperationException("framing only");
        }

        @Override
        public void ping() {
        }

        @Override
        public void close(int code, String reason) {
        }

        @Override
        public void abort() {
        }
    }
}
