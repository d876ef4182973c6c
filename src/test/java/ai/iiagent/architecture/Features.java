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
 * The features and the dependencies allowed between them, declared once (docs/architecture.md §2).
 * A class belongs to the feature named by the package segment after its layer
 * ({@code ai.iiagent.domain.users}, {@code ai.iiagent.adapter.http.users}, ...).
 */
final class Features {

    static final Set<String> ALL = Set.of("users", "auth", "sessions", "chat", "tasks", "agents", "realtime",
            "credits", "billing", "files", "settings", "content", "projects", "integrations", "workers", "sandboxes", "shared");

    /** Beyond these, every feature may depend on {@code users} and {@code shared}; {@code shared} on nothing. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "settings", Set.of("users"),
            "credits", Set.of("users"),
            "billing", Set.of("credits"),
            "sessions", Set.of("users"),
            "tasks", Set.of("sessions"),
            // chat → tasks: a chat tool call's invocation carries the turn's RunId (the user message id)
            "chat", Set.of("sessions", "credits", "settings", "tasks"),
            "agents", Set.of("chat", "sessions", "tasks", "credits", "settings", "files"),
            "files", Set.of("sessions"),
            "sandboxes", Set.of("sessions"));

    private static final Pattern FEATURE_PACKAGE = Pattern.compile(
            "ai\\.iiagent\\.(?:domain|port\\.in|port\\.out|service|adapter\\.[a-z]+)\\.([a-z]+)(?:\\..*)?");

    private Features() {
    }

    static Optional<String> of(JavaClass javaClass) {
        Matcher matcher = FEATURE_PACKAGE.matcher(javaClass.getPackageName());
        return matcher.matches() && ALL.contains(matcher.group(1)) ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static final DescribedFunction<JavaClass, ArchModule.Identifier> FEATURE_OF_CLASS = DescribedFunction.describe(
            "feature package", javaClass -> of(javaClass).map(ArchModule.Identifier::from)
                    .orElseGet(ArchModule.Identifier::ignore));

    static boolean allowed(String from, String to) {
        if (from.equals("shared")) {
            return false;
        }
        return to.equals("users") || to.equals("shared") || ALLOWED.getOrDefault(from, Set.of()).contains(to);
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
