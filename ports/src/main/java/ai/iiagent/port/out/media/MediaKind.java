package ai.iiagent.port.out.media;

/** What a media generator makes: still images, video clips or speech (voice-over). */
public enum MediaKind {
    IMAGE, VIDEO, SPEECH
}
