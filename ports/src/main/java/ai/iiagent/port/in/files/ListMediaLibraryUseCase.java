package ai.iiagent.port.in.files;

/** The caller's ready uploads (not avatars), newest first, one page at a time. */
public interface ListMediaLibraryUseCase {

    AssetPage list(ListMediaLibraryQuery query);
}
