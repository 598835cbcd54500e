package org.a6gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What waits for an officer, as configured: the adjustment's label and pair registrations unless told otherwise. */
class ApprovalRulesTest {

    private static ApprovalRules bound(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("a6.approvals", ApprovalRules.class);
    }

    @Test
    void byDefaultTheCaFlagAndPairRegistrationsWaitAndNothingElse() {
        var rules = bound(Map.of());
        assertThat(rules.required()).containsExactlyInAnyOrder(CommandKind.CA_FLAG, CommandKind.ITMO_PAIR);
        assertThat(rules.required(CommandKind.LABEL)).isFalse();
        assertThat(rules.required(CommandKind.ITMO_REFERENCE)).isFalse();
    }

    @Test
    void anEmptyListApprovesNothingByHandAndAListNamesExactlyWhatWaits() {
        assertThat(bound(Map.of("a6.approvals.required", "")).required()).isEmpty();
        assertThat(bound(Map.of("a6.approvals.required", "LABEL,ITMO_WITHDRAWAL")).required())
                .containsExactlyInAnyOrder(CommandKind.LABEL, CommandKind.ITMO_WITHDRAWAL);
    }

    @Test
    void aKindIsReadFromTheOperationTheAdjustmentsLabelAside() {
        assertThat(CommandKind.of(Operations.REGISTER_PAIR)).isEqualTo(CommandKind.ITMO_PAIR);
        assertThat(CommandKind.of(Operations.WITHDRAW_PAIR)).isEqualTo(CommandKind.ITMO_WITHDRAWAL);
        assertThat(CommandKind.of(Operations.ATTACH_REFERENCE)).isEqualTo(CommandKind.ITMO_REFERENCE);
        assertThat(CommandKind.of(Operations.DETACH_REFERENCE)).isEqualTo(CommandKind.ITMO_REFERENCE);
        assertThat(CommandKind.of(Operations.APPLY_LABEL)).isEqualTo(CommandKind.LABEL);
    }
}
