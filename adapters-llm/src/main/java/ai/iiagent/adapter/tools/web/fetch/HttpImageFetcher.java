package ai.iiagent.adapter.tools.web.fetch;

import ai.iiagent.adapter.net.DestinationRefusedException;
import ai.iiagent.adapter.net.GuardedHttpClient;
import ai.iiagent.adapter.net.GuardedResponse;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.web.FetchedImage;
import ai.iiagent.port.out.web.RemoteImagePaidToolPort;
import ai.iiagent.port.out.web.WebToolFailedException;
import ai.iiagent.port.out.web.WebToolFailedException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * read_remote_image's fetcher: a GET through {@link GuardedHttpClient} (SSRF rules on every hop; its
 * size limit is the image limit), then the bytes must be a PNG, JPEG, GIF or WebP by their signature
 * (whatever the Content-Type says; SVG, HTML and the rest are refused). The size in pixels is read
 * from the header only, never by decoding the image.
 */
public final class HttpImageFetcher implements RemoteImagePaidToolPort {

    private static final Map<String, String> HEADERS = Map.of(
            "Accept", "image/png,image/jpeg,image/gif,image/webp;q=0.9,image/*;q=0.5");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final GuardedHttpClient http;
    private final Credits pricePerCall;

    public HttpImageFetcher(GuardedHttpClient http, Credits pricePerCall) {
        this.http = http;
        this.pricePerCall = pricePerCall;
    }

    @Override
    public FetchedImage fetchImage(String url, CreditReservation reservation) {
        GuardedResponse response = get(url);
        String finalUrl = response.finalUri().toString();
        if (response.status() >= 400) {
            throw new WebToolFailedException(Kind.HTTP_ERROR, finalUrl + " answered HTTP " + response.status());
        }
        if (response.truncated()) {
            throw new WebToolFailedException(Kind.UNREADABLE, finalUrl + " is larger than the image limit of "
                    + response.body().length / 1024 + " KiB");
        }
        String mediaType = sniff(response.body());
        if (mediaType == null) {
            String declared = response.contentType().isBlank() ? "of unknown type" : response.contentType();
            String hint = declared.toLowerCase(Locale.ROOT).contains("svg")
                    ? " (SVG is not read: it can carry scripts)" : "";
            throw new WebToolFailedException(Kind.UNREADABLE, finalUrl + " is not a PNG, JPEG, GIF or WebP image: it is "
                    + declared + hint);
        }
        int[] size = pixels(response.body());
        return new FetchedImage(url, finalUrl, mediaType, response.body(), size[0], size[1], pricePerCall);
    }

    /** The image type by its leading bytes, or null when it is none of the four read. */
    static String sniff(byte[] body) {
        if (startsWith(body, PNG)) {
            return "image/png";
        }
        if (body.length >= 3 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xd8 && (body[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        String head = new String(body, 0, Math.min(body.length, 12), StandardCharsets.ISO_8859_1);
        if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) {
            return "image/gif";
        }
        if (head.length() == 12 && head.startsWith("RIFF") && head.substring(8).equals("WEBP")) {
            return "image/webp";
        }
        return null;
    }

    /** Width and height from the header (0, 0 when the JDK has no reader for the format, as for WebP). */
    private static int[] pixels(byte[] body) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(body))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return new int[] {0, 0};
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new int[] {0, 0}; // a header the reader does not understand: the bytes are still the image
        }
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        return body.length >= prefix.length && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
    }

    private GuardedResponse get(String url) {
        try {
            return http.get(url, HEADERS);
        } catch (DestinationRefusedException e) {
            throw new WebToolFailedException(Kind.DESTINATION_REFUSED, e.getMessage(), e);
        } catch (UnknownHostException e) {
            throw new WebToolFailedException(Kind.NETWORK, "the host " + e.getMessage() + " does not resolve", e);
        } catch (SocketTimeoutException e) {
            throw new WebToolFailedException(Kind.TIMEOUT, url + ": " + e.getMessage(), e);
        } catch (ProtocolException e) {
            throw new WebToolFailedException(Kind.HTTP_ERROR, url + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new WebToolFailedException(Kind.NETWORK, url + " could not be fetched: " + e.getMessage(), e);
        }
    }
}
