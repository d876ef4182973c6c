package ai.iiagent.service.agents;

import ai.iiagent.domain.files.MediaProvenance;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.files.ShareSessionFileCommand;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.out.tools.ToolFile;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores the files a tool handed to the user (see {@link ToolFile}) among the session's files, as
 * the run's owner, and rewrites the tool's result to say where they went: {@code display.files}
 * lists them ({@link RunEvent.SentFile}; the UI gets their id, name, size, type, URL and path).
 * Agent runs and chat answers (a chat tool such as generate_image) deliver through it alike.
 */
public final class UserFiles {

    private final ShareSessionFileUseCase share;
    private final Identity owner;
    private final SessionId session;

    public UserFiles(ShareSessionFileUseCase share, Identity owner, SessionId session) {
        this.share = share;
        this.owner = owner;
        this.session = session;
    }

    /** The outcome with its files stored among the session's files (unchanged when it hands none). */
    public ToolOutcome deliver(ToolOutcome outcome) {
        if (outcome.files().isEmpty()) {
            return outcome;
        }
        List<RunEvent.SentFile> sent = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (ToolFile file : outcome.files()) {
            try {
                ToolFile.Generation how = file.generation();
                StoredAsset stored = share.share(new ShareSessionFileCommand(owner, session, file.name(),
                        file.contentType(), file.content(), how == null ? null
                        : new MediaProvenance(how.toolName(), how.prompt(), how.model(), how.provider())));
                sent.add(new RunEvent.SentFile(stored.asset().id().toString(), stored.asset().fileName().value(),
                        stored.asset().size(), stored.asset().contentType().value(), stored.downloadUrl().url().toString(),
                        file.path()));
            } catch (DomainException e) {
                refused.add(file.path() + " (" + e.getMessage() + ")");
            }
        }
        Map<String, Object> display = new LinkedHashMap<>(outcome.display());
        display.put("files", sent);
        StringBuilder text = new StringBuilder(outcome.text());
        if (!sent.isEmpty()) {
            text.append("\nThe user now has ").append(sent.size()).append(sent.size() == 1 ? " file" : " files")
                    .append(" in this session: ").append(String.join(", ", sent.stream()
                            .map(RunEvent.SentFile::name).toList())).append('.');
        }
        if (!refused.isEmpty()) {
            display.put("refused", refused);
            text.append("\nNot sent: ").append(String.join("; ", refused));
        }
        return new ToolOutcome(text.toString(), display, outcome.error() || sent.isEmpty(), outcome.cost(), List.of(),
                outcome.images());
    }
}
