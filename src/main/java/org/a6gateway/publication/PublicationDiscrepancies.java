package org.a6gateway.publication;

import java.util.List;
import org.a6gateway.reconciliation.Discrepancy;
import org.a6gateway.reconciliation.DiscrepancyType;
import org.a6gateway.reconciliation.PublishedFindings;
import org.a6gateway.units.SerialRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The discrepancies each publication registry's latest read-back left, replaced whole per registry. */
@Repository
class PublicationDiscrepancies implements PublishedFindings {

    private final JdbcTemplate jdbc;

    PublicationDiscrepancies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void replace(String target, List<Discrepancy> found) {
        jdbc.update("DELETE FROM publication_discrepancy WHERE target = ?", target);
        jdbc.batchUpdate("INSERT INTO publication_discrepancy (target, type, registry, issuance, unit_start, unit_end, tonnes,"
                + " subject, private_value, national_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", found, 500, (ps, d) -> {
                    ps.setString(1, target);
                    ps.setString(2, d.type().name());
                    ps.setString(3, clip(d.registry(), 40));
                    ps.setString(4, clip(d.issuance(), 100));
                    ps.setLong(5, d.units().start());
                    ps.setLong(6, d.units().end());
                    ps.setBigDecimal(7, d.tonnes());
                    ps.setString(8, clip(d.subject(), 1000));
                    ps.setString(9, clip(d.privateValue(), 2000));
                    ps.setString(10, clip(d.nationalValue(), 2000));
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Discrepancy> latest() {
        return jdbc.query("SELECT * FROM publication_discrepancy ORDER BY id", (rs, n) -> new Discrepancy(
                DiscrepancyType.valueOf(rs.getString("type")), rs.getString("registry"), rs.getString("issuance"),
                SerialRange.of(rs.getLong("unit_start"), rs.getLong("unit_end")), rs.getBigDecimal("tonnes"),
                rs.getString("subject"), rs.getString("private_value"), rs.getString("national_value")));
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
