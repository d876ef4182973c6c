package ai.iiagent.architecture;

import com.tngtech.archunit.base.DescribedFunction;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.modules.ArchModule;
import com.tngtech.archunit.library.modules.ModuleDependency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules and the dependencies allowed between them, declared once (docs/architecture.md §2).
 * A class belongs to the feature named by the package segment after its layer
 * ({@code ai.iiagent.domain.users}, {@code ai.iiagent.adapter.http.users}, ...), or to the capability
 * it implements ({@code port.out.llm} and {@code adapter.llm.openai} are {@code llm}); the sandbox
 * port and adapters belong to {@code sandboxes}, the object store to {@code files},
 * the event bus to {@code sessions}, the payments port to {@code billing} (each speaks that feature),
 * the socket transport to {@code socket}, the wiring to {@code bootstrap}. Every production class is
 * in exactly one module ({@code every_class_belongs_to_a_module}), so none escapes these rules.
 */
final class Features {

    static final Set<String> ALL = Set.of("users", "auth", "sessions", "chat", "tasks", "agents", "realtime",
            "credits", "billing", "files", "settings", "content", "projects", "integrations", "workers", "sandboxes", "shared", "storybooks");

    /** Outbound capabilities (port.out.X, adapter.X..) and the metering service. */
    static final Set<String> CAPABILITIES = Set.of("llm", "tools", "web", "mcp", "net", "clock", "tx", "secrets",
            "metering", "security", "documents", "browser", "media", "jobs");

    /**
     * The agents feature's domain ({@code domain.agents}: the conversation model {@code Message}, {@code Role},
     * {@code ToolCall}, {@code ToolResult}) is a module of its own, so the model providers (llm), the tools and
     * chat speak it without closing a cycle with the agents services that call them.
     */
    static final String AGENTS_MODEL = "agents.model";

    /** Who may speak the conversation model besides the agents feature itself. */
    // storybooks: a page's text is written (and rewritten) by the model (docs/storybooks.md)
    // projects: design mode's AI change asks the model for an element's new HTML (docs/projects.md)
    private static final Set<String> AGENTS_MODEL_USERS = Set.of("llm", "chat", "tools", "mcp", "storybooks",
            "projects");

    /** Every module may use these; {@code shared} itself depends on nothing. */
    private static final Set<String> EVERYONE_MAY_USE = Set.of("users", "shared", "clock", "tx");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("settings", Set.of("secrets")),
            Map.entry("credits", Set.of()),
            Map.entry(AGENTS_MODEL, Set.of("credits")),
            Map.entry("billing", Set.of("credits")),
            Map.entry("tasks", Set.of("sessions")),
            // chat → tasks: a chat tool call's invocation carries the turn's RunId (the user message id)
            // chat → agents: a chat answer is a thin policy on the agents' engine (service.agents.engine)
            // chat → files, documents: a message's attached files are checked and read as an agent query's (file_search indexes their text)
            Map.entry("chat", Set.of("agents", "sessions", "credits", "settings", "tasks", "llm", "metering", "tools",
                    "files", "documents")),
            // agents → integrations: a query's github_repository is checked out through CheckoutRepositoryUseCase
            Map.entry("agents", Set.of("integrations", "sessions", "tasks", "credits", "settings", "files", "llm", "metering",
                    "tools", "secrets", "documents")),
            Map.entry("files", Set.of("sessions")),
            // sandboxes → credits: the sandbox ports are billable and take a CreditReservation
            Map.entry("sandboxes", Set.of("sessions", "credits")),
            // projects: previews of sandbox servers (the preview port is a sandbox capability); register_port is a tool
            // projects → secrets, metering: database passwords and secrets sealed; .env written through a zero hold
            Map.entry("projects", Set.of("sessions", "sandboxes", "tools", "llm", "credits", "secrets", "metering")),
            Map.entry("llm", Set.of("credits", "net")),
            Map.entry("web", Set.of("credits")),
            // media → net: provider results (fal.ai files, Veo clips) are downloaded through the SSRF guard
            Map.entry("media", Set.of("credits", "net")),
            // content (media API) → sessions, files: a reference image is stored with one of the caller's sessions
            // content → tools, llm, sandboxes: the slide tools (adapter.tools.content) write slides into the workspace;
            // content → documents: deck export renders through HtmlPagesRenderPort (docs/slides.md)
            Map.entry("content", Set.of("media", "credits", "metering", "sessions", "files", "tools", "llm", "sandboxes",
                    "documents")),
            // storybooks (issue 20): pages made by durable jobs (jobs) with the media generators, billed (metering),
            // stored with the session's files, exported through the Chromium renderer (documents); the chat tool
            // generate_storybook lives in adapter.tools.storybooks
            Map.entry("storybooks", Set.of("jobs", "media", "credits", "metering", "sessions", "files", "documents", "tools",
                    "llm", "content")),
            Map.entry("tools", Set.of("credits", "llm", "net", "sandboxes", "sessions", "settings", "tasks", "web",
                    "documents", "browser", "media")),
            // the agent's browser: its egress goes through net's SSRF guard, downloads into the sandbox workspace
            Map.entry("browser", Set.of("credits", "sessions", "net", "sandboxes")),
            Map.entry("mcp", Set.of("credits", "llm", "sandboxes", "settings", "tools")),
            // metering is BillableExecutor and its charge records; → tools: ToolPrices refuses unpriced tools
            Map.entry("metering", Set.of("credits", "llm", "tools")),
            Map.entry("security", Set.of("auth", "secrets")),
            // integrations: tokens sealed, a repository copied into the sandbox through a zero-priced hold
            // integrations → tools, llm: chat's github tool is a connector's tool (GitHubChatTool)
            Map.entry("integrations", Set.of("secrets", "sandboxes", "credits", "metering", "sessions", "settings", "files",
                    "tools", "llm")),
            // the socket router: authenticate, join sessions, agent commands, terminals
            // socket → projects: the publish commands start a deployment (docs/protocol/realtime.md)
            // socket → integrations: the mobile commands (apple_check_auth, submit_testflight)
            Map.entry("socket", Set.of("auth", "sessions", "tasks", "agents", "sandboxes", "realtime", "projects",
                    "integrations")));

    private static final Pattern FEATURE_PACKAGE = Pattern.compile(
            "ai\\.iiagent\\.(?:domain|port\\.in|port\\.out|service|adapter\\.[a-z]+)\\.([a-z]+)(?:\\..*)?");
    private static final Pattern CAPABILITY_PACKAGE = Pattern.compile(
            "ai\\.iiagent\\.(?:port\\.out|adapter\\.persistence|adapter|service)\\.([a-z]+)(?:\\..*)?");
    private static final Pattern SANDBOX_PACKAGE = Pattern.compile(
            "ai\\.iiagent\\.(?:port\\.out\\.sandbox|adapter\\.sandbox)(?:\\..*)?");
    private static final Pattern STORAGE_PACKAGE = Pattern.compile(
            "ai\\.iiagent\\.(?:port\\.out\\.storage|adapter\\.storage)(?:\\..*)?");
    private static final Pattern PUBSUB_PACKAGE = Pattern.compile(
            "ai\\.iiagent\\.(?:port\\.out\\.pubsub|adapter\\.persistence\\.pubsub)(?:\\..*)?");
    private static final Pattern PAYMENTS_PACKAGE = Pattern.compile(
            "ai\\.iiagent\\.(?:port\\.out\\.payments|adapter\\.payments)(?:\\..*)?");
    /** The connectors' outbound adapters (provider HTTP clients, JGit) speak the integrations feature. */
    private static final Pattern INTEGRATIONS_ADAPTER_PACKAGE = Pattern.compile("ai\\.iiagent\\.adapter\\.integrations(?:\\..*)?");
    /** Plumbing shared by every persistence mapper (id mappings, constraint names): sees users' and sessions' ids. */
    static final String PERSISTENCE_PLUMBING = "ai.iiagent.adapter.persistence";

    private Features() {
    }

    static Optional<String> of(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (pkg.equals("ai.iiagent.domain.agents")) {
            return Optional.of(AGENTS_MODEL);
        }
        Matcher feature = FEATURE_PACKAGE.matcher(pkg);
        if (feature.matches() && ALL.contains(feature.group(1))) {
            return Optional.of(feature.group(1));
        }
        if (SANDBOX_PACKAGE.matcher(pkg).matches()) {
            return Optional.of("sandboxes");
        }
        if (STORAGE_PACKAGE.matcher(pkg).matches()) {
            return Optional.of("files");
        }
        if (PUBSUB_PACKAGE.matcher(pkg).matches()) {
            return Optional.of("sessions"); // the bus carries session events; only sessions publishes to it
        }
        if (INTEGRATIONS_ADAPTER_PACKAGE.matcher(pkg).matches()) {
            return Optional.of("integrations");
        }
        if (PAYMENTS_PACKAGE.matcher(pkg).matches()) {
            return Optional.of("billing"); // the payments port speaks billing's plans and customers
        }
        if (pkg.startsWith("ai.iiagent.adapter.socket.")) {
            return Optional.of("socket");
        }
        if (pkg.equals("ai.iiagent.bootstrap") || pkg.startsWith("ai.iiagent.bootstrap.")) {
            return Optional.of("bootstrap");
        }
        if (pkg.equals("ai.iiagent.port.out") || pkg.equals("ai.iiagent.adapter.http")) {
            return Optional.of("shared"); // NotBillable, the HTTP mapper config: depend on nothing of ours
        }
        Matcher capability = CAPABILITY_PACKAGE.matcher(pkg);
        return capability.matches() && CAPABILITIES.contains(capability.group(1))
                ? Optional.of(capability.group(1)) : Optional.empty();
    }

    /** Whether the class is in a module, or is the one declared exception (the persistence plumbing). */
    static boolean placed(JavaClass javaClass) {
        return of(javaClass).isPresent() || javaClass.getPackageName().equals(PERSISTENCE_PLUMBING);
    }

    static final DescribedFunction<JavaClass, ArchModule.Identifier> FEATURE_OF_CLASS = DescribedFunction.describe(
            "feature package", javaClass -> of(javaClass).map(ArchModule.Identifier::from)
                    .orElseGet(ArchModule.Identifier::ignore));

    static boolean allowed(String from, String to) {
        if (from.equals("shared")) {
            return false;
        }
        if (to.equals(AGENTS_MODEL) && (from.equals("agents") || AGENTS_MODEL_USERS.contains(from))) {
            return true;
        }
        return from.equals("bootstrap") || EVERYONE_MAY_USE.contains(to)
                || ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    static final DescribedPredicate<ModuleDependency<ArchModule.Descriptor>> ALLOWED_DEPENDENCY =
            DescribedPredicate.describe("declared in Features.ALLOWED (realtime: other features' events only)",
                    dependency -> {
                        String from = dependency.getOrigin().getName();
                        String to = dependency.getTarget().getName();
                        return allowed(from, to) || from.equals("realtime") && onlyEvents(dependency);
                    });

    private static boolean onlyEvents(ModuleDependency<ArchModule.Descriptor> dependency) {
        return dependency.toClassDependencies().stream().map(Dependency::getTargetClass)
                .allMatch(target -> target.getSimpleName().endsWith("Event")
                        || target.getPackageName().contains(".event"));
    }
}
