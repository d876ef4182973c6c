package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.RangeRequest;

/** Raw key from the path, expiry and signature from the query, optional range. */
public record ReadSignedObjectQuery(String key, long expires, String signature, RangeRequest range) {
}
