package ai.iiagent.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** every_use_case_is_wired: each inbound port has exactly one bean, so no router meets an unsatisfied port. */
@QuarkusTest
class EveryUseCaseIsWiredTest {

    @Test
    void every_use_case_is_wired() {
        List<String> useCases = useCaseNames(new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new ProductionClassesOnly())
                .importPackages("ai.iiagent.port.in"));

        assertThat(useCases).as("use cases found on the class path").isNotEmpty();
        assertThat(unwired(useCases, EveryUseCaseIsWiredTest::resolvable)).isEmpty();
    }

    @Test
    void givenUseCaseWithoutProducer_whenChecked_thenReportedAsUnwired() {
        List<String> useCases = useCaseNames(new ClassFileImporter().importClasses(UnwiredFixtureUseCase.class));

        assertThat(unwired(useCases, EveryUseCaseIsWiredTest::resolvable))
                .containsExactly(UnwiredFixtureUseCase.class.getName());
    }

    static List<String> useCaseNames(JavaClasses classes) {
        return classes.stream().filter(JavaClass::isInterface)
                .map(JavaClass::getName).filter(name -> name.endsWith("UseCase")).sorted().toList();
    }

    static List<String> unwired(List<String> useCases, Predicate<String> resolvable) {
        return useCases.stream().filter(resolvable.negate()).toList();
    }

    private static boolean resolvable(String className) {
        try {
            Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            return CDI.current().select(type).isResolvable();
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** A port nobody produces a bean for; exists only in test classes. */
    interface UnwiredFixtureUseCase {
    }
}
