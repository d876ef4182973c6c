package ai.iiagent.port.in.content;

/** A page (from 1) of templates, {@code pageSize} 1..100, filtered by a name fragment (null: all). */
public record ListSlideTemplatesQuery(Integer page, Integer pageSize, String search) {
}
