package ai.iiagent.port.out.content;

import ai.iiagent.domain.content.MediaCategory;
import ai.iiagent.domain.content.MediaTemplate;
import ai.iiagent.domain.content.MediaTool;
import java.util.List;
import java.util.Optional;

/**
 * The stored media catalogues: the templates of the gallery and the media mini-tools, in the order
 * they were seeded.
 */
public interface MediaCatalogueRepository {

    /**
     * Templates in gallery order, of {@code type} (null: all) whose name contains {@code nameContains}
     * in any case (blank: all), skipping {@code offset}, at most {@code limit}.
     */
    List<MediaTemplate> templates(MediaCategory type, String nameContains, long offset, int limit);

    /** How many templates {@link #templates} would find without paging. */
    long countTemplates(MediaCategory type, String nameContains);

    Optional<MediaTemplate> template(String id);

    /** The mini-tools in seeded order. */
    List<MediaTool> tools();

    Optional<MediaTool> tool(String id);

    /**
     * Makes the stored catalogues exactly these (inserted, updated in place, the others deleted),
     * their order the lists' order.
     *
     * @return how many rows were written or deleted
     */
    int replaceAll(List<MediaTemplate> templates, List<MediaTool> tools);
}
