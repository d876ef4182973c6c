package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;

/**
 * Reads a finished book aloud after the fact: a new version (voice-over on, generating) whose pages get their
 * voice-over from a durable job, page by page, each billed on its own. Pages that already have one are kept unless
 * {@code force}. {@code language} is a language code (en, fr, pt-br) used by the offline voice; providers' voices
 * speak the text's own language.
 */
public interface VoiceOverStorybookUseCase {

    StorybookStarted voice(Identity caller, StorybookId id, String language, boolean force);
}
