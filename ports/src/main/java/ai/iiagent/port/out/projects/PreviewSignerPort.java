package ai.iiagent.port.out.projects;

/**
 * The keyed MAC that makes preview labels, grants and cookies unforgeable (docs/projects.md
 * "Preview"). The key is the same on every node, so any node accepts what another one issued.
 */
public interface PreviewSignerPort {

    /** The first {@code bytes} bytes of the MAC of {@code message}, as lower-case hex. */
    String mac(String message, int bytes);
}
