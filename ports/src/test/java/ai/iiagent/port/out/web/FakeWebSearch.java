package ai.iiagent.port.out.web;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.web.WebToolFailedException.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An in-memory search provider: answers staged per query, or fails as told; records the reservations it was given. */
public final class FakeWebSearch implements WebSearchPaidToolPort {

    private final Map<String, List<WebSearchHit>> answers = new HashMap<>();
    private final Map<String, List<ImageHit>> images = new HashMap<>();
    private final List<CreditReservation> reservations = new ArrayList<>();
    private final boolean supportsImages;
    private final Credits price;
    private WebToolFailedException failure;

    public FakeWebSearch(boolean supportsImages, Credits price) {
        this.supportsImages = supportsImages;
        this.price = price;
    }

    public void answer(String query, List<WebSearchHit> hits) {
        answers.put(query, List.copyOf(hits));
    }

    public void answerImages(String query, List<ImageHit> found) {
        images.put(query, List.copyOf(found));
    }

    public void failWith(WebToolFailedException next) {
        failure = next;
    }

    public List<CreditReservation> reservations() {
        return reservations;
    }

    @Override
    public String provider() {
        return "fake";
    }

    @Override
    public boolean supportsImages() {
        return supportsImages;
    }

    @Override
    public synchronized WebSearchResults search(WebSearchQuery query, CreditReservation reservation) {
        reservations.add(reservation);
        if (failure != null) {
            throw failure;
        }
        List<WebSearchHit> hits = answers.getOrDefault(query.query(), List.of());
        return new WebSearchResults(provider(), query.query(), hits.subList(0, Math.min(hits.size(), query.maxResults())),
                price);
    }

    @Override
    public synchronized ImageSearchResults searchImages(ImageSearchQuery query, CreditReservation reservation) {
        reservations.add(reservation);
        if (!supportsImages) {
            throw new WebToolFailedException(Kind.UNSUPPORTED, "image search is not available with the fake");
        }
        if (failure != null) {
            throw failure;
        }
        List<ImageHit> found = images.getOrDefault(query.query(), List.of()).stream()
                .filter(image -> (image.width() == 0 || image.width() >= query.minWidth())
                        && (image.height() == 0 || image.height() >= query.minHeight()))
                .toList();
        return new ImageSearchResults(provider(), query.query(), found.subList(0, Math.min(found.size(), query.maxResults())),
                price);
    }
}
