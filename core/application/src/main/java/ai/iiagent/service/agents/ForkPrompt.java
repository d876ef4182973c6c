package ai.iiagent.service.agents;

import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.ForkType;

/** The first instruction of a forked session, from its fork info. */
final class ForkPrompt {

    private ForkPrompt() {
    }

    static String of(ForkInfo fork, String extra) {
        StringBuilder prompt = new StringBuilder(fork.forkType() == ForkType.RESEARCH_TO_WEBSITE
                ? "Build a website that presents the research of the previous session."
                : "Continue the work of the previous session from where it stopped.");
        if (!fork.context().attachments().isEmpty()) {
            prompt.append(" Use these files: ").append(String.join(", ", fork.context().attachments())).append('.');
        }
        if (fork.context().additionalInstruction() != null && !fork.context().additionalInstruction().isBlank()) {
            prompt.append(' ').append(fork.context().additionalInstruction().strip());
        }
        if (extra != null && !extra.isBlank()) {
            prompt.append(' ').append(extra.strip());
        }
        return prompt.toString();
    }
}
