package org.a6gateway.reconciliation;

import org.a6gateway.store.ColumnWidth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.exports.ExportLabelFinding;
import org.a6gateway.exports.ExportLabelReview;
import org.a6gateway.units.SerialRange;
import org.springframework.stereotype.Component;

/**
 * The labels of the registries' public exports against the national authorizations: a check of
 * its own beside the sweep (export records are not credit blocks: the gateway knows them only from
 * a file and pushes nothing for them). Each label that does not match is one discrepancy on the
 * units of its row, named by registry, serial and label text, so it persists from run to run
 * until the registry's next export (or the authorization) changes.
 */
@Component
class ExportLabelChecks {

    private final ExportLabelReview review;

    ExportLabelChecks(ExportLabelReview review) {
        this.review = review;
    }

    List<Discrepancy> check() {
        var found = new ArrayList<Discrepancy>();
        review.forEachMismatch(f -> found.add(discrepancy(f)));
        return found;
    }

    static DiscrepancyType type(ExportLabelFinding finding) {
        return switch (finding.verdict()) {
            case NO_AUTHORIZATION -> DiscrepancyType.EXPORT_LABEL_WITHOUT_AUTHORIZATION;
            case PURPOSE_NOT_AUTHORIZED -> DiscrepancyType.EXPORT_LABEL_OUTSIDE_PURPOSES;
            case VINTAGE_OUTSIDE_AUTHORIZATION, MITIGATION_OUTSIDE_TIMEFRAME -> DiscrepancyType.EXPORT_LABEL_OUTSIDE_TIMEFRAME;
            case AUTHORIZATION_REVOKED -> DiscrepancyType.EXPORT_LABEL_REVOKED;
            case NOT_IN_LABEL_TABLE -> DiscrepancyType.EXPORT_LABEL_NOT_IN_TABLE;
            case MATCHES_AUTHORIZATION, CORSIA_NOT_COMPARED ->
                    throw new IllegalArgumentException("not a mismatch: " + finding.verdict());
        };
    }

    private static Discrepancy discrepancy(ExportLabelFinding f) {
        var scope = Scope.of(f.program(), f.issuanceId(), Reconciler.GLOBALLY_NUMBERED.contains(f.program()));
        var subject = ColumnWidth.fit("export " + f.source() + " " + f.serial().strip() + " label '" + f.text() + "'", 1000);
        var privateValue = ColumnWidth.fit("label '" + f.text() + "'" + (f.code() == null ? " (not in the label table)" : " = " + f.code())
                + " on " + f.program() + " project " + f.projectId() + " in " + f.hostCountry() + ", vintage " + f.vintageYear()
                + ", " + f.activity() + " (" + f.filePosition() + " of the export that last changed the row)", 2000);
        var nationalValue = f.verdict() + (f.authorizationId() == null ? "" : ": authorization " + f.authorizationId());
        return new Discrepancy(type(f), scope.registry(), scope.issuance(), SerialRange.of(f.blockStart(), f.blockEnd()),
                BigDecimal.valueOf(f.quantity()), subject, privateValue, nationalValue);
    }
}
