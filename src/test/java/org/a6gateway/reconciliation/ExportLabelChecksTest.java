package org.a6gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import org.a6gateway.exports.Activity;
import org.a6gateway.exports.ExportLabelFinding;
import org.a6gateway.exports.LabelVerdict;
import org.junit.jupiter.api.Test;

/** Each verdict on an exported label that is not a match has its discrepancy type; every export type is reachable. */
class ExportLabelChecksTest {

    private static ExportLabelFinding finding(LabelVerdict verdict) {
        return new ExportLabelFinding("verra", "VCS", "19309", "19309-1-10-VCS-VCU-1491-VER-RW-3-4150-01102024-31122024-1",
                Activity.ISSUED, 1, 10, 10, "4150", "RW", 2024, "Article 6 Authorized \u2013 NDC Use", "A6_AUTHORIZED_NDC",
                verdict, null, "line 2");
    }

    @Test
    void everyMismatchVerdictMapsToAnExportTypeAndEveryExportTypeIsReached() {
        var reached = EnumSet.noneOf(DiscrepancyType.class);
        for (var verdict : LabelVerdict.values()) {
            if (verdict == LabelVerdict.MATCHES_AUTHORIZATION || verdict == LabelVerdict.CORSIA_NOT_COMPARED) {
                assertThatThrownBy(() -> ExportLabelChecks.type(finding(verdict))).isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            reached.add(ExportLabelChecks.type(finding(verdict)));
        }

        assertThat(reached).containsExactlyInAnyOrderElementsOf(Arrays.stream(DiscrepancyType.values())
                .filter(DiscrepancyType::fromExports).toList());
        assertThat(ExportLabelChecks.type(finding(LabelVerdict.PURPOSE_NOT_AUTHORIZED)))
                .isEqualTo(DiscrepancyType.EXPORT_LABEL_OUTSIDE_PURPOSES);
        assertThat(ExportLabelChecks.type(finding(LabelVerdict.NOT_IN_LABEL_TABLE)).severity()).isEqualTo(Severity.MEDIUM);
    }
}
