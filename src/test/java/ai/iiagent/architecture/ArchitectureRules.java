package ai.iiagent.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.modules.syntax.ModuleDependencyScope.consideringOnlyDependenciesBetweenModules;
import static com.tngtech.archunit.library.modules.syntax.ModuleRuleDefinition.modules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.modules.ArchModule;
import com.tngtech.archunit.library.modules.syntax.DescriptorFunction;

/**
 * Every architecture rule of docs/architecture.md, as sentences. {@link ArchitectureTest} checks
 * them on the production classes; {@link ArchitectureRulesCanFailTest} shows each one catching a
 * deliberately bad class, so none of them passes vacuously.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** A sealed interface in port.in names a family of command records (AgentCommand): neither a port nor a value. */
    private static final DescribedPredicate<JavaClass> NOT_SEALED = describe("are not sealed",
            javaClass -> !sealed(javaClass));

    private static boolean sealed(JavaClass javaClass) {
        try {
            return javaClass.reflect().isSealed();
        } catch (RuntimeException | LinkageError e) {
            return false; // a fixture that cannot be loaded is judged by its name alone
        }
    }

    // ---- layering -------------------------------------------------------------------------

    public static final ArchRule router_service_repository_model_layering = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Router").definedBy(Layers.HTTP, Layers.SOCKET)
            .layer("InboundPort").definedBy(Layers.INBOUND_PORTS)
            .layer("Service").definedBy(Layers.SERVICES)
            .layer("OutboundPort").definedBy(Layers.OUTBOUND_PORTS)
            .layer("Model").definedBy(Layers.DOMAIN)
            .layer("DrivenAdapter").definedBy(concat(Layers.PERSISTENCE, Layers.OUTSIDE_WORLD))
            .layer("Bootstrap").definedBy(Layers.BOOTSTRAP)
            .whereLayer("Router").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("InboundPort").mayOnlyBeAccessedByLayers("Router", "Service", "Bootstrap")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("OutboundPort").mayOnlyBeAccessedByLayers("Service", "DrivenAdapter", "Bootstrap")
            .whereLayer("DrivenAdapter").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Model").mayOnlyAccessLayers("Model")
            .whereLayer("InboundPort").mayOnlyAccessLayers("Model")
            .whereLayer("OutboundPort").mayOnlyAccessLayers("Model")
            .ensureAllClassesAreContainedInArchitecture()
            .because("routers reach the core only through use cases, and only services reach repositories");

    public static final ArchRule core_is_framework_free = classes()
            .that().resideInAnyPackage(Layers.DOMAIN, Layers.INBOUND_PORTS, Layers.OUTBOUND_PORTS, Layers.SERVICES)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", Layers.DOMAIN, "ai.iiagent.port..",
                    Layers.SERVICES)
            .because("the core is plain Java 21 so it can be tested without a container and moved to any framework");

    public static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .assignedFrom(AdapterModules.SLICES)
            .should().notDependOnEachOther()
            .because("adapters meet only through ports, so each can be swapped alone");

    public static final ArchRule entities_live_in_persistence_adapter = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .or().areAnnotatedWith("jakarta.persistence.Embeddable")
            .or().areAnnotatedWith("jakarta.persistence.MappedSuperclass")
            .should().resideInAPackage(Layers.PERSISTENCE)
            .because("ORM entities are a storage detail; the domain model and wire records stay separate");

    public static final ArchRule mappers_live_in_adapters = classes()
            .that().areAnnotatedWith("org.mapstruct.Mapper")
            .should(AdapterModules.BE_NAMED_AFTER_THEIR_ADAPTER)
            .because("mapping is an adapter concern: ...HttpMapper, ...SocketMapper, ...PersistenceMapper");

    public static final ArchRule websocket_endpoints_declare_security = classes()
            .that().areAnnotatedWith("io.quarkus.websockets.next.WebSocket")
            .should().resideInAPackage(Layers.SOCKET)
            .andShould(Conditions.DECLARE_SECURITY)
            .allowEmptyShould(true)
            .because("an endpoint without an explicit security annotation is open by accident");

    public static final ArchRule aggregates_are_rehydrated_only_by_persistence = noClasses()
            .that().resideOutsideOfPackages(Layers.PERSISTENCE, Layers.DOMAIN)
            .should().callMethodWhere(target(name("rehydrate")).and(target(owner(resideInAPackage(Layers.DOMAIN)))))
            .because("rehydrate skips invariants; only stored, once-valid state may take that path");

    // ---- features -------------------------------------------------------------------------

    private static final DescriptorFunction<ArchModule.Descriptor> FEATURE_NAME = DescriptorFunction.describe(
            "feature", (identifier, classes) -> ArchModule.Descriptor.create(String.join(".", identifier)));

    public static final ArchRule features_respect_allowed_dependencies = modules()
            .definedBy(Features.FEATURE_OF_CLASS)
            .derivingModule(FEATURE_NAME)
            .should().respectTheirAllowedDependencies(Features.ALLOWED_DEPENDENCY,
                    consideringOnlyDependenciesBetweenModules())
            .because("cross-feature reads go one way; writes go through the other feature's use cases");

    public static final ArchRule every_class_belongs_to_a_module = classes()
            .that().resideInAPackage("ai.iiagent..")
            .should(Conditions.BELONG_TO_A_MODULE)
            .because("a class outside every feature and capability escapes the dependency rules (29% once did)");

    public static final ArchRule features_are_free_of_cycles = modules()
            .definedBy(Features.FEATURE_OF_CLASS)
            .derivingModule(FEATURE_NAME)
            .should().beFreeOfCycles()
            .because("a cycle between features makes them one feature");

    // ---- naming ---------------------------------------------------------------------------

    public static final ArchRule use_cases_are_interfaces_named_UseCase = classes()
            .that().resideInAPackage(Layers.INBOUND_PORTS).and().areInterfaces().and(NOT_SEALED)
            .should().haveSimpleNameEndingWith("UseCase")
            .because("one inbound port per use case, named verb first and ending in UseCase");

    public static final ArchRule use_case_types_are_inbound_port_interfaces = classes()
            .that().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces().andShould().resideInAPackage(Layers.INBOUND_PORTS)
            .because("a UseCase is a port: the interface a router calls");

    public static final ArchRule services_implement_exactly_one_use_case = classes()
            .that().resideInAPackage(Layers.SERVICES).and().haveSimpleNameEndingWith("Service")
            .should(Conditions.IMPLEMENT_EXACTLY_ONE_MATCHING_USE_CASE)
            .because("a service is the implementation of one use case and is named after it");

    public static final ArchRule commands_and_queries_are_records = classes()
            .that(resideInAPackage(Layers.INBOUND_PORTS)
                    .and(simpleNameEndingWith("Command").or(simpleNameEndingWith("Query")))).and(NOT_SEALED)
            .should().beAssignableTo(Record.class)
            .allowEmptyShould(true)
            .because("inputs to use cases are immutable values");

    public static final ArchRule no_field_injection = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("org.eclipse.microprofile.config.inject.ConfigProperty")
            .because("constructor injection makes dependencies explicit and classes testable without a container");

    public static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("errors carry a stable code from the domain hierarchy or a specific JDK type");

    // ---- billing (docs/architecture.md §5) ------------------------------------------------

    static final DescribedPredicate<JavaClass> BILLABLE_PORT = describe(
            "billable ports (LlmPort, SandboxPort and its control and workspace capabilities, SandboxShellPort,"
                    + " SandboxTerminalPort, *PaidToolPort)",
            javaClass -> javaClass.getPackageName().startsWith("ai.iiagent.port.out")
                    && (javaClass.getSimpleName().equals("LlmPort") || javaClass.getSimpleName().equals("SandboxPort")
                    || javaClass.getSimpleName().equals("SandboxControlPort")
                    || javaClass.getSimpleName().equals("SandboxWorkspacePort")
                    || javaClass.getSimpleName().equals("SandboxShellPort")
                    || javaClass.getSimpleName().equals("SandboxTerminalPort")
                    || javaClass.getSimpleName().endsWith("PaidToolPort")));

    /** The methods that take a credit reservation: {@code reserve}/{@code hold} declared on a credits port. */
    static final DescribedPredicate<JavaMethodCall> TAKES_A_RESERVATION = describe(
            "a reservation-taking method (reserve/hold on a credits port)",
            call -> (call.getName().equals("reserve") || call.getName().equals("hold")) && call.getTargetOwner().isInterface()
                    && (call.getTargetOwner().getPackageName().equals(Layers.CREDITS_INBOUND_PORTS)
                    || call.getTargetOwner().getPackageName().equals(Layers.CREDITS_OUTBOUND_PORTS)));

    public static final ArchRule reservations_are_taken_only_by_metering = noClasses()
            .that().resideOutsideOfPackage(Layers.METERING)
            .should().callMethodWhere(TAKES_A_RESERVATION)
            .because("BillableExecutor (quote, reserve, run, settle) is the only way to spend credits: a billable port"
                    + " takes a reservation, and only metering takes one");

    public static final ArchRule reservations_minted_only_in_credits_domain = noClasses()
            .that().resideOutsideOfPackage(Layers.CREDITS_DOMAIN)
            .should().callConstructorWhere(target(owner(name(Layers.CREDIT_RESERVATION))))
            .because("only a credit account reserving real balance may create a reservation");

    public static final ArchRule credit_accounts_reserve_only_in_the_credits_feature = noClasses()
            .that().resideOutsideOfPackages(Layers.CREDITS_DOMAIN, Layers.CREDITS_SERVICES)
            .should().callMethodWhere(target(name("reserve")).and(target(owner(name(Layers.CREDIT_ACCOUNT)))))
            .because("CreditAccount.reserve mints a reservation; only ReserveCreditsService, which stores the hold"
                    + " and its ledger rows, may call it (Java cannot hide it across packages, so this rule does)");

    public static final ArchRule reservation_rehydrate_only_from_persistence = noClasses()
            .that().resideOutsideOfPackages(Layers.PERSISTENCE, Layers.CREDITS_DOMAIN)
            .should().callMethodWhere(target(name("rehydrate")).and(target(owner(name(Layers.CREDIT_RESERVATION)))))
            .because("a stored reservation is reloaded by the persistence adapter, never forged");

    public static final ArchRule billable_port_methods_take_a_reservation = methods()
            .that().areDeclaredInClassesThat(BILLABLE_PORT)
            .and().areNotAnnotatedWith(Layers.NOT_BILLABLE)
            .should(Conditions.TAKE_A_CREDIT_RESERVATION)
            .because("calling a billable port without a reservation must not compile");

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
