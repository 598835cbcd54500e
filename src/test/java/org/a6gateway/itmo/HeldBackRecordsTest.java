package org.a6gateway.itmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** A run states what it held back in parts; the rows follow the whole statement, never one row per part. */
@DataJpaTest(properties = "a6.simulator.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(HeldBackRecords.class)
class HeldBackRecordsTest {

    @Autowired
    HeldBackRecords records;
    @Autowired
    JdbcTemplate jdbc;

    static HeldBack held(int i) {
        return new HeldBack(HeldBack.Kind.ITMO_ID, "KVS ISS-" + i + " 1-10", "AUTH-" + (i % 7),
                HeldBackReason.NO_FIRST_INTERNATIONAL_TRANSFER, null);
    }

    static List<HeldBack> held(int from, int to) {
        return IntStream.range(from, to).mapToObj(HeldBackRecordsTest::held).toList();
    }

    @Test
    void aStatementInManyPartsAcrossTheFlushSizeKeepsOneRowPerRecordAndResolvesWhatItNoLongerStates() {
        var first = records.settling(HeldBack.Kind.ITMO_ID, true); // a first fill: no record of the kind yet
        first.add(held(0, 1_500));
        first.add(held(1_400, 2_600)); // 100 stated twice, across two flushes
        first.finish();
        assertThat(openByKind()).isEqualTo(Map.of("ITMO_ID", 2_600L));

        var second = records.settling(HeldBack.Kind.ITMO_ID, true);
        second.add(held(1_000, 3_000));
        second.finish();

        assertThat(rows()).isEqualTo(3_000);
        assertThat(openByKind()).isEqualTo(Map.of("ITMO_ID", 2_000L));
        assertThat(openSubjects()).hasSize(2_000).contains(subject(1_000), subject(2_999)).doesNotContain(subject(999));
    }

    @Test
    void aResolvedRecordStatedAgainOpensAgainWithoutANewRowAndOtherKindsAreLeftAlone() {
        var ca = new HeldBack(HeldBack.Kind.CA_FLAG, "CA 1", "AUTH-1", HeldBackReason.NOT_FIRST_TRANSFERRED, null);
        settleWhole(HeldBack.Kind.CA_FLAG, List.of(ca));
        settleWhole(HeldBack.Kind.ITMO_ID, held(0, 3));
        settleWhole(HeldBack.Kind.ITMO_ID, held(1, 3));
        assertThat(openSubjects()).containsExactly(ca.subject(), subject(1), subject(2));

        settleWhole(HeldBack.Kind.ITMO_ID, held(0, 1));

        assertThat(rows()).isEqualTo(4);
        assertThat(openSubjects()).containsExactly(ca.subject(), subject(0));
        assertThat(records.openByReason()).isEqualTo(Map.of(
                "CA_FLAG/NOT_FIRST_TRANSFERRED", 1L, "ITMO_ID/NO_FIRST_INTERNATIONAL_TRANSFER", 1L));
    }

    @Test
    void aRunThatDecidedSomeAuthorizationsOrSubjectsAgainResolvesOnlyTheirsItDidNotState() {
        settleWhole(HeldBack.Kind.ITMO_ID, held(0, 70)); // AUTH-0 .. AUTH-6, ten each
        var ca = new HeldBack(HeldBack.Kind.CA_FLAG, "adjustment 1", null, HeldBackReason.NO_ITMO_PAIR, null);
        var otherCa = new HeldBack(HeldBack.Kind.CA_FLAG, "adjustment 2", null, HeldBackReason.NO_ITMO_PAIR, null);
        settleWhole(HeldBack.Kind.CA_FLAG, List.of(ca, otherCa));

        var scoped = records.settling(HeldBack.Kind.ITMO_ID, false);
        scoped.add(List.of(held(1), held(8))); // AUTH-1: two of its ten stated again
        scoped.finishForAuthorizations(List.of("AUTH-1", "AUTH-3", "AUTH-99"));
        var scopedCa = records.settling(HeldBack.Kind.CA_FLAG, false);
        scopedCa.finishForSubjects(List.of("adjustment 2"));

        assertThat(openSubjects()).hasSize(70 - 8 - 10 + 1)
                .contains(subject(1), subject(8), subject(0), subject(2), ca.subject())
                .doesNotContain(subject(15), subject(3), subject(10), otherCa.subject());
        assertThat(rows()).isEqualTo(72);
    }

    @Test
    void aRunThatDecidedNothingAgainResolvesNothingAndStillRecordsWhatItStated() {
        settleWhole(HeldBack.Kind.ITMO_ID, held(0, 20));

        var scoped = records.settling(HeldBack.Kind.ITMO_ID, false);
        scoped.add(List.of(held(25)));
        scoped.finishForAuthorizations(List.of());

        assertThat(openSubjects()).hasSize(21).contains(subject(0), subject(19), subject(25));
    }

    /**
     * The summary's counts are kept by each settlement (V24), not counted: after every one of a
     * seeded series of settlements (whole or scoped, both kinds, records opening, resolving and
     * opening again under several reasons) they are what counting the open records gives.
     */
    @Test
    void theCountsTheSummaryReadsAreAlwaysThoseOfTheOpenRecords() {
        var random = new SplittableRandom(7);
        var reasons = HeldBackReason.values();
        for (int run = 0; run < 40; run++) {
            var kind = random.nextBoolean() ? HeldBack.Kind.ITMO_ID : HeldBack.Kind.CA_FLAG;
            var stated = random.ints(random.nextInt(1, 60), 0, 90).distinct().mapToObj(i -> new HeldBack(kind,
                    "units " + i, "AUTH-" + (i % 9), reasons[i % 5], null)).toList();
            int how = random.nextInt(3);
            var settlement = records.settling(kind, how == 0);
            settlement.add(stated);
            switch (how) {
                case 0 -> settlement.finish();
                case 1 -> settlement.finishForAuthorizations(List.of("AUTH-" + random.nextInt(9), "AUTH-" + random.nextInt(9)));
                default -> settlement.finishForSubjects(List.of("units " + random.nextInt(90), "units " + random.nextInt(90)));
            }
            assertThat(records.openByReason()).as("after settlement %d", run).isEqualTo(counted());
        }
        assertThat(records.openByReason()).hasSizeGreaterThan(3);
    }

    /** A decision that decides everything, stating its whole list of one kind at once. */
    private void settleWhole(HeldBack.Kind kind, List<HeldBack> current) {
        var settlement = records.settling(kind, true);
        settlement.add(current);
        settlement.finish();
    }

    private Map<String, Long> counted() {
        var counts = new TreeMap<String, Long>();
        jdbc.query("select kind, reason, count(*) from held_back where resolved_at is null group by kind, reason",
                row -> {
                    counts.put(row.getString(1) + "/" + row.getString(2), row.getLong(3));
                });
        return counts;
    }

    private static String subject(int i) {
        return held(i).subject();
    }

    /** The open records' subjects in the order they were first held back. */
    private List<String> openSubjects() {
        return jdbc.queryForList("select subject from held_back where resolved_at is null order by id", String.class);
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from held_back", Long.class);
    }

    private Map<String, Long> openByKind() {
        return Map.of("ITMO_ID", jdbc.queryForObject(
                "select count(*) from held_back where kind = 'ITMO_ID' and resolved_at is null", Long.class));
    }
}
