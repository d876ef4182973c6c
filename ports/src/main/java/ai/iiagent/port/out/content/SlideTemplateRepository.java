package ai.iiagent.port.out.content;

import ai.iiagent.domain.content.SlideTemplate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The slide template catalogue. */
public interface SlideTemplateRepository {

    /** Templates whose name contains {@code search} (case-insensitive; all when null), by name, one page of them. */
    List<SlideTemplate> page(String search, int offset, int limit);

    /** How many templates {@link #page} would find in all. */
    long count(String search);

    Optional<SlideTemplate> find(UUID id);

    void save(SlideTemplate template);
}
