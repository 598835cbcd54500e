package org.a6gateway.exports;

import java.util.ArrayList;
import java.util.List;
import org.a6gateway.authorization.AuthorizationCoverage;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.units.LabelCode;

/**
 * Compares the Article 6 labels an export shows with the national authorizations, by the same
 * coverage rules the labelling job uses (project, host country, vintage, mitigation period, not
 * revoked) and the authorized purposes. Pure: the authorizations come in, the checks go out.
 */
final class LabelFindings {

    private final LabelTable table;
    private final AuthorizationCoverage coverage;

    LabelFindings(LabelTable table, List<AuthorizationRecord> authorizations) {
        this.table = table;
        this.coverage = new AuthorizationCoverage(authorizations);
    }

    List<LabelCheck> check(ExportSource source, List<ExportRow> rows) {
        var checks = new ArrayList<LabelCheck>();
        for (var row : rows) {
            for (var text : row.labels()) {
                var code = table.code(source, text).orElse(null);
                if (code == null && LabelTable.looksLikeArticle6OrCorsia(text)) {
                    checks.add(check(row, text, null, LabelVerdict.NOT_IN_LABEL_TABLE, null));
                } else if (code != null && !LabelTable.isArticle6(code)) {
                    checks.add(check(row, text, code, LabelVerdict.CORSIA_NOT_COMPARED, null));
                } else if (code != null) {
                    checks.add(judge(source, row, text, code));
                }
            }
        }
        return checks;
    }

    /** The labels of a row the table maps to an Article 6 code, as the block model carries them. */
    List<BlockLabel> blockLabels(ExportSource source, ExportRow row) {
        return row.labels().stream().flatMap(text -> table.code(source, text).filter(LabelTable::isArticle6)
                .map(code -> new BlockLabel(code, text, null)).stream()).toList();
    }

    private LabelCheck judge(ExportSource source, ExportRow row, String text, String code) {
        var match = coverage.match(ExportBlocks.toBlock(source, row, blockLabels(source, row)));
        if (!match.isMatched()) {
            return check(row, text, code, LabelVerdict.valueOf(match.reason().name()), null);
        }
        var authorization = match.authorization();
        boolean allowed = LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name().equals(code)
                || authorization.purposes().stream().anyMatch(p -> LabelCode.forPurpose(p).name().equals(code));
        return check(row, text, code, allowed ? LabelVerdict.MATCHES_AUTHORIZATION : LabelVerdict.PURPOSE_NOT_AUTHORIZED,
                authorization.authorizationId());
    }

    private static LabelCheck check(ExportRow row, String text, String code, LabelVerdict verdict, String authorizationId) {
        return new LabelCheck(row.where(), row.serial(), row.quantity(), text, code, verdict, authorizationId);
    }
}
