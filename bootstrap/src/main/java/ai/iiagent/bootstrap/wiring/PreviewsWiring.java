package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.security.SigningKeys;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.port.in.projects.PreviewUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.adapter.http.projects.PreviewProxy;
import ai.iiagent.adapter.persistence.projects.HmacPreviewSigner;
import ai.iiagent.port.out.sandbox.SandboxPreviewPort;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.service.projects.PreviewService;
import ai.iiagent.service.sandboxes.SandboxLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Previews of sandbox servers (docs/projects.md "Preview"): the local sandbox's relays, the owner-only
 * routing of {@link PreviewService}, and the app's preview listener
 * ({@code adapter.http.previews.PreviewProxy}, the {@link PreviewOriginPort}).
 */
@ApplicationScoped
public class PreviewsWiring {

    /** The local sandbox relays a port; the others have their own public URLs ({@code exposePort}), not this proxy. */
    @Produces
    @Singleton
    SandboxPreviewPort sandboxPreviews(SandboxProvider provider) {
        return provider.stdioHost().<SandboxPreviewPort>map(BubblewrapSandbox::previews).orElseGet(() -> new SandboxPreviewPort() {
            @Override
            public InetSocketAddress relay(SessionId sessionId, int port) {
                throw new ConflictException(SandboxErrors.OPERATION_UNSUPPORTED,
                        "this sandbox provider previews ports through its own URLs, not through the app");
            }

            @Override
            public void close(SessionId sessionId) {
                // nothing is relayed for these providers
            }
        });
    }

    @Produces
    @ApplicationScoped
    PreviewUseCase previews(SessionRepository sessions, SandboxPreviewPort relays, SandboxLifecycle lifecycle,
                            PreviewProxy listener, ClockPort clock, SigningKeys keys) {
        return new PreviewService(sessions, relays, lifecycle::owningSession, listener::originOf, clock,
                new HmacPreviewSigner(secret(keys)));
    }

    // Derived from the token signing key: every node that shares the signing keys accepts the same labels and cookies.
    static byte[] secret(SigningKeys keys) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("ii-agent/preview/v1".getBytes(StandardCharsets.UTF_8));
            return sha256.digest(keys.privateKey().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
