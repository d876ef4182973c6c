package ai.iiagent.port.in.files;

/** Fresh signed download URLs for those of the given ids that are the caller's ready assets; the rest are reported missing. */
public interface CreateDownloadUrlsUseCase {

    DownloadUrls create(CreateDownloadUrlsQuery query);
}
