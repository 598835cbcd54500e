package org.a6gateway.itmo;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** The decisions held back now (not resolved by a later run), oldest first, for people to read. */
@Service
public class HeldBackList {

    /** One open record: what was held back, why, and since when. */
    public record Open(HeldBack.Kind kind, String subject, String authorizationId, String reason, String detail, Instant since) {
    }

    public record Page(long total, List<Open> items) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    HeldBackList(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** One page of the open records, of one kind or of both (null). */
    public Page open(HeldBack.Kind kind, long offset, int limit) {
        var where = " from held_back where resolved_at is null" + (kind == null ? "" : " and kind = :kind");
        var parameters = new MapSqlParameterSource("kind", kind == null ? null : kind.name()).addValue("offset", offset)
                .addValue("limit", limit);
        Long total = jdbc.queryForObject("select count(*)" + where, parameters, Long.class);
        var items = jdbc.query("select kind, subject, authorization_id, reason, detail, first_seen_at" + where
                + " order by id offset :offset rows fetch next :limit rows only", parameters,
                (rs, row) -> new Open(HeldBack.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                        rs.getString("authorization_id"), rs.getString("reason"), rs.getString("detail"),
                        rs.getTimestamp("first_seen_at").toInstant()));
        return new Page(total == null ? 0 : total, items);
    }
}
