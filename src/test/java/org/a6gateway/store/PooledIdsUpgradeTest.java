package org.a6gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A store upgraded past V26/V27 with rows already numbered by identity: the pooled ids handed out
 * afterwards start above every id it holds, so no new held-back record or authorization collides.
 */
class PooledIdsUpgradeTest {

    @Test
    void idsHandedOutAfterTheUpgradeStartAboveTheRowsAlreadyHeld() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:pooled-upgrade;DB_CLOSE_DELAY=-1");
        var jdbc = new JdbcTemplate(h2);
        flyway(h2, "25").migrate();
        for (int i = 0; i < 7; i++) {
            jdbc.update("insert into held_back (record_key, kind, subject, reason, detail, first_seen_at)"
                    + " values (?, 'ITMO_ID', 's', 'NOT_YET_USED', 'd', current_timestamp)", "k" + i);
            jdbc.update("insert into a6_authorization (source_registry, authorization_id, version, status, party,"
                    + " authorization_year, published_on_carp, purposes, first_transfer_definition, synthetic, ingested_at)"
                    + " values ('national', ?, 1, 'ACTIVE', 'KOR', 2025, false, 'NDC', 'AUTHORISATION', false,"
                    + " current_timestamp)", "A" + i);
        }
        long heldBack = jdbc.queryForObject("select max(id) from held_back", Long.class);
        long authorizations = jdbc.queryForObject("select max(id) from a6_authorization", Long.class);

        flyway(h2, "latest").migrate();

        assertThat(PooledIds.next(jdbc, "held_back_seq", 3)).containsExactly(heldBack + 1, heldBack + 2, heldBack + 3);
        assertThat(PooledIds.next(jdbc, "a6_authorization_seq", 1)).containsExactly(authorizations + 1);
    }

    private static Flyway flyway(JdbcDataSource h2, String target) {
        return Flyway.configure().dataSource(h2).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load();
    }
}
