package ai.iiagent.adapter.storage.local;

import ai.iiagent.domain.files.InvalidObjectKeyException;
import ai.iiagent.domain.files.ObjectKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Maps keys to files strictly inside the root: the normalised path must stay under the root and no
 * component on the way (directory or file) may be a symbolic link, so nothing can lead outside even
 * if someone plants a link inside the root.
 */
final class LocalPaths {

    private final Path root;

    LocalPaths(Path root) {
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the storage root " + root, e);
        }
    }

    Path root() {
        return root;
    }

    /** @throws InvalidObjectKeyException when the key would leave the root or passes through a link */
    Path resolve(ObjectKey key) {
        Path target = root.resolve(key.value()).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new InvalidObjectKeyException();
        }
        Path current = root;
        for (Path segment : root.relativize(target)) {
            current = current.resolve(segment);
            if (Files.isSymbolicLink(current)) {
                throw new InvalidObjectKeyException();
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                break;
            }
        }
        return target;
    }
}
