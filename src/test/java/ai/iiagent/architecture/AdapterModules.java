package ai.iiagent.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Map;
import java.util.Optional;

/** Which adapter module (Maven artifact) a class belongs to, by package. */
final class AdapterModules {

    private static final Map<String, String> MODULE_BY_PACKAGE = Map.ofEntries(
            Map.entry("ai.iiagent.adapter.http", "http"),
            Map.entry("ai.iiagent.adapter.security", "persistence"),
            Map.entry("ai.iiagent.adapter.socket", "socket"),
            Map.entry("ai.iiagent.adapter.persistence", "persistence"),
            Map.entry("ai.iiagent.adapter.llm", "llm"),
            Map.entry("ai.iiagent.adapter.sandbox", "llm"),
            Map.entry("ai.iiagent.adapter.tools", "llm"),
            Map.entry("ai.iiagent.adapter.mcp", "llm"),
            Map.entry("ai.iiagent.adapter.net", "llm"),
            Map.entry("ai.iiagent.adapter.browser", "llm"),
            Map.entry("ai.iiagent.adapter.documents", "llm"),
            Map.entry("ai.iiagent.adapter.media", "llm"),
            Map.entry("ai.iiagent.adapter.payments", "llm"),
            Map.entry("ai.iiagent.adapter.integrations", "llm"),
            Map.entry("ai.iiagent.adapter.storage", "persistence"));

    private static final Map<String, String> MAPPER_SUFFIX = Map.of(
            "http", "HttpMapper", "socket", "SocketMapper", "persistence", "PersistenceMapper");

    private AdapterModules() {
    }

    static Optional<String> of(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        return MODULE_BY_PACKAGE.entrySet().stream()
                .filter(entry -> packageName.equals(entry.getKey()) || packageName.startsWith(entry.getKey() + "."))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    static final SliceAssignment SLICES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return of(javaClass).map(SliceIdentifier::of).orElseGet(SliceIdentifier::ignore);
        }

        @Override
        public String getDescription() {
            return "adapter modules";
        }
    };

    static final ArchCondition<JavaClass> BE_NAMED_AFTER_THEIR_ADAPTER =
            new ArchCondition<>("live in an adapter and be named ...HttpMapper, ...SocketMapper or ...PersistenceMapper") {
                @Override
                public void check(JavaClass mapper, ConditionEvents events) {
                    String suffix = of(mapper).map(MAPPER_SUFFIX::get).orElse(null);
                    boolean ok = suffix != null && mapper.getSimpleName().endsWith(suffix);
                    String expected = suffix == null ? "a package of adapters-http/socket/persistence" : "a name ending in " + suffix;
                    events.add(new SimpleConditionEvent(mapper, ok,
                            mapper.getFullName() + (ok ? " is" : " is not") + " in " + expected));
                }
            };
}
