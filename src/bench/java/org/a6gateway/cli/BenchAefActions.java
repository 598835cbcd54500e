package org.a6gateway.cli;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The actions an AEF of a given size reports, put in the store for the bench's {@code aef} stage:
 * under one authorization of its own (NDC and OIMP, first transfer at authorization, so that its
 * blocks stay in the Party's holdings), half of them ITMO blocks of 1,000 units first transferred
 * in 2026, four to an issuance, the other half later transfers of the first 400 units of each. All
 * pass the pre-submission checks, and the holdings keep the rest of every block. Written in plain
 * SQL batches, not through the national ingest: a hundred thousand records the bench does not time
 * would otherwise cost minutes of set-up; the columns are those the national ingest fills.
 */
final class BenchAefActions {

    static final String AUTHORIZATION = "KOR-BENCH-AEF";
    static final int YEAR = 2026;

    private static final String SOURCE = "bench";
    private static final String REGISTRY = "KVS";
    private static final int UNITS = 1_000;
    private static final int TRANSFERRED = 400;
    private static final int PER_ISSUANCE = 4;
    private static final int BATCH = 1_000;
    /** Far beyond the world's issuances (from 100,000) and the demo's, so that the seeded blocks never meet theirs. */
    private static final long FIRST_ISSUANCE = 900_000_000L;

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;

    BenchAefActions(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    }

    /** Seeds {@code actions} actions (half first transfers, rounded up, half transfers) under the Party's cooperative approach. */
    void seed(int actions) {
        var store = context.getBean(AuthorizationStore.class);
        String approach = store.all().stream().filter(a -> "KOR".equals(a.party())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the bench world holds no authorization of KOR")).cooperativeApproachId();
        store.store(SOURCE, List.of(authorization(approach)));
        int blocks = (actions + 1) / 2;
        var now = Timestamp.from(Instant.now());
        var pairs = new ArrayList<Object[]>();
        var transfers = new ArrayList<Object[]>();
        for (int k = 0; k < blocks; k++) {
            String issuance = Long.toString(FIRST_ISSUANCE + k / PER_ISSUANCE);
            long start = (long) (k % PER_ISSUANCE) * UNITS + 1;
            var pair = ItmoPair.mint(approach, "KOR01", "KOR", YEAR - 1, REGISTRY, issuance, SerialRange.of(start, start + UNITS - 1));
            pairs.add(new Object[] {pair.itmo().first().toString(), pair.itmo().last().toString(), issuance, start, start + UNITS - 1,
                    Date.valueOf(LocalDate.of(YEAR, 1, 1).plusDays(k % 180))});
            if (k < actions - blocks) {
                var part = pair.part(SerialRange.of(start, start + TRANSFERRED - 1));
                transfers.add(new Object[] {"BENCH-AEF-T" + k, Date.valueOf(LocalDate.of(YEAR, 7, 1).plusDays(k % 180)), issuance,
                        start, start + TRANSFERRED - 1, part.itmo().first().toString(), part.itmo().last().toString(), now});
            }
            flush(pairs, transfers, false);
        }
        flush(pairs, transfers, true);
    }

    private void flush(List<Object[]> pairs, List<Object[]> transfers, boolean last) {
        if (!last && pairs.size() < BATCH) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO itmo_pair (first_itmo_id, last_itmo_id, underlying_registry, issuance_id, unit_start, unit_end,"
                + " quantity, authorization_id, authorization_version, first_transfer_trigger, first_transfer_date, first_transfer_year)"
                + " VALUES (?, ?, '" + REGISTRY + "', ?, ?, ?, " + UNITS + ", '" + AUTHORIZATION + "', 1, 'authorization', ?, " + YEAR + ")", pairs);
        jdbc.batchUpdate("INSERT INTO itmo_action (source_registry, action_id, action_type, action_date, authorization_id,"
                + " underlying_registry, issuance_id, unit_start, unit_end, first_itmo_id, last_itmo_id, quantity, synthetic, ingested_at)"
                + " VALUES ('" + SOURCE + "', ?, 'TRANSFER', ?, '" + AUTHORIZATION + "', '" + REGISTRY + "', ?, ?, ?, ?, ?, " + TRANSFERRED
                + ", TRUE, ?)", transfers);
        pairs.clear();
        transfers.clear();
    }

    private static AuthorizationRecord authorization(String cooperativeApproach) {
        return new AuthorizationRecord(SOURCE, AUTHORIZATION, 1, AuthorizationStatus.ACTIVE, "KOR", LocalDate.of(YEAR - 1, 6, 1),
                YEAR - 1, cooperativeApproach, false, null, "GHG", null, null, Set.of(Purpose.NDC, Purpose.OIMP),
                "international aviation (CORSIA)", FirstTransferDefinition.AUTHORISATION, null, null, null, null, null, null,
                List.of("CHE"), List.of(), List.of(), List.of(), "bench", List.of(), List.of(), true);
    }
}
