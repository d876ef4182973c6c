package ai.iiagent.port.out.web;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.web.WebToolFailedException.Kind;
import java.util.List;

/** The in-memory fake keeps the same contract as the real providers, so tool tests built on it hold for them. */
class FakeWebSearchContractTest extends WebSearchPaidToolPortContractTest {

    private final FakeWebSearch fake = new FakeWebSearch(true, Credits.ZERO);

    @Override
    protected WebSearchPaidToolPort port() {
        return fake;
    }

    @Override
    protected Staged stageResults() {
        List<WebSearchHit> hits = List.of(new WebSearchHit("One", "https://one.example/", "first"),
                new WebSearchHit("Two", "https://two.example/", "second"),
                new WebSearchHit("Three", "https://three.example/", "third"));
        fake.answer("three things", hits);
        return new Staged("three things", hits);
    }

    @Override
    protected String stageNoResults() {
        return "nothing at all";
    }

    @Override
    protected void stageError(int status) {
        fake.failWith(new WebToolFailedException(Kind.HTTP_ERROR, "fake answered HTTP " + status + ": no key"));
    }

    @Override
    protected void stageSlowAnswer() {
        fake.failWith(new WebToolFailedException(Kind.TIMEOUT, "fake did not answer within 1 s"));
    }

    @Override
    protected StagedImages stageImages() {
        List<ImageHit> images = List.of(new ImageHit("https://img.example/cat.jpg", "", "https://cats.example/", "Cat", 800, 600));
        fake.answerImages("cats", images);
        return new StagedImages("cats", images);
    }

    @Override
    protected int errorStatusWithReason() {
        return 401;
    }

    @Override
    protected String expectedReason() {
        return "no key";
    }
}
