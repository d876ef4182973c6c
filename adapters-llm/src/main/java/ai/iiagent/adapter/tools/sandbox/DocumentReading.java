package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.port.out.documents.DocumentFormat;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.documents.DocumentUnreadableException;
import ai.iiagent.port.out.documents.ExtractedText;
import ai.iiagent.port.out.documents.PageRange;
import ai.iiagent.port.out.documents.TextExtractionRequest;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code Read} on a PDF or Office file: a header saying what was read, then the extracted text. */
final class DocumentReading {

    private static final Pattern PAGES = Pattern.compile("\\s*(\\d{1,6})\\s*(?:-\\s*(\\d{1,6})\\s*)?");

    private final DocumentTextPort documents;
    private final int maxChars;

    DocumentReading(DocumentTextPort documents, int maxChars) {
        this.documents = documents;
        this.maxChars = maxChars;
    }

    ToolOutcome read(String shownPath, byte[] content, DocumentFormat format, Object pagesArgument) {
        PageRange pages;
        try {
            pages = pages(pagesArgument);
        } catch (IllegalArgumentException e) {
            return ToolOutcome.failed("pages must look like \"3\" or \"2-5\" (from 1, first before last), got " + pagesArgument);
        }
        ExtractedText text;
        try {
            text = documents.extract(new ByteArrayInputStream(content), new TextExtractionRequest(format, maxChars, pages));
        } catch (DocumentUnreadableException e) {
            return ToolOutcome.failed("Could not read " + shownPath + ": " + e.getMessage());
        }
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("path", shownPath);
        display.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
        display.put("pages", text.pageCount());
        display.put("truncated", text.truncated());
        return new ToolOutcome(header(shownPath, format, text) + text.text(), display, false);
    }

    private static String header(String shownPath, DocumentFormat format, ExtractedText text) {
        StringBuilder header = new StringBuilder("[").append(shownPath).append(": ").append(format.name());
        if (text.pageCount() > 0) {
            header.append(", ").append(text.pageCount()).append(format == DocumentFormat.PDF ? " pages" : " pages/sheets/slides");
        }
        if (text.firstPageRead() > 0) {
            header.append("; pages ").append(text.firstPageRead()).append('-').append(text.lastPageRead()).append(" below");
        }
        if (text.truncated()) {
            header.append("; cut at ").append(text.text().length()).append(" characters")
                    .append(format.paged() ? ", ask for later pages to read on" : "");
        }
        return header.append("]\n").toString();
    }

    private static PageRange pages(Object argument) {
        if (argument == null || argument instanceof String s && s.isBlank()) {
            return PageRange.ALL;
        }
        if (argument instanceof Number number) {
            return new PageRange(number.intValue(), number.intValue());
        }
        Matcher matcher = PAGES.matcher(String.valueOf(argument));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a page range");
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
        return new PageRange(first, last);
    }
}
