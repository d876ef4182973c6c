package ai.iiagent.adapter.http.content;

import ai.iiagent.domain.content.DetectedImagePart;
import java.util.List;
import java.util.Locale;

/**
 * The detection answer's {@code overlay_html}: one absolutely placed, transparent {@code div} per
 * component (percent coordinates, {@code data-design-id}), to lay over the picture. Labels are
 * escaped; there is no script.
 */
final class SlideImageOverlay {

    private SlideImageOverlay() {
    }

    static String html(List<DetectedImagePart> components) {
        StringBuilder html = new StringBuilder("<div class=\"nb-overlay\" style=\"position:absolute;inset:0\">");
        for (DetectedImagePart component : components) {
            html.append(String.format(Locale.ROOT, "<div class=\"nb-component\" data-design-id=\"%s\" data-type=\"%s\""
                            + " title=\"%s\" style=\"position:absolute;left:%.2f%%;top:%.2f%%;width:%.2f%%;height:%.2f%%;"
                            + "z-index:%d\"></div>", escape(component.id()), escape(component.type()),
                    escape(component.label()), component.box().x(), component.box().y(), component.box().width(),
                    component.box().height(), component.zIndex()));
        }
        return html.append("</div>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
