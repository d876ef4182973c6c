package ai.iiagent.adapter.socket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {

    static final ConnectionCloser CLOSER = new ConnectionCloser(Duration.ofMillis(200));

    private final RecordingTransport transport = new RecordingTransport();
    private final OutboundQueue queue = new OutboundQueue(transport, 16, 64 * 1024, CLOSER);

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
        transport.awaitStalledSends(1);
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
        assertThat(queue.put("replayed", Duration.ofSeconds(5), null)).isTrue();
        transport.awaitSent(18);
        assertThat(transport.sent).endsWith("replayed");

        transport.stall();
        fillBehindABlockedSend("q");
        assertThat(queue.put("late", Duration.ofMillis(100), null)).isFalse();
        assertThat(transport.closedWith).isEqualTo(CloseCodes.RESYNC);
    }

    @Test
    void givenAStalledClient_whenTheWaitingBytesPassTheBudget_thenTransientsGoFirst_thenItIsClosedForResync() throws Exception {
        transport.stall();
        queue.offer("p0", false);
        transport.awaitStalledSends(1);
        String big = "x".repeat(20_000);
        queue.offer("p1" + big, false);
        queue.offer("t2" + big, true);
        queue.offer("p3" + "é".repeat(10_000), false); // 20,000 bytes as UTF-8: the budget counts bytes, not chars
        assertThat(queue.size()).isEqualTo(3); // 60 KB of a 64 KiB budget, 3 of 16 frames
        queue.offer("t4" + big, true); // would pass the budget: dropped
        queue.offer("p5" + big, false); // makes room by dropping t2
        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.droppedTransient()).isEqualTo(2);
        assertThat(transport.closedWith).isNull();

        queue.offer("p6" + big, false); // only persisted frames wait: too far behind
        assertThat(transport.closedWith).isEqualTo(CloseCodes.RESYNC);
        assertThat(queue.queuedBytes()).isZero();
    }

    @Test
    void givenAConnectionClosedForResync_whenThePeerNeverFinishesTheHandshake_thenItsTcpConnectionIsCutAfterTheGrace()
            throws Exception {
        transport.stall();
        for (int i = 0; i <= 17; i++) {
            queue.offer("p" + i, false);
        }
        long closedAt = System.nanoTime();
        assertThat(transport.closedWith).isEqualTo(CloseCodes.RESYNC);
        long deadline = closedAt + Duration.ofSeconds(5).toNanos();
        while (transport.abortedAtNanos == 0 && System.nanoTime() < deadline) {
            sleep(10);
        }
        assertThat(transport.abortedAtNanos).isNotZero();
        assertThat(Duration.ofNanos(transport.abortedAtNanos - closedAt)).isBetween(Duration.ofMillis(150),
                Duration.ofSeconds(2));
    }

    @Test
    void givenMultiByteText_thenItsUtf8LengthIsCounted() {
        assertThat(OutgoingFrame.countUtf8Bytes("aé€😀")).isEqualTo(1 + 2 + 3 + 4);
    }

    /** One frame taken by the (blocked) sender, then exactly a queue's worth waiting. */
    private void fillBehindABlockedSend(String prefix) throws InterruptedException {
        int before = transport.stalledSendCount();
        queue.offer(prefix + 0, false);
        transport.awaitStalledSends(before + 1); // the first frame is with the blocked sender, 16 more fill the queue
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
