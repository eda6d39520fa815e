package io.waybill.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.waybill.adapters.rest.security.TenantBound;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.regex.Pattern;
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
            // other modules' test classes reach this classpath as test-jars (fakes, contracts), which the option above misses
            .withImportOption(location -> !location.contains("-tests.jar"))
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
                    .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                    .because("JPA entities never leave adapters-persistence"));
        }

        /** {@code io.waybill.adapters.rest}, {@code io.waybill.archfixture.adapters.alpha}: an adapter family's own package. */
        private static final Pattern ADAPTER_ROOT = Pattern.compile("io\\.waybill\\.(archfixture\\.)?adapters\\.[a-z]+");

        @Test
        void keepNothingInTheirRootPackageButItsPackageInfo() {
            holdsButCatchesItsViolation(classes()
                    .that(DescribedPredicate.describe("reside in an adapter's root package",
                            (JavaClass c) -> ADAPTER_ROOT.matcher(c.getPackageName()).matches()))
                    .should().haveSimpleName("package-info")
                    .because("every class belongs to a port family's package (orders, outbox, carriers, ...), so a reader "
                            + "finds a behaviour by following the picture in docs/architecture.md"));
        }

        @Test
        void serveHttpOnlyThroughTheRestAdapterOrASimulator() {
            holdsButCatchesItsViolation(classes().that().areAnnotatedWith(Path.class)
                    .and().resideOutsideOfPackage("io.waybill.bootstrap..")
                    .should().resideInAPackage("io.waybill.adapters.rest..")
                    .orShould().haveSimpleNameStartingWith("Simulated")
                    .because("one HTTP surface: one problem writer, one security filter, one OpenAPI document; only "
                            + "simulators of outside systems (the demo's carrier and SMS provider) serve their own API"));
        }

        @Test
        void serveEveryResourceInTheCallersTenant() {
            holdsButCatchesItsViolation(classes().that().areAnnotatedWith(Path.class)
                    .and().resideOutsideOfPackage("io.waybill.bootstrap..")
                    .and().haveSimpleNameNotStartingWith("Simulated")
                    .should().beAnnotatedWith(TenantBound.class)
                    .because("every request runs in its key's tenant scope (or none, where tenant data is out of reach):"
                            + " a resource class that forgot it would act outside the wall (docs/tenancy.md)"));
        }

        @Test
        void answerWithTypedBodiesNotMaps() {
            holdsButCatchesItsViolation(methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class)
                    .or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(DELETE.class).or().areAnnotatedWith(PATCH.class)
                    .should(new ArchCondition<JavaMethod>("not answer with a Map") {
                        @Override
                        public void check(JavaMethod method, ConditionEvents events) {
                            if (mentionsMap(method.getReturnType())) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " answers with a Map"));
                            }
                        }
                    })
                    .because("an answer's shape is a record the OpenAPI document can describe and a reader can find"));
        }

        private static boolean mentionsMap(JavaType type) {
            if (type.toErasure().isAssignableTo(Map.class)) {
                return true;
            }
            return type instanceof JavaParameterizedType parameterized
                    && parameterized.getActualTypeArguments().stream().anyMatch(Adapters::mentionsMap);
        }

        @Test
        void readConfigurationByInjectionNotThroughConfigProvider() {
            holdsButCatchesItsViolation(noClasses().that().resideInAnyPackage("io.waybill.adapters..", "io.waybill.archfixture.adapters..")
                    .should().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.microprofile.config.ConfigProvider")
                    .because("settings are injected (@ConfigProperty / @ConfigMapping) so they are validated at start and "
                            + "visible in one place; a static lookup hides them"));
        }
    }
}
