package ai.iiagent.port.out.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.port.out.web.WebToolFailedException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every web search provider adapter must do, whatever its wire format. Subclasses stage their
 * provider's recorded answers (a real adapter on WireMock, or the in-memory fake) and say which
 * results the recording holds; the contract checks how the port hands them on.
 */
public abstract class WebSearchPaidToolPortContractTest {

    /** The query a staged recording answers, and the results it holds, in order. */
    public record Staged(String query, List<WebSearchHit> hits) {
    }

    /** The query a staged image recording answers, and its first images. */
    public record StagedImages(String query, List<ImageHit> first) {
    }

    protected abstract WebSearchPaidToolPort port();

    /** Serves a recorded answer with at least three results. */
    protected abstract Staged stageResults();

    /** Serves a recorded answer without results for the returned query. */
    protected abstract String stageNoResults();

    /** Serves the provider's recorded error answer for {@code status} (e.g. a bad key, a rate limit). */
    protected abstract void stageError(int status);

    /** Answers only after the adapter's time limit. */
    protected abstract void stageSlowAnswer();

    /** Serves a recorded image answer; only called when the port supports images. */
    protected abstract StagedImages stageImages();

    /** The error status whose recorded body carries a reason the adapter should pass on, and that reason. */
    protected abstract int errorStatusWithReason();

    protected abstract String expectedReason();

    @Test
    void givenRecordedResults_thenTheyComeBackInOrder_asPlainTextTitleUrlAndSnippet() {
        Staged staged = stageResults();

        WebSearchResults results = port().search(new WebSearchQuery(staged.query(), 10), null);

        assertThat(results.provider()).isEqualTo(port().provider());
        assertThat(results.query()).isEqualTo(staged.query());
        assertThat(results.hits()).startsWith(staged.hits().toArray(WebSearchHit[]::new));
        assertThat(results.hits()).allSatisfy(hit -> {
            assertThat(hit.url()).matches("https?://.+");
            assertThat(hit.title() + hit.content()).doesNotContain("<strong>", "<b>", "&amp;", "&#39;");
        });
    }

    @Test
    void givenMoreResultsThanAskedFor_thenOnlyTheBestOnesCome() {
        Staged staged = stageResults();

        WebSearchResults results = port().search(new WebSearchQuery(staged.query(), 2), null);

        assertThat(results.hits()).containsExactly(staged.hits().get(0), staged.hits().get(1));
    }

    @Test
    void givenNoResults_thenAnEmptyList_notAnError() {
        String query = stageNoResults();

        assertThat(port().search(new WebSearchQuery(query, 10), null).hits()).isEmpty();
    }

    @Test
    void givenAnErrorAnswer_thenAnHttpErrorNamingTheStatusAndTheProvidersReason() {
        stageError(errorStatusWithReason());

        assertThatThrownBy(() -> port().search(new WebSearchQuery("anything", 5), null))
                .isInstanceOfSatisfying(WebToolFailedException.class, e -> assertThat(e.kind()).isEqualTo(Kind.HTTP_ERROR))
                .hasMessageContaining(String.valueOf(errorStatusWithReason())).hasMessageContaining(expectedReason());
    }

    @Test
    void givenAServerError_thenAnHttpError() {
        stageError(503);

        assertThatThrownBy(() -> port().search(new WebSearchQuery("anything", 5), null))
                .isInstanceOfSatisfying(WebToolFailedException.class, e -> assertThat(e.kind()).isEqualTo(Kind.HTTP_ERROR))
                .hasMessageContaining("503");
    }

    @Test
    void givenNoAnswerInTime_thenATimeout() {
        stageSlowAnswer();

        assertThatThrownBy(() -> port().search(new WebSearchQuery("anything", 5), null))
                .isInstanceOfSatisfying(WebToolFailedException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
    }

    @Test
    void givenImageSearch_thenImagesWhenSupported_otherwiseUnsupported() {
        if (!port().supportsImages()) {
            assertThatThrownBy(() -> port().searchImages(new ImageSearchQuery("cats", 5, 0, 0), null))
                    .isInstanceOfSatisfying(WebToolFailedException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED));
            return;
        }
        StagedImages staged = stageImages();

        ImageSearchResults results = port().searchImages(new ImageSearchQuery(staged.query(), 10, 0, 0), null);

        assertThat(results.images()).startsWith(staged.first().toArray(ImageHit[]::new));
        assertThat(results.images()).allSatisfy(image -> assertThat(image.imageUrl()).matches("https?://.+"));
    }
}
