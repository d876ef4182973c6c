package ai.iiagent.adapter.http.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.port.in.content.Presentation;
import jakarta.ws.rs.core.Response;

/**
 * Untrusted slide HTML served for frames: a Content-Security-Policy whose {@code sandbox} directive
 * puts the page in an opaque origin (no cookies, storage or same-origin calls to the app, no
 * top-level navigation, no forms, no popups), no network except images, styles and fonts over https,
 * and no framing by other sites. The deck page holds each slide in an {@code iframe sandbox} of its own.
 */
final class SlideProxyPages {

    static final String SLIDE_CSP = "default-src 'none'; img-src data: blob: https:; media-src data: blob: https:;"
            + " style-src 'unsafe-inline' https:; font-src data: https:; script-src 'unsafe-inline' https:;"
            + " connect-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox allow-scripts";
    static final String DECK_CSP = "default-src 'none'; img-src data: blob: https:;"
            + " style-src 'unsafe-inline' https:; font-src data: https:; script-src 'unsafe-inline' https:;"
            + " frame-src 'self' about: data:; connect-src 'none'; form-action 'none'; base-uri 'none';"
            + " frame-ancestors 'self'; sandbox allow-scripts";

    private SlideProxyPages() {
    }

    static Response slide(Slide slide) {
        return page(slide.html(), SLIDE_CSP);
    }

    static Response deck(Presentation deck) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(deck.name())).append("</title><style>body{margin:0;background:#0b0f19;display:flex;"
                        + "flex-direction:column;align-items:center;gap:24px;padding:24px}iframe{width:1280px;height:720px;"
                        + "border:0;background:#fff}</style></head><body>");
        for (Slide slide : deck.slides()) {
            html.append("<iframe sandbox=\"allow-scripts\" data-slide-number=\"").append(slide.slideNumber())
                    .append("\" title=\"").append(escape(slide.title())).append("\" srcdoc=\"").append(escape(slide.html()))
                    .append("\"></iframe>");
        }
        return page(html.append("</body></html>").toString(), DECK_CSP);
    }

    private static Response page(String html, String csp) {
        return Response.ok(html, "text/html; charset=utf-8").header("Content-Security-Policy", csp)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store").header("Cross-Origin-Resource-Policy", "same-origin").build();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
