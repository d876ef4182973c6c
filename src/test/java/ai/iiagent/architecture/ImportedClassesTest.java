package ai.iiagent.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** Guards {@link ArchitectureTest} against passing on an empty or partial import. */
class ImportedClassesTest {

    @Test
    void givenArchitectureImport_thenEveryModuleIsPresentAndNoTestClassIs() {
        JavaClasses classes = ArchitectureTest.productionClasses();

        assertThat(classes.stream().map(JavaClass::getName)).contains(
                "ai.iiagent.domain.users.User",
                "ai.iiagent.port.out.users.UserRepository",
                "ai.iiagent.service.users.GetUserService",
                "ai.iiagent.adapter.http.users.SetupStatusResource",
                "ai.iiagent.adapter.persistence.users.UserEntity",
                "ai.iiagent.bootstrap.IiAgentMain")
                .doesNotContain(
                        "ai.iiagent.port.out.users.InMemoryUserRepository",
                        ArchitectureRulesCanFailTest.class.getName());
    }

    @Test
    void givenRuleCatalogue_thenEveryRuleIsCheckedAndProvenAbleToFail() {
        assertThat(ArchitectureTest.rules().map(ArchitectureTest.NamedRule::name)).hasSize(21)
                .contains("router_service_repository_model_layering", "billable_port_methods_take_a_reservation");
    }
}
