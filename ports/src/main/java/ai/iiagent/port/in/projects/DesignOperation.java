package ai.iiagent.port.in.projects;

/**
 * One step of an iframe plan, applied by the web UI to its copy of the page: {@code set_style} (a CSS
 * {@code property} and {@code value}) or {@code set_text} ({@code text}) on the element {@code designId}.
 */
public record DesignOperation(String op, String designId, String property, String value, String text) {

    public static final String SET_STYLE = "set_style";
    public static final String SET_TEXT = "set_text";
}
