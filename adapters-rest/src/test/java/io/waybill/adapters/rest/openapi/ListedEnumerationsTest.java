package io.waybill.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.adapters.rest.admin.AdminDocuments;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.service.notification.WebhookPayload;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Scope;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI enumerations that are listed by hand, because their wire names are not a Java enum's names, against the
 * values the code really takes: a new role, scope or webhook event type that the document does not list fails here.
 */
class ListedEnumerationsTest {

    @Test
    void scopesAreTheScopesWireNames() throws Exception {
        assertThat(enumeration(Class.forName("io.waybill.adapters.rest.admin.AdminDocuments$ScopeName")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Scope.values()).map(Scope::wireName).toList());
    }

    @Test
    void rolesAreTheRolesWireNames() throws Exception {
        List<String> roles = Arrays.stream(Role.values()).map(Roles::name).toList();
        for (Class<?> document : List.of(AdminDocuments.IssueRequest.class, AdminDocuments.ApiKeyDocument.class,
                AdminDocuments.IssuedKey.class)) {
            Schema role = document.getRecordComponents()[Stream.of(document.getRecordComponents()).map(c -> c.getName()).toList()
                    .indexOf("role")].getAccessor().getAnnotation(Schema.class);
            assertThat(role.enumeration()).as(document.getSimpleName() + ".role").containsExactlyInAnyOrderElementsOf(roles);
        }
    }

    @Test
    void webhookEventTypesAreTheApplicationsAndTheWildcard() throws Exception {
        assertThat(enumeration(Class.forName("io.waybill.adapters.rest.notifications.WebhooksResource$EventType")))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("*"), WebhookPayload.EVENT_TYPES.stream()).toList());
    }

    private static List<String> enumeration(Class<?> type) {
        return List.of(type.getAnnotation(Schema.class).enumeration());
    }
}
