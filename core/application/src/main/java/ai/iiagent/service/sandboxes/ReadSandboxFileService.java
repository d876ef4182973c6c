package ai.iiagent.service.sandboxes;

import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.sandboxes.ReadSandboxFileQuery;
import ai.iiagent.port.in.sandboxes.ReadSandboxFileUseCase;
import ai.iiagent.port.in.sandboxes.SandboxFileView;
import ai.iiagent.port.out.sandbox.SandboxFileContent;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The start of one workspace file for the owner: text as text, binary files only as their size. */
public final class ReadSandboxFileService implements ReadSandboxFileUseCase {

    /** Bytes of a file shown at most; the rest is left out and {@code truncated} set. */
    public static final int MAX_BYTES = 256 * 1024;

    private final SandboxAccess access;
    private final SandboxLifecycle lifecycle;

    public ReadSandboxFileService(SessionRepository sessions, SandboxLifecycle lifecycle) {
        this.access = new SandboxAccess(sessions);
        this.lifecycle = lifecycle;
    }

    @Override
    public SandboxFileView read(ReadSandboxFileQuery query) {
        access.requireOwner(query.caller(), query.sessionId());
        if (query.path() == null || query.path().isBlank()) {
            throw new ValidationException("file_content needs a path");
        }
        String path = query.path().strip();
        SandboxFileContent file = lifecycle.head(query.sessionId(), path, MAX_BYTES);
        String text = text(file.head(), file.truncated());
        return new SandboxFileView(path, text, text == null, file.sizeBytes(), text != null && file.truncated());
    }

    // UTF-8 without NUL is text; a cut at the limit may split the last character, which is dropped.
    private static String text(byte[] head, boolean truncated) {
        for (byte b : head) {
            if (b == 0) {
                return null;
            }
        }
        int end = head.length;
        int tolerance = truncated ? Math.min(3, head.length) : 0;
        for (int cut = 0; cut <= tolerance; cut++) {
            String decoded = decode(head, end - cut);
            if (decoded != null) {
                return decoded;
            }
        }
        return null;
    }

    private static String decode(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
