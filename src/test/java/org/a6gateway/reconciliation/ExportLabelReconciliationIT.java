package org.a6gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.a6gateway.exports.ExportFormat;
import org.a6gateway.exports.ExportImports;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The reconciliation compares the stored export records' Article 6 labels with the national
 * authorizations (the seed's, read by a sync), beside its sweep: one discrepancy per label that
 * does not match, on the units of its row. Verra's sample export has 15 Article 6/CORSIA labels on
 * four Article 6 projects; the seed authorizes 2925 and 3052 (Cambodia), 4150 (Rwanda) for OIMP
 * only, and 3837 (Sierra Leone) for NDC and OIMP. By the gateway's rule an OIMP authorization is
 * labelled "Intl mitigation purposes" and an NDC one "NDC Use"; "Other purposes" needs purpose OP,
 * which none of the four has.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "a6.test.context=export-label-reconciliation")
class ExportLabelReconciliationIT {

    private static final String SAMPLE = "verra_vcus_legacy_iso_sample.csv";

    @Autowired
    SyncRuns syncs;
    @Autowired
    ExportImports imports;
    @Autowired
    ReconcileRuns reconciliations;
    @Autowired
    Reconciliations store;

    /** The import reads a file: the content written to one of its own. */
    private static java.nio.file.Path file(byte[] content) throws IOException {
        var file = java.nio.file.Files.createTempFile("a6-export-", ".csv");
        file.toFile().deleteOnExit();
        return java.nio.file.Files.write(file, content);
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = ExportLabelReconciliationIT.class.getResourceAsStream("/registry-exports/" + SAMPLE)) {
            return in.readAllBytes();
        }
    }

    private java.util.List<StoredDiscrepancy> exportDiscrepancies(Change change) {
        return store.list(new DiscrepancyFilter(null, null, null, change), 0, 1000).items().stream()
                .filter(d -> d.discrepancy().type().fromExports()).toList();
    }

    @Test
    void eachArticle6LabelOfAnImportedExportThatNoAuthorizationAllowsIsADiscrepancy() throws IOException {
        var sync = syncs.runNow();
        assertThat(sync.status()).as(String.valueOf(sync.failure())).isEqualTo("COMPLETED");
        assertThat(sync.summary().discrepancies().values().stream().mapToLong(Long::longValue).sum())
                .as("the demo's 19 planted discrepancies left; no export imported, none from exports").isEqualTo(19);
        assertThat(Arrays.stream(DiscrepancyType.values()).filter(DiscrepancyType::fromExports)
                .map(t -> sync.summary().discrepancies().get(t.name()))).containsOnly(0L).hasSize(5);

        imports.importFile(SAMPLE, file(sample()), ExportFormat.VERRA_VCUS);
        var run = reconciliations.runNow();

        var byType = run.reconciliation().byType();
        assertThat(byType.get("EXPORT_LABEL_OUTSIDE_PURPOSES")).isEqualTo(5L);
        assertThat(byType.get("EXPORT_LABEL_WITHOUT_AUTHORIZATION")).isZero();
        assertThat(byType.get("EXPORT_LABEL_OUTSIDE_TIMEFRAME")).isZero();
        assertThat(byType.get("EXPORT_LABEL_REVOKED")).isZero();
        assertThat(byType.get("EXPORT_LABEL_NOT_IN_TABLE")).isZero();
        assertThat(byType.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(19 + 5);
        // Not discrepancies: "Intl mitigation purposes" on all four projects (each is authorized for
        // OIMP), "NDC Use" on 3837 (authorized for NDC), and the CORSIA labels (not compared).
        assertThat(exportDiscrepancies(null)).extracting(d -> d.discrepancy().subject(), d -> d.discrepancy().severity(),
                d -> d.discrepancy().quantity(), d -> d.discrepancy().registry()).containsExactlyInAnyOrder(
                // 4150 Rwanda: authorized for OIMP only, so neither NDC use nor other purposes.
                tuple("export verra 19309-936487628-936491271-VCS-VCU-1491-VER-RW-3-4150-01102024-31122024-1 label "
                        + "'Article 6 Authorized \u2013 NDC Use'", Severity.CRITICAL, 3_644L, "VCS"),
                tuple("export verra 19309-936487628-936491271-VCS-VCU-1491-VER-RW-3-4150-01102024-31122024-1 label "
                        + "'Article 6 Authorized \u2013 Other purposes'", Severity.CRITICAL, 3_644L, "VCS"),
                // 2925 and 3052 Cambodia: OIMP only.
                tuple("export verra 19390-941471173-941821172-VCS-VCU-1289-VER-KH-3-2925-01012024-30062024-1 label "
                        + "'Article 6 Authorized \u2013 Other purposes'", Severity.CRITICAL, 350_000L, "VCS"),
                tuple("export verra 19318-938756291-938757241-VCS-VCU-1289-VER-KH-3-3052-01012024-31122024-1 label "
                        + "'Article 6 Authorized \u2013 Other purposes'", Severity.CRITICAL, 951L, "VCS"),
                // 3837 Sierra Leone: NDC and OIMP, not other purposes.
                tuple("export verra 19326-939046570-939202134-VCS-VCU-1289-VER-SL-3-3837-12022025-31102025-1 label "
                        + "'Article 6 Authorized \u2013 Other purposes'", Severity.CRITICAL, 155_565L, "VCS"));
        var rwanda = exportDiscrepancies(null).stream().filter(d -> d.discrepancy().subject().contains("4150")
                && d.discrepancy().subject().contains("NDC Use")).findFirst().orElseThrow().discrepancy();
        assertThat(rwanda.type()).isEqualTo(DiscrepancyType.EXPORT_LABEL_OUTSIDE_PURPOSES);
        assertThat(rwanda.units().start()).isEqualTo(936_487_628L);
        assertThat(rwanda.units().end()).isEqualTo(936_491_271L);
        assertThat(rwanda.privateValue()).startsWith("label 'Article 6 Authorized \u2013 NDC Use' = A6_AUTHORIZED_NDC on VCS "
                + "project 4150 in RW, vintage 2024, RETIRED_OR_CANCELLED (line ");
        assertThat(rwanda.nationalValue()).startsWith("PURPOSE_NOT_AUTHORIZED: authorization ");

        // A later export of the same rows: a label on a project with no authorization, and one
        // written with a hyphen for the en dash, are discrepancies of their own types.
        var lines = new String(sample(), StandardCharsets.UTF_8).split("\n", -1);
        // 1996 Argentina: no authorization in the seed. 3052: its Intl label written with a hyphen.
        lines[6] = lines[6].replace("31122024-0,,,,,", "31122024-0,Article 6 Authorized \u2013 NDC Use,,,,");
        lines[11] = lines[11].replace("\"Article 6 Authorized \u2013 Intl mitigation purposes;",
                "\"Article 6 Authorized - Intl mitigation purposes;");
        var later = imports.importFile("later.csv", file(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                ExportFormat.VERRA_VCUS);
        assertThat(later.rowsChanged()).isEqualTo(2);

        var again = reconciliations.runNow();

        byType = again.reconciliation().byType();
        assertThat(byType.get("EXPORT_LABEL_OUTSIDE_PURPOSES")).isEqualTo(5L);
        assertThat(byType.get("EXPORT_LABEL_WITHOUT_AUTHORIZATION")).isEqualTo(1L);
        assertThat(byType.get("EXPORT_LABEL_NOT_IN_TABLE")).isEqualTo(1L);
        assertThat(exportDiscrepancies(Change.NEW)).extracting(d -> d.discrepancy().type(), d -> d.discrepancy().severity(),
                d -> d.discrepancy().subject()).containsExactlyInAnyOrder(
                tuple(DiscrepancyType.EXPORT_LABEL_WITHOUT_AUTHORIZATION, Severity.CRITICAL,
                        "export verra 19410-942201922-942211921-VCS-VCU-7890-VER-AR-1-1996-01012024-31122024-0 label "
                                + "'Article 6 Authorized \u2013 NDC Use'"),
                tuple(DiscrepancyType.EXPORT_LABEL_NOT_IN_TABLE, Severity.MEDIUM,
                        "export verra 19318-938756291-938757241-VCS-VCU-1289-VER-KH-3-3052-01012024-31122024-1 label "
                                + "'Article 6 Authorized - Intl mitigation purposes'"));
        assertThat(exportDiscrepancies(Change.PERSISTING)).hasSize(5);
    }
}
