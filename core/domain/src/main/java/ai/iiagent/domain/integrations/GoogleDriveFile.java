package ai.iiagent.domain.integrations;

import java.util.Objects;

/**
 * A Drive file as it will be imported: its id, the name and content type of what will be stored (a
 * Google Docs file is exported, so both name the exported form, e.g. {@code Notes.pdf}) and its size,
 * or {@link #UNKNOWN_SIZE} when Drive cannot tell before the export.
 *
 * @param exported whether the content comes from Drive's export of a Google Workspace file
 */
public record GoogleDriveFile(String id, String name, String contentType, long size, boolean exported) {

    /** The size of an export, which Drive reports only once it has produced it. */
    public static final long UNKNOWN_SIZE = -1;

    public GoogleDriveFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
    }

    public boolean sizeKnown() {
        return size >= 0;
    }
}
