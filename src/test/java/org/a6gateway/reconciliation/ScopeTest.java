package org.a6gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric issuances compare without leading zeros, as ITMO serials embed them; other issuances as written. */
class ScopeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0012|12", "12|12", "000|0", "0|0", "0A12|0A12", "12a|12a", "''|''", "٣|٣"})
    void dropsLeadingZerosOfNumericIssuancesOnly(String issuance, String scoped) {
        assertThat(Scope.of("GS", issuance, false).issuance()).isEqualTo(scoped);
    }

    @ParameterizedTest
    @CsvSource({"VCS,9344", "GS,"})
    void aGloballyNumberedRegistryOrAMissingIssuanceHasNoIssuance(String registry, String issuance) {
        assertThat(Scope.of(registry, issuance, issuance != null)).isEqualTo(new Scope(registry, null));
    }
}
