package ai.iiagent.port.in.files;

import ai.iiagent.domain.users.Identity;
import java.io.InputStream;
import java.util.Objects;

/** The avatar bytes ({@code size} of them) with their declared name and type. */
public record UploadAvatarCommand(Identity owner, String fileName, String contentType, long size, InputStream content) {

    public UploadAvatarCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(content, "content");
    }
}
