package ai.iiagent.port.out.documents;

/** A document's text, its title when the document names one ("" otherwise), and how many pages it has. */
public record DocumentText(String text, String title, int pages) {

    public DocumentText {
        text = text == null ? "" : text;
        title = title == null ? "" : title;
    }
}
