package ai.iiagent.adapter.socket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {

    private final RecordingTransport transport = new RecordingTransport();
    private final OutboundQueue queue = new OutboundQueue(transport, 16);

    @Test
    void givenAReadingClient_thenFramesAreSentInOfferOrder() throws Exception {
        for (int i = 0; i < 200; i++) {
            queue.offer("f" + i, i % 2 == 0);
            if (i % 10 == 9) {
                transport.awaitSent(i + 1); // a client that keeps up: never more than a queue's worth waiting
            }
        }
        assertThat(transport.sent).containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(i -> "f" + i).toList());
        assertThat(transport.closedWith).isNull();
    }

    @Test
    void givenAStalledClient_whenFull_thenTransientFramesAreDroppedFirst_andPersistedOnesKeepTheirPlace() throws Exception {
        transport.stall();
        queue.offer("p0", false); // taken by the sender, which now blocks
        Thread.sleep(50);
        for (int i = 1; i <= 16; i++) {
            queue.offer(i % 2 == 0 ? "t" + i : "p" + i, i % 2 == 0);
        }
        queue.offer("t-new", true); // full: the new transient one is dropped
        queue.offer("p-new", false); // full: a queued transient one makes room
        transport.resume();
        transport.awaitSent(17);

        assertThat(transport.sent).doesNotContain("t-new", "t2").contains("p-new").startsWith("p0", "p1", "p3");
        assertThat(transport.sent.stream().filter(f -> f.startsWith("p"))).containsExactly("p0", "p1", "p3", "p5",
                "p7", "p9", "p11", "p13", "p15", "p-new");
        assertThat(queue.droppedTransient()).isEqualTo(2);
        assertThat(transport.closedWith).isNull();
    }

    @Test
    void givenAStalledClient_whenOnlyPersistedFramesWait_thenTheConnectionIsClosedForResync() throws Exception {
        transport.stall();
        for (int i = 0; i <= 17; i++) {
            queue.offer("p" + i, false);
        }
        Thread.sleep(50);
        assertThat(transport.closedWith).isEqualTo(CloseCodes.RESYNC);
        queue.offer("after", false);
        assertThat(queue.size()).isZero();
    }

    @Test
    void givenAFullQueue_whenReplaying_thenTheReplayWaitsForRoom_andGivesUpAfterItsPatience() throws Exception {
        transport.stall();
        fillBehindABlockedSend("p");
        Thread.ofVirtual().start(() -> {
            sleep(100);
            transport.resume();
        });
        assertThat(queue.put("replayed", Duration.ofSeconds(5))).isTrue();
        transport.awaitSent(18);
        assertThat(transport.sent).endsWith("replayed");

        transport.stall();
        fillBehindABlockedSend("q");
        assertThat(queue.put("late", Duration.ofMillis(100))).isFalse();
        assertThat(transport.closedWith).isEqualTo(CloseCodes.RESYNC);
    }

    /** One frame taken by the (blocked) sender, then exactly a queue's worth waiting. */
    private void fillBehindABlockedSend(String prefix) {
        queue.offer(prefix + 0, false);
        sleep(50);
        for (int i = 1; i <= 16; i++) {
            queue.offer(prefix + i, false);
        }
        assertThat(queue.size()).isEqualTo(16);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
