package ai.iiagent.port.out.projects;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.SubdomainClaim;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SubdomainRegistryPort} must have: one holder per name, one name per
 * project, of two concurrent claims exactly one wins, release frees the name.
 */
public abstract class SubdomainRegistryContractTest {

    /** A project and its owner that the registry under test may record claims for. */
    public record Holder(ProjectId project, UserId owner) {
    }

    protected abstract SubdomainRegistryPort registry();

    /** A new project (with its owner) as the registry's backend requires it to exist. */
    protected abstract Holder newHolder();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected static String freshName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aFreeNameIsClaimedAndFoundByNameAndByProject() {
        Holder holder = newHolder();
        String name = freshName("shop");

        assertThat(registry().claim(claim(name, holder))).isTrue();

        SubdomainClaim found = registry().find(name).orElseThrow();
        assertThat(found.projectId()).isEqualTo(holder.project());
        assertThat(found.owner()).isEqualTo(holder.owner());
        assertThat(found.claimedAt()).isEqualTo(now);
        assertThat(registry().ofProject(holder.project())).contains(found);
    }

    @Test
    void aHeldNameIsRefusedToAnotherProjectAndToItsHolderAgain() {
        Holder first = newHolder();
        Holder second = newHolder();
        String name = freshName("blog");
        assertThat(registry().claim(claim(name, first))).isTrue();

        assertThat(registry().claim(claim(name, second))).isFalse();
        assertThat(registry().claim(claim(name, first))).isFalse();
        assertThat(registry().find(name).orElseThrow().projectId()).isEqualTo(first.project());
        assertThat(registry().ofProject(second.project())).isEmpty();
    }

    @Test
    void aProjectHoldsOneNameAtMost() {
        Holder holder = newHolder();
        String first = freshName("one");
        assertThat(registry().claim(claim(first, holder))).isTrue();

        String second = freshName("two");
        assertThat(registry().claim(claim(second, holder))).isFalse();
        assertThat(registry().find(second)).isEmpty();
        assertThat(registry().ofProject(holder.project()).orElseThrow().name()).isEqualTo(first);
    }

    @Test
    void releaseFreesTheNameForAnotherProjectOnce() {
        Holder first = newHolder();
        Holder second = newHolder();
        String name = freshName("docs");
        registry().claim(claim(name, first));

        assertThat(registry().release(name)).isTrue();
        assertThat(registry().release(name)).isFalse();
        assertThat(registry().find(name)).isEmpty();
        assertThat(registry().ofProject(first.project())).isEmpty();
        assertThat(registry().claim(claim(name, second))).isTrue();
        assertThat(registry().find(name).orElseThrow().projectId()).isEqualTo(second.project());
    }

    @Test
    void ofTwoConcurrentClaimsOfOneNameExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String name = freshName("race");
                Holder one = newHolder();
                Holder two = newHolder();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (Holder holder : List.of(one, two)) {
                    Callable<Boolean> attempt = () -> {
                        start.await();
                        return registry().claim(claim(name, holder));
                    };
                    results.add(pool.submit(attempt));
                }
                start.countDown();
                boolean first = results.get(0).get();
                boolean second = results.get(1).get();
                assertThat(first ^ second).as("round %d: exactly one claim wins", round).isTrue();
                ProjectId winner = first ? one.project() : two.project();
                assertThat(registry().find(name).orElseThrow().projectId()).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pagesListClaimsInNameOrderAndCountCountsThem() {
        long before = registry().count();
        String prefix = "aaa" + UUID.randomUUID().toString().substring(0, 6);
        for (String suffix : List.of("c", "a", "b")) {
            registry().claim(claim(prefix + "-" + suffix, newHolder()));
        }

        assertThat(registry().count()).isEqualTo(before + 3);
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < registry().count(); offset += 50) {
            registry().page(offset, 50).forEach(c -> all.add(c.name()));
        }
        assertThat(all).doesNotHaveDuplicates();
        assertThat(all.stream().filter(n -> n.startsWith(prefix)).toList())
                .containsExactly(prefix + "-a", prefix + "-b", prefix + "-c");
    }

    private SubdomainClaim claim(String name, Holder holder) {
        return new SubdomainClaim(name, holder.project(), holder.owner(), now);
    }
}
