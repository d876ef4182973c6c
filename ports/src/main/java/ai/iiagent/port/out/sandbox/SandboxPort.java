package ai.iiagent.port.out.sandbox;

import ai.iiagent.domain.credits.CreditReservation;

/**
 * An isolated machine for one session's untrusted work, from one provider (the local bubblewrap
 * sandbox, a Docker container, an E2B sandbox): a workspace that survives between calls,
 * commands run in it with a wall-clock timeout and an output limit, and file access that never
 * leaves it. Every call is addressed by the session the sandbox belongs to.
 *
 * <h2>Billing</h2>
 * Billable: every call that allocates or uses sandbox resources takes the {@link CreditReservation}
 * that pays for it, so only code holding a reservation from {@code BillableExecutor} can make it.
 * Control calls that only move an existing sandbox between states or read its state
 * ({@link #connect}, {@link #pause}, {@link #resume}, {@link #destroy}, {@link #status}) and the
 * owner's bounded browsing reads ({@link #listTree}, {@link #readHead}) are {@link NotBillable}.
 *
 * <h2>Lifecycle</h2>
 * States as the provider sees them: {@link SandboxStatus#ABSENT} → {@link #ensure} →
 * {@link SandboxStatus#RUNNING} ⇄ ({@link #pause} / {@link #resume}) {@link SandboxStatus#PAUSED};
 * {@link #destroy} → ABSENT from either. The core's sandbox lifecycle keeps the durable record
 * (the {@code sandboxes} table: provider id, status, expiry) and decides when to create, pause,
 * resume, expire and destroy; an adapter keeps no durable state of its own. An adapter may hold
 * in memory which provider sandbox belongs to which session; after a restart the lifecycle calls
 * {@link #connect} with the stored provider id before anything else, so {@link #pause},
 * {@link #resume}, {@link #destroy}, {@link #status} and the work calls only ever address a
 * sandbox this process created or connected to. A work call ({@link #run}, file calls,
 * {@link #exposePort}) on a sandbox that is PAUSED resumes it first; on one that is ABSENT,
 * {@link #run} and the write calls create it as {@link #ensure} would and the read calls answer
 * {@code sandbox_file_not_found} (the lifecycle never relies on either: it ensures first).
 *
 * <h2>Paths and errors</h2>
 * Paths given to the file methods are relative to the workspace root ({@code "src/a.txt"},
 * {@code ""} for the root); absolute paths, {@code ..} segments that climb out, and symbolic links
 * that resolve outside the workspace are refused with {@code ValidationException}
 * {@link SandboxErrors#PATH_OUTSIDE_WORKSPACE}. An implementation whose runtime is missing or
 * unreachable throws {@code ServiceUnavailableException} {@link SandboxErrors#UNAVAILABLE}; it
 * never falls back to running commands unsandboxed, nor to another kind. A provider that refuses
 * or fails a call throws {@code UpstreamFailureException} {@link SandboxErrors#PROVIDER_FAILED};
 * something the kind cannot do at all is {@code ConflictException}
 * {@link SandboxErrors#OPERATION_UNSUPPORTED}.
 *
 * <h2>Capabilities</h2>
 * A provider has two capabilities, each a port of its own so a caller depends only on what it uses:
 * {@link SandboxControlPort} (the lifecycle's: create, attach, pause, resume, destroy, state) and
 * {@link SandboxWorkspacePort} (the tools': commands and files). Persistent named shells
 * ({@link SandboxShellPort}) and interactive terminals ({@link SandboxTerminalPort}) are optional
 * capabilities a kind may have (the local sandbox has both); the wiring is told which a provider has
 * when it is built.
 */
public interface SandboxPort extends SandboxControlPort, SandboxWorkspacePort {
}
