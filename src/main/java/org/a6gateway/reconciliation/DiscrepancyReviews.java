package org.a6gateway.reconciliation;

import org.a6gateway.store.ColumnWidth;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review marks people put on discrepancies, by key. A mark outlives the reconciliation that
 * showed it: the next run that still finds the discrepancy shows it again, and a resolved one keeps
 * it as its history.
 */
@Service
public class DiscrepancyReviews {

    private static final int COMMENT_LENGTH = 1000;
    private static final int NAME_LENGTH = 200;

    private final Reconciliations reconciliations;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DiscrepancyReviews(Reconciliations reconciliations, DataSource dataSource, Clock clock) {
        this.reconciliations = reconciliations;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** Marks a discrepancy of the latest reconciliation (replacing any mark); empty when it has none by this key. */
    @Transactional
    public Optional<StoredDiscrepancy> mark(String key, ReviewMark.Kind mark, String comment, String by) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("'comment' says why the discrepancy is marked: it may not be blank");
        }
        var found = reconciliations.find(key);
        found.ifPresent(d -> {
            var row = new MapSqlParameterSource("key", key).addValue("mark", mark.name())
                    .addValue("comment", ColumnWidth.fit(comment.strip(), COMMENT_LENGTH)).addValue("by", ColumnWidth.fit(by, NAME_LENGTH))
                    .addValue("at", Timestamp.from(clock.instant()));
            if (jdbc.update("update discrepancy_review set mark = :mark, comment = :comment, marked_by = :by, marked_at = :at"
                    + " where discrepancy_key = :key", row) == 0) {
                jdbc.update("insert into discrepancy_review (discrepancy_key, mark, comment, marked_by, marked_at)"
                        + " values (:key, :mark, :comment, :by, :at)", row);
            }
        });
        return found;
    }

    /** Clears a discrepancy's mark; false when the latest reconciliation has no discrepancy by this key. */
    @Transactional
    public boolean clear(String key) {
        if (reconciliations.find(key).isEmpty()) {
            return false;
        }
        jdbc.update("delete from discrepancy_review where discrepancy_key = :key", Map.of("key", key));
        return true;
    }

    /** The marks of these discrepancies, by key; those without a mark are absent. */
    public Map<String, ReviewMark> of(Collection<String> keys) {
        var marks = new HashMap<String, ReviewMark>();
        if (!keys.isEmpty()) {
            jdbc.query("select discrepancy_key, mark, comment, marked_by, marked_at from discrepancy_review"
                    + " where discrepancy_key in (:keys)", Map.of("keys", keys), rs -> {
                        marks.put(rs.getString("discrepancy_key"), mark(rs));
                    });
        }
        return marks;
    }

    private static ReviewMark mark(ResultSet rs) throws SQLException {
        return new ReviewMark(ReviewMark.Kind.valueOf(rs.getString("mark")), rs.getString("comment"), rs.getString("marked_by"),
                rs.getTimestamp("marked_at").toInstant());
    }
}
