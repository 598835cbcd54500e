package org.a6gateway.exports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored export rows' labels against the national authorizations as they stand now (the
 * reconciliation's question; the import answered it for the file alone, at import time). Only
 * rows carrying a label are read. A label stays with its units, so the same label on the same
 * serial is one finding however many rows (issuance, retirement) show it.
 */
@Service
public class ExportLabelReview {

    private final ExportRecords records;
    private final AuthorizationStore authorizations;
    private final LabelTable labels;

    ExportLabelReview(ExportRecords records, AuthorizationStore authorizations, ExportProperties properties) {
        this.records = records;
        this.authorizations = authorizations;
        this.labels = new LabelTable(properties.labels());
    }

    /** Each label that does not match an authorization (or is not in the label table), in (source, serial) order. */
    @Transactional(readOnly = true)
    public void forEachMismatch(Consumer<ExportLabelFinding> action) {
        var findings = new LabelFindings(labels, authorizations.all());
        // Rows come in (source, serial) order: only the current serial's labels need remembering.
        List<String> unitsSeen = null;
        var seen = new LinkedHashSet<String>();
        for (var record : records.findByLabelsIsNotNullOrderBySourceAscSerialAscActivityAsc()) {
            var source = record.exportSource();
            var row = record.toRow();
            var units = List.of(source.key(), row.serial());
            if (!units.equals(unitsSeen)) {
                unitsSeen = units;
                seen.clear();
            }
            for (var check : findings.check(source, List.of(row))) {
                if (check.verdict() == LabelVerdict.MATCHES_AUTHORIZATION || check.verdict() == LabelVerdict.CORSIA_NOT_COMPARED
                        || !seen.add(check.text())) {
                    continue;
                }
                action.accept(new ExportLabelFinding(source.key(), row.program(), record.issuanceId(), row.serial(),
                        row.activity(), row.blockStart(), row.blockEnd(), row.quantity(), row.projectId(), row.hostCountry(),
                        row.vintageYear(), check.text(), check.code(), check.verdict(), check.authorizationId(), row.where()));
            }
        }
    }
}
