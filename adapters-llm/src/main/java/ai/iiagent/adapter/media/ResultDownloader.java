package ai.iiagent.adapter.media;

import ai.iiagent.adapter.net.DestinationRefusedException;
import ai.iiagent.adapter.net.GuardedHttpClient;
import ai.iiagent.adapter.net.GuardedResponse;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

/**
 * Fetches a finished result (a picture or a clip) from the URL a provider answered with, through the
 * {@link GuardedHttpClient}: the URL and every redirect are checked by the SSRF guard, the body is
 * bounded by its size limit, and a credential header (Google's key for its file download) goes only
 * to the URL's own origin, never along a redirect to a storage host.
 */
public final class ResultDownloader {

    private final GuardedHttpClient http;

    public ResultDownloader(GuardedHttpClient http) {
        this.http = http;
    }

    /** The bytes at {@code url}; {@code credentials} are sent to its origin only. */
    public byte[] download(String provider, String url, Map<String, String> credentials) {
        GuardedResponse response;
        try {
            response = http.get(url, credentials, Set.copyOf(credentials.keySet()));
        } catch (DestinationRefusedException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, provider + "'s result URL was refused: "
                    + e.getMessage(), e);
        } catch (SocketTimeoutException e) {
            throw new MediaGenerationFailedException(Kind.TIMEOUT, "downloading " + provider + "'s result: "
                    + e.getMessage(), e);
        } catch (UnknownHostException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, provider + "'s result host "
                    + e.getMessage() + " does not resolve", e);
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "downloading " + provider + "'s result failed: "
                    + e.getMessage(), e);
        }
        if (response.status() / 100 != 2) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "downloading " + provider
                    + "'s result answered HTTP " + response.status());
        }
        if (response.truncated()) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, provider + "'s result is larger than the "
                    + response.body().length / (1024 * 1024) + " MiB download limit");
        }
        return response.body();
    }
}
