package ai.iiagent.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/** Custom conditions the rule DSL cannot express directly. */
final class Conditions {

    private static final Set<String> SECURITY_ANNOTATIONS = Set.of("io.quarkus.security.Authenticated",
            "jakarta.annotation.security.RolesAllowed", "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.DenyAll");

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

    static final ArchCondition<JavaClass> DECLARE_SECURITY =
            new ArchCondition<>("be annotated with @Authenticated, @RolesAllowed, @PermitAll or @DenyAll") {
                @Override
                public void check(JavaClass endpoint, ConditionEvents events) {
                    boolean ok = SECURITY_ANNOTATIONS.stream().anyMatch(endpoint::isAnnotatedWith);
                    events.add(new SimpleConditionEvent(endpoint, ok,
                            endpoint.getFullName() + (ok ? " declares" : " does not declare") + " its security"));
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
