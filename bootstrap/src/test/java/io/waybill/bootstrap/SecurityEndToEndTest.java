package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Every endpoint makes an authorization decision; operational endpoints are public or guarded as documented. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SecurityEndToEndTest {

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() throws Exception {
        List<String> undecided = new ArrayList<>();
        int endpoints = 0;
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.waybill.adapters.rest")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (Method method : type.reflect().getDeclaredMethods()) {
                boolean endpoint = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                        || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class)
                        || method.isAnnotationPresent(PATCH.class);
                if (!endpoint) {
                    continue;
                }
                endpoints++;
                if (!method.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(PermitAll.class)
                        && !method.isAnnotationPresent(DenyAll.class)) {
                    undecided.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(endpoints).as("REST endpoints found").isGreaterThanOrEqualTo(8);
        assertThat(undecided).as("endpoints without an authorization decision").isEmpty();
    }

    @Test
    void operationalEndpoints() {
        TestKeys.register();
        given().get("/q/health").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(401);
        given().header("X-API-Key", ApiTestData.INTEGRATOR).get("/q/metrics").then().statusCode(403);
        given().header("X-API-Key", ApiTestData.OPERATOR).get("/q/metrics").then().statusCode(403); // a tenant's: not its to see
        String metrics = given().header("X-API-Key", ApiTestData.PLATFORM_ADMIN).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertThat(metrics).contains("http_server_requests");
    }
}
