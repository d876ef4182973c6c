package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.MediaCategory;

/**
 * A page of the media templates: {@code page} from 1, {@code pageSize} 1..100, optionally only those
 * whose name contains {@code name} (any case) and only of {@code type} (null: all).
 */
public record ListMediaTemplatesQuery(int page, int pageSize, String name, MediaCategory type) {
}
