package io.waybill.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.StereotypeLookup;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The architecture, enforced. Every rule runs twice: against Waybill's production classes, where it
 * must hold, and against {@code io.waybill.archfixture}, deliberate violations it must flag (a rule that
 * has never failed is not known to work).
 */
class ArchitectureTest {

    static final JavaClasses WAYBILL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.waybill");
    static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages("io.waybill.archfixture");

    static void holdsButCatchesItsViolation(ArchRule rule) {
        rule.check(WAYBILL);
        EvaluationResult broken = rule.evaluate(VIOLATIONS);
        assertThat(broken.hasViolation()).as("rule flags the fixture violation: %s", rule.getDescription()).isTrue();
    }

    @Test
    void jMoleculesDddRules() {
        holdsButCatchesItsViolation(JMoleculesDddRules.all());
    }

    @Test
    void hexagonalStrictIncludingSubPackages() {
        holdsButCatchesItsViolation(JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT,
                StereotypeLookup.defaultLookup().withParentPackageTraversal()));
    }

    @Nested
    class Domain {

        @Test
        void isPureJavaAndJMolecules() {
            holdsButCatchesItsViolation(noClasses().that().resideInAnyPackage("io.waybill.domain..", "io.waybill.archfixture.domain..")
                    .should().dependOnClassesThat().resideOutsideOfPackages("io.waybill.domain..", "io.waybill.archfixture.domain..",
                            "java..", "org.jmolecules..")
                    .because("the domain holds the rules of logistics and must not know frameworks (JPA, CDI, Jackson, Quarkus)"));
        }

        @Test
        void knowsNothingOfTheLayersAroundIt() {
            holdsButCatchesItsViolation(noClasses().that().resideInAnyPackage("io.waybill.domain..", "io.waybill.archfixture.domain..")
                    .should().dependOnClassesThat().resideInAnyPackage("io.waybill.application..", "io.waybill.adapters..",
                            "io.waybill.bootstrap..", "io.waybill.archfixture.application..")
                    .because("dependencies point inwards"));
        }
    }

    @Nested
    class Application {

        @Test
        void usesNoFrameworkAndNoAdapter() {
            holdsButCatchesItsViolation(noClasses().that()
                    .resideInAnyPackage("io.waybill.application..", "io.waybill.archfixture.application..")
                    .should().dependOnClassesThat().resideInAnyPackage("io.waybill.adapters..", "io.waybill.bootstrap..",
                            "jakarta..", "io.quarkus..", "org.hibernate..", "com.fasterxml..")
                    .because("use cases are plain Java wired by bootstrap, and adapters plug into their ports"));
        }
    }

    @Nested
    class Adapters {

        @Test
        void neverDependOnEachOther() {
            ArchRule rule = slices().matching("io.waybill.(adapters|archfixture.adapters).(*)..").should().notDependOnEachOther()
                    .because("each adapter family plugs into ports only; a new carrier must not touch the REST or JPA adapter");
            holdsButCatchesItsViolation(rule);
        }

        @Test
        void entitiesStayInThePersistenceAdapter() {
            holdsButCatchesItsViolation(noClasses().that().resideOutsideOfPackages("io.waybill.adapters.persistence..",
                            "io.waybill.archfixture.domain..")
                    .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                    .because("JPA entities never leave adapters-persistence"));
        }
    }
}
