package ai.iiagent.adapter.tools.web.fetch;

import ai.iiagent.adapter.net.DestinationRefusedException;
import ai.iiagent.adapter.net.GuardedHttpClient;
import ai.iiagent.adapter.net.GuardedResponse;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.documents.DocumentFormat;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.documents.DocumentUnreadableException;
import ai.iiagent.port.out.documents.ExtractedText;
import ai.iiagent.port.out.documents.PageRange;
import ai.iiagent.port.out.documents.TextExtractionRequest;
import ai.iiagent.port.out.web.FetchedPage;
import ai.iiagent.port.out.web.WebFetchPaidToolPort;
import ai.iiagent.port.out.web.WebToolFailedException;
import ai.iiagent.port.out.web.WebToolFailedException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * web_visit's fetcher: a GET through {@link GuardedHttpClient} (SSRF rules on every hop, size and
 * time limits), then by content type: HTML and XHTML become Markdown ({@link HtmlToMarkdown}),
 * text, JSON, XML and CSV are returned as text in their declared charset, PDFs as their pages' text
 * (through the document text port), anything else (images, archives) is refused with what it was.
 * Error statuses are errors.
 */
public final class HttpPageFetcher implements WebFetchPaidToolPort {

    private static final String PDF = "application/pdf";
    private static final Map<String, String> HEADERS = Map.of(
            "Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,application/json;q=0.8,application/pdf;q=0.8,*/*;q=0.5",
            "Accept-Language", "en;q=0.9,*;q=0.5");

    private final GuardedHttpClient http;
    private final Credits pricePerCall;
    private final HtmlToMarkdown markdown = new HtmlToMarkdown();
    /** More than any page the model reads (web_visit cuts at its own limit and says how long the text was). */
    private static final int MAX_PDF_CHARS = 2_000_000;

    private final DocumentTextPort documents;
    private final int maxPdfPages;

    public HttpPageFetcher(GuardedHttpClient http, Credits pricePerCall) {
        this(http, pricePerCall, null, 1);
    }

    /**
     * @param documents   reads PDFs; null refuses them like any other binary type
     * @param maxPdfPages the most pages of a PDF read
     */
    public HttpPageFetcher(GuardedHttpClient http, Credits pricePerCall, DocumentTextPort documents, int maxPdfPages) {
        this.http = http;
        this.pricePerCall = pricePerCall;
        this.documents = documents != null && documents.supports(DocumentFormat.PDF) ? documents : null;
        this.maxPdfPages = maxPdfPages;
    }

    @Override
    public FetchedPage fetch(String url, CreditReservation reservation) {
        GuardedResponse response = get(url);
        String finalUrl = response.finalUri().toString();
        if (response.status() >= 400) {
            throw new WebToolFailedException(Kind.HTTP_ERROR, finalUrl + " answered HTTP " + response.status());
        }
        String type = mediaType(response.contentType());
        String title = "";
        String content;
        if (isHtml(type, response.body())) {
            Document page = parseHtml(response, finalUrl);
            title = page.title().strip();
            content = markdown.convert(page);
        } else if (isText(type)) {
            content = decode(response.body(), response.contentType());
        } else if (documents != null && isPdf(type, response.body())) {
            content = readPdf(response, finalUrl);
            type = PDF;
        } else {
            throw new WebToolFailedException(Kind.UNREADABLE, "web_visit reads web pages and text, but " + finalUrl
                    + " is " + (type.isEmpty() ? "of unknown type" : type) + " (" + size(response) + ")");
        }
        return new FetchedPage(url, finalUrl, response.redirects().stream().map(URI::toString).toList(), response.status(),
                type, title, content, response.truncated(), pricePerCall);
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
        } catch (SSLException e) {
            throw new WebToolFailedException(Kind.NETWORK, url + ": TLS failed (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new WebToolFailedException(Kind.NETWORK, url + " could not be fetched: " + e.getMessage(), e);
        }
    }

    private static Document parseHtml(GuardedResponse response, String url) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(response.body()), charsetName(response.contentType()), url);
        } catch (IOException e) {
            throw new WebToolFailedException(Kind.UNREADABLE, url + " could not be read as HTML: " + e.getMessage(), e);
        }
    }

    /** The PDF's pages as text, with a note when pages were left unread. */
    private String readPdf(GuardedResponse response, String url) {
        if (response.truncated()) {
            // A cut PDF loses its cross-reference table at the end: say why instead of reading half a file.
            throw new WebToolFailedException(Kind.UNREADABLE, url + " is a PDF larger than the download limit ("
                    + size(response) + ")");
        }
        ExtractedText text;
        try {
            text = documents.extract(new ByteArrayInputStream(response.body()), new TextExtractionRequest(
                    DocumentFormat.PDF, MAX_PDF_CHARS, new PageRange(1, maxPdfPages)));
        } catch (DocumentUnreadableException e) {
            throw new WebToolFailedException(Kind.UNREADABLE, url + ": " + e.getMessage(), e);
        }
        if (text.lastPageRead() < text.pageCount()) {
            return text.text() + "\n\n[only pages 1-" + text.lastPageRead() + " of " + text.pageCount() + " were read]";
        }
        return text.text();
    }

    /** Declared as PDF, or an untyped or generic binary body starting with the PDF signature. */
    private static boolean isPdf(String type, byte[] body) {
        if (type.equals(PDF)) {
            return true;
        }
        boolean generic = type.isEmpty() || type.equals("application/octet-stream") || type.equals("binary/octet-stream");
        return generic && body.length >= 5 && new String(body, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    private static boolean isHtml(String type, byte[] body) {
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return true;
        }
        if (!type.isEmpty()) {
            return false;
        }
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).strip()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml") || type.equals("application/javascript")
                || type.equals("application/x-ndjson") || type.equals("application/yaml");
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The declared charset, or null to let jsoup read it from a BOM or {@code <meta charset>}. */
    private static String charsetName(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "");
                try {
                    return Charset.isSupported(name) ? name : null;
                } catch (IllegalCharsetNameException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String decode(byte[] body, String contentType) {
        String declared = charsetName(contentType);
        Charset charset;
        try {
            charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        } catch (UnsupportedCharsetException e) {
            charset = StandardCharsets.UTF_8;
        }
        return new String(body, charset); // a cut at the size limit may split a character: it is replaced
    }

    private String size(GuardedResponse response) {
        long bytes = response.body().length;
        String shown = bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MiB" : bytes >= 1024 ? bytes / 1024 + " KiB"
                : bytes + " bytes";
        return response.truncated() ? "more than " + shown : shown;
    }
}
