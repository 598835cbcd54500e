package org.a6gateway.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.Purpose;
import org.junit.jupiter.api.Test;

/** The labels of an exported row against authorizations: a table of cases on one real row (project 4150, Rwanda, 2024). */
class LabelFindingsTest {

    private static final String NDC = "Article 6 Authorized \u2013 NDC Use";
    private static final String IMP = "Article 6 Authorized \u2013 Intl mitigation purposes";
    private static final String CORSIA = "CORSIA - First Phase, 2024-2026 Scope";

    private static final LabelTable TABLE = new LabelTable(Map.of("verra", List.of(
            new ExportProperties.LabelEntry(NDC, "A6_AUTHORIZED_NDC"),
            new ExportProperties.LabelEntry(IMP, "A6_AUTHORIZED_IMP"),
            new ExportProperties.LabelEntry(CORSIA, "CORSIA_FIRST_PHASE"))));

    private static AuthorizationRecord authorization(AuthorizationStatus status, Set<Purpose> purposes, Integer vintageTo) {
        return new AuthorizationRecord("national-registry", "RWA-VCS-4150", 1, status, "RWA", LocalDate.of(2023, 3, 1), 2023, null,
                false, null, "GHG", null, null, purposes, null, FirstTransferDefinition.AUTHORISATION, 2021, vintageTo, null, null,
                null, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(new CoveredActivity("VCS", "4150", "RW")),
                false);
    }

    private static ExportRow row(String project, List<String> labels) {
        return new ExportRow("line 6", "19309-936487628-936491271-VCS-VCU-1491-VER-RW-3-" + project + "-01102024-31122024-1", 3_644,
                936_487_628L, 936_491_271L, "VCS", project, "DelAgua", "RW", 2024, LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 12, 31), LocalDate.of(2026, 3, 19), Activity.RETIRED_OR_CANCELLED, LocalDate.of(2026, 3, 20),
                null, null, null, labels, null, null);
    }

    private static List<LabelVerdict> verdicts(List<AuthorizationRecord> authorizations, ExportRow row) {
        return new LabelFindings(TABLE, authorizations).check(ExportSource.VERRA, List.of(row)).stream()
                .map(LabelCheck::verdict).toList();
    }

    @Test
    void eachLabelIsJudgedByTheAuthorizationsPurposesTimeframeAndStatus() {
        var labels = List.of(NDC, IMP, CORSIA);
        var active = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.OIMP), null);

        assertThat(verdicts(List.of(active), row("4150", labels))).containsExactly(LabelVerdict.PURPOSE_NOT_AUTHORIZED,
                LabelVerdict.MATCHES_AUTHORIZATION, LabelVerdict.CORSIA_NOT_COMPARED);
        assertThat(verdicts(List.of(authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC, Purpose.OIMP), null)),
                row("4150", labels))).containsExactly(LabelVerdict.MATCHES_AUTHORIZATION, LabelVerdict.MATCHES_AUTHORIZATION,
                LabelVerdict.CORSIA_NOT_COMPARED);
        assertThat(verdicts(List.of(authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.OIMP), 2023)), row("4150", List.of(IMP))))
                .containsExactly(LabelVerdict.VINTAGE_OUTSIDE_AUTHORIZATION);
        assertThat(verdicts(List.of(authorization(AuthorizationStatus.REVOKED, Set.of(Purpose.OIMP), null)), row("4150", List.of(IMP))))
                .containsExactly(LabelVerdict.AUTHORIZATION_REVOKED);
        assertThat(verdicts(List.of(active), row("4151", List.of(IMP)))).containsExactly(LabelVerdict.NO_AUTHORIZATION);
    }

    @Test
    void aHyphenForTheEnDashIsNotVerrasLabelAndIsReportedNotTaken() {
        var hyphen = "Article 6 Authorized - NDC Use";
        var active = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), null);

        var checks = new LabelFindings(TABLE, List.of(active)).check(ExportSource.VERRA, List.of(row("4150", List.of(hyphen, "CCB-Gold"))));

        assertThat(checks).containsExactly(new LabelCheck("line 6", row("4150", List.of()).serial(), 3_644, hyphen, null,
                LabelVerdict.NOT_IN_LABEL_TABLE, null));
        assertThat(TABLE.code(ExportSource.VERRA, hyphen)).isEmpty();
        assertThat(TABLE.code(ExportSource.VERRA, NDC)).contains("A6_AUTHORIZED_NDC");
    }

    @Test
    void aLabelTableWithAnUnknownCodeOrATextTwiceIsRefusedAtStart() {
        assertThatThrownBy(() -> new LabelTable(Map.of("verra", List.of(new ExportProperties.LabelEntry(NDC, "NDC")))))
                .hasMessageContaining("a6.exports.labels.verra: code 'NDC'");
        assertThatThrownBy(() -> new LabelTable(Map.of("verra", List.of(new ExportProperties.LabelEntry(NDC, "A6_AUTHORIZED_NDC"),
                new ExportProperties.LabelEntry(NDC, "A6_AUTHORIZED_IMP"))))).hasMessageContaining("is listed twice");
    }

    @Test
    void everyArticle6AndCorsiaLabelOfTheSampleIsCheckedNoneSkipped() {
        var rows = ExportReading.of(ExportFormat.VERRA_VCUS, ExportSamples.bytes(ExportSamples.VERRA_ISO)).rows();

        var checks = new LabelFindings(TABLE, List.of()).check(ExportSource.VERRA, rows);

        assertThat(checks).extracting(LabelCheck::text).filteredOn(t -> t.startsWith("Article 6") || t.startsWith("CORSIA"))
                .hasSize(15);
    }
}
