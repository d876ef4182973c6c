package ai.iiagent.port.in.files;

import java.io.InputStream;
import java.util.Objects;

/** The parts of a signed upload request: raw key from the path, expiry and signature from the query, the body. */
public record ReceiveSignedUploadCommand(String key, long expires, String signature, InputStream body) {

    public ReceiveSignedUploadCommand {
        Objects.requireNonNull(body, "body");
    }
}
