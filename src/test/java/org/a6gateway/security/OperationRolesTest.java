package org.a6gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The roles of each operation, read from the contract; an operation declaring none stops the gateway. */
class OperationRolesTest {

    private static OperationRoles read(String yaml) {
        return OperationRoles.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void literalPathsComeBeforeVariablesAndRolesAreRead() {
        var roles = read("""
                servers: [{url: /api/v1}]
                paths:
                  /reports/{jobId}:
                    get: {operationId: getReport, x-a6-roles: [GOVERNMENT]}
                  /reports/parties:
                    get: {operationId: listReportParties, x-a6-roles: [government, auditor]}
                    parameters: []
                  /health:
                    get: {operationId: getHealth, x-a6-public: true}
                """);

        assertThat(roles.operations()).extracting(OperationRoles.Operation::path)
                .containsSubsequence("/api/v1/reports/parties", "/api/v1/reports/{jobId}");
        var parties = roles.operations().stream().filter(o -> o.operationId().equals("listReportParties")).findFirst().orElseThrow();
        assertThat(parties.roles()).containsExactlyInAnyOrder(Role.GOVERNMENT, Role.AUDITOR);
        assertThat(roles.operations()).filteredOn(OperationRoles.Operation::open).extracting(OperationRoles.Operation::operationId)
                .containsExactly("getHealth");
    }

    @Test
    void anOperationWithoutRolesOrWithBothRolesAndPublicIsRefused() {
        assertThatThrownBy(() -> read("paths: {/x: {get: {operationId: getX}}}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("getX").hasMessageContaining("x-a6-roles");
        assertThatThrownBy(() -> read("paths: {/x: {post: {operationId: postX, x-a6-public: true, x-a6-roles: [OPERATOR]}}}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("postX");
        assertThatThrownBy(() -> read("paths: {/x: {get: {operationId: getX, x-a6-roles: [ADMIN]}}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown role 'ADMIN'");
    }
}
