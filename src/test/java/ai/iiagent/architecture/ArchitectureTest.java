package ai.iiagent.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every rule of {@link ArchitectureRules} against the production classes of all modules,
 * one test per rule, named after the rule. (Run as Jupiter dynamic tests: the ArchUnit JUnit
 * engine discovers nothing next to Quarkus' test class loading in this build.)
 */
class ArchitectureTest {

    static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new ProductionClassesOnly())
                .importPackages(Layers.BASE);
    }

    @TestFactory
    Stream<DynamicTest> every_architecture_rule_holds() {
        JavaClasses classes = productionClasses();
        return rules().map(rule -> DynamicTest.dynamicTest(rule.name(), () -> rule.rule().check(classes)));
    }

    record NamedRule(String name, ArchRule rule) {
    }

    static Stream<NamedRule> rules() {
        return Arrays.stream(ArchitectureRules.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType()))
                .map(ArchitectureTest::named);
    }

    private static NamedRule named(Field field) {
        try {
            return new NamedRule(field.getName(), (ArchRule) field.get(null));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
