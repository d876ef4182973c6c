package ai.iiagent.port.in.integrations;

import ai.iiagent.port.in.files.StoredAsset;
import java.util.List;

/**
 * Copies files from the caller's connected Google Drive into their assets, under the same size and
 * content-type limits as uploads; every file is checked before any is stored.
 */
public interface ImportGoogleDriveFilesUseCase {

    List<StoredAsset> importFiles(ImportGoogleDriveFilesCommand command);
}
