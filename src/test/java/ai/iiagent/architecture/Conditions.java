package ai.iiagent.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/** Custom conditions the rule DSL cannot express directly. */
final class Conditions {

    private static final Set<String> DECLARATIVE_SECURITY = Set.of("io.quarkus.security.Authenticated",
            "jakarta.annotation.security.RolesAllowed", "jakarta.annotation.security.DenyAll");
    private static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";

    private Conditions() {
    }

    static final ArchCondition<JavaClass> IMPLEMENT_EXACTLY_ONE_MATCHING_USE_CASE =
            new ArchCondition<>("implement exactly one UseCase and be named after it (XService implements XUseCase)") {
                @Override
                public void check(JavaClass service, ConditionEvents events) {
                    List<JavaClass> useCases = service.getRawInterfaces().stream()
                            .filter(type -> type.getSimpleName().endsWith("UseCase")).toList();
                    String expected = service.getSimpleName().replaceFirst("Service$", "UseCase");
                    boolean ok = useCases.size() == 1 && useCases.get(0).getSimpleName().equals(expected);
                    events.add(new SimpleConditionEvent(service, ok, service.getFullName() + " implements "
                            + useCases.stream().map(JavaClass::getSimpleName).toList() + ", expected [" + expected + "]"));
                }
            };

    /**
     * {@code @Authenticated}/{@code @RolesAllowed}/{@code @DenyAll} secure the upgrade itself. An endpoint
     * that is {@code @PermitAll} (browsers authenticate in the first frame) must show the in-band gate:
     * it authenticates through the gateway, and every method that dispatches a command checks
     * {@code authenticated()} in that same method, so no command is served to an anonymous socket.
     */
    static final ArchCondition<JavaClass> DECLARE_SECURITY =
            new ArchCondition<>("require authentication on the upgrade, or permit all and gate every dispatch"
                    + " on in-band authentication") {
                @Override
                public void check(JavaClass endpoint, ConditionEvents events) {
                    if (DECLARATIVE_SECURITY.stream().anyMatch(endpoint::isAnnotatedWith)) {
                        events.add(SimpleConditionEvent.satisfied(endpoint, endpoint.getFullName()
                                + " secures its upgrade"));
                        return;
                    }
                    if (!endpoint.isAnnotatedWith(PERMIT_ALL)) {
                        events.add(SimpleConditionEvent.violated(endpoint, endpoint.getFullName()
                                + " does not declare its security"));
                        return;
                    }
                    boolean authenticates = endpoint.getMethodCallsFromSelf().stream()
                            .anyMatch(call -> calls(call, "RealtimeGateway", "authenticate"));
                    events.add(new SimpleConditionEvent(endpoint, authenticates, endpoint.getFullName()
                            + (authenticates ? " authenticates" : " is @PermitAll but never authenticates") + " in band"));
                    for (JavaMethod method : endpoint.getMethods()) {
                        boolean dispatches = method.getMethodCallsFromSelf().stream()
                                .anyMatch(call -> calls(call, "InboundFrames", "dispatch"));
                        if (dispatches) {
                            boolean gated = method.getMethodCallsFromSelf().stream()
                                    .anyMatch(call -> calls(call, "ClientConnection", "authenticated"));
                            events.add(new SimpleConditionEvent(method, gated, method.getFullName()
                                    + (gated ? " checks" : " dispatches commands without checking")
                                    + " that the client authenticated"));
                        }
                    }
                }
            };

    private static boolean calls(JavaMethodCall call, String ownerSimpleName, String methodName) {
        return call.getTarget().getOwner().getSimpleName().equals(ownerSimpleName)
                && call.getTarget().getName().equals(methodName);
    }

    static final ArchCondition<JavaClass> BELONG_TO_A_MODULE =
            new ArchCondition<>("belong to a feature or capability module (Features)") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    boolean ok = Features.placed(javaClass);
                    events.add(new SimpleConditionEvent(javaClass, ok, javaClass.getFullName()
                            + (ok ? " belongs to " + Features.of(javaClass).orElse("the persistence plumbing")
                            : " is in no feature or capability module")));
                }
            };

    static final ArchCondition<JavaMethod> TAKE_A_CREDIT_RESERVATION =
            new ArchCondition<>("take a CreditReservation parameter (or be marked @NotBillable)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean ok = method.getRawParameterTypes().stream()
                            .anyMatch(type -> type.getFullName().equals(Layers.CREDIT_RESERVATION));
                    events.add(new SimpleConditionEvent(method, ok, method.getFullName()
                            + (ok ? " takes" : " does not take") + " a CreditReservation"));
                }
            };
}
