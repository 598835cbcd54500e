package org.a6gateway.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.store.StoreResult;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@DataJpaTest(properties = "a6.simulator.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({BlockStore.class, BlockWithdrawals.class, DecisionChanges.class})
class BlockStoreTest {

    /** The one real Verra serial published with a trailing space. */
    static final String SPACED = "18665-908677430-908677430-VCS-VCU-997-VER-MG-3-2794-01012024-30042024-1 ";

    @Autowired
    BlockStore store;

    static BlockRecord block(String id, long version, long start, long end, BlockStatus status) {
        return new BlockRecord("vcm-registry", id, version, SPACED, "VCS", "VCU", "2794", null, "MG", 2024,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), "18665", LocalDate.of(2025, 10, 29),
                start, end, BigDecimal.ONE, status, "acct-1", null,
                List.of(new BlockLabel("A6_AUTHORIZED_NDC", "Article 6 Authorized – NDC Use", "MDG-VCS-2794")), null);
    }

    @Test
    void storesNewBlocksThenIgnoresTheSameVersion() {
        assertThat(store.store("vcm-registry", List.of(block("b1", 1, 908677430, 908677430, BlockStatus.ISSUED))))
                .isEqualTo(new StoreResult(1, 0, 0));

        assertThat(store.store("vcm-registry", List.of(block("b1", 1, 908677430, 908677430, BlockStatus.ISSUED))))
                .isEqualTo(new StoreResult(0, 0, 1));
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void aHigherVersionReplacesTheStateAndAnOlderOneDoesNot() {
        store.store("vcm-registry", List.of(block("b1", 2, 1, 10, BlockStatus.ISSUED)));

        assertThat(store.store("vcm-registry", List.of(block("b1", 1, 1, 10, BlockStatus.RETIRED))))
                .isEqualTo(new StoreResult(0, 0, 1));
        assertThat(store.store("vcm-registry", List.of(block("b1", 3, 1, 10, BlockStatus.RETIRED))))
                .isEqualTo(new StoreResult(0, 1, 0));
        assertThat(store.findBySerial(SPACED)).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BlockStatus.RETIRED));
    }

    @Test
    void findsASerialWithOrWithoutItsSurroundingSpaceAndKeepsTheExactLabelText() {
        store.store("vcm-registry", List.of(block("b1", 1, 908677430, 908677430, BlockStatus.ISSUED)));

        var found = store.findBySerial(SPACED.strip());

        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.serial()).isEqualTo(SPACED);
            assertThat(b.labels().get(0).text()).isEqualTo("Article 6 Authorized \u2013 NDC Use");
            assertThat(b.tonnes()).isEqualByComparingTo("1");
            assertThat(b.unitSize().toPlainString()).isEqualTo("1");
        });
    }

    @Test
    void streamsBlocksInIssuanceAndSerialOrder() {
        store.store("vcm-registry", List.of(block("b2", 1, 20, 29, BlockStatus.ISSUED),
                block("b1", 1, 1, 10, BlockStatus.ISSUED)));

        var seen = new ArrayList<Long>();
        store.forEach(b -> seen.add(b.blockStart()));

        assertThat(seen).containsExactly(1L, 20L);
    }

    /** Verra numbers across issuances: a later issuance may hold lower serials, and the sweep needs them by serial. */
    @Test
    void streamsAGloballyNumberedProgramBySerialAcrossIssuancesAndTheOthersByIssuance() {
        store.store("vcm-registry", List.of(in("v1", "VCS", "9344", 1001, 2000), in("v2", "VCS", "9400", 1, 1000),
                in("v3", "VCS", "9344", 3001, 4000), in("v4", "VCS", "9400", 2001, 3000),
                in("g1", "GS", "2", 1, 10), in("g2", "GS", "1", 50, 60), in("g3", "GS", "1", 5, 9)));

        var seen = new ArrayList<String>();
        store.forEachInSerialOrder(Set.of("VCS"), b -> seen.add(b.blockId()));

        assertThat(seen).containsExactly("g3", "g2", "g1", "v2", "v1", "v4", "v3");
    }

    /** The labels are fetched in the blocks' rows: a block with two labels still comes once, with both. */
    @Test
    void streamsABlockWithTwoLabelsOnceWithBoth() {
        var two = block("b2", 1, 1, 10, BlockStatus.ISSUED);
        var labels = List.of(two.labels().get(0), new BlockLabel("A6_CORRESPONDINGLY_ADJUSTED", "Correspondingly adjusted", null));
        store.store("vcm-registry", List.of(new BlockRecord(two.sourceRegistry(), "b2", 1, two.serial(), "VCS", two.unitType(),
                two.projectId(), null, two.hostCountry(), two.vintageYear(), two.vintageStart(), two.vintageEnd(), two.issuanceId(),
                two.issuanceDate(), 1, 10, two.unitSize(), two.status(), two.holderAccount(), null, labels, null),
                block("b3", 1, 20, 29, BlockStatus.ISSUED)));

        var seen = new ArrayList<BlockRecord>();
        store.forEachInSerialOrder(Set.of("VCS"), seen::add);

        assertThat(seen).extracting(BlockRecord::blockId).containsExactly("b2", "b3");
        assertThat(seen.get(0).labels()).extracting(BlockLabel::code).containsExactly("A6_AUTHORIZED_NDC", "A6_CORRESPONDINGLY_ADJUSTED");
        assertThat(seen.get(1).labels()).hasSize(1);
    }

    /**
     * The issuances whose ids start with a zero, and only those, whatever the database's collation
     * makes of the range the query reads (PostgreSQL suite: the cluster's default, not C).
     */
    @Test
    void zeroPaddedIssuancesAreThoseWhoseIdsStartWithAZero() {
        var issuances = List.of("0123", "0", "00-A", "0Z", "1000", "123", "-0123", " 0123", "O123", "\u00b90", "09", "/0");
        var page = new ArrayList<BlockRecord>();
        for (int i = 0; i < issuances.size(); i++) {
            page.add(in("z" + i, "KVS", issuances.get(i), 1, 10));
        }
        store.store("vcm-registry", page);

        assertThat(store.zeroPaddedIssuances()).extracting(BlockStore.Issuance::issuanceId)
                .containsExactlyInAnyOrder("0123", "0", "00-A", "0Z", "09");
    }

    @Test
    void aRangeLookupIsNarrowedByTheRegistryAndIssuanceGivenAndByNothingElse() {
        store.store("vcm-registry", List.of(in("g1", "GS", "5001", 1, 10), in("g2", "GS", "5001", 11, 20),
                in("g3", "GS", "5002", 1, 10), in("v1", "VCS", "18665", 1, 10), in("v2", "VCS", "18666", 15, 30)));

        // query → the blocks holding any of its units, in (program, issuance, first unit) order
        Map<BlockQuery, List<String>> cases = new LinkedHashMap<>();
        cases.put(new BlockQuery("GS", "5001", 10, 11), List.of("g1", "g2"));
        cases.put(new BlockQuery("GS", "5001", 20, 20), List.of("g2"));
        cases.put(new BlockQuery("GS", "5001", 21, 30), List.of());
        cases.put(new BlockQuery("GS", "5002", 11, 20), List.of());
        cases.put(new BlockQuery("GS", null, 5, 5), List.of("g1", "g3"));
        cases.put(new BlockQuery("VCS", null, 10, 15), List.of("v1", "v2"));
        cases.put(new BlockQuery("VCS", "18666", 1, 14), List.of());
        cases.put(new BlockQuery("KVS", null, 0, Long.MAX_VALUE), List.of());
        cases.put(BlockQuery.ALL, List.of("g1", "g2", "g3", "v1", "v2"));
        cases.forEach((query, expected) -> assertThat(store.overlapping(query)).as(query.toString())
                .extracting(BlockRecord::blockId).containsExactlyElementsOf(expected));

        var secondPage = store.overlapping(new BlockQuery("GS", null, 0, Long.MAX_VALUE), 1, 2);
        assertThat(secondPage.getContent()).extracting(BlockRecord::blockId).containsExactly("g3");
        assertThat(secondPage.getTotalElements()).isEqualTo(3);
    }

    @Test
    void theBlocksHoldingAnyOfManyRangesAreOneStatementNarrowedByRegistryAndProgram(@Autowired DataSource dataSource) {
        store.store("vcm-registry", List.of(in("v1", "VCS", "18665", 1, 10), in("v2", "VCS", "18666", 20, 29),
                in("v3", "VCS", "18667", 40, 49), in("v4", "VCS", "18668", 60, 69), in("g1", "GS", "5001", 1, 100)));
        store.store("other-registry", List.of(in("o1", "VCS", "18666", 20, 29)));
        var counter = new StatementCounter(dataSource);

        var found = new ArrayList<BlockRecord>();
        new BlockRows(counter).holding("vcm-registry", "VCS",
                List.of(SerialRange.of(5, 5), SerialRange.of(45, 65), SerialRange.of(30, 39)), found::add);

        assertThat(counter.prepared()).isEqualTo(1);
        assertThat(found).extracting(BlockRecord::blockId).containsExactly("v1", "v3", "v4");
    }

    private static BlockRecord in(String id, String program, String issuance, long start, long end) {
        var b = block(id, 1, start, end, BlockStatus.ISSUED);
        return new BlockRecord(b.sourceRegistry(), id, 1, program + "-" + id, program, b.unitType(), b.projectId(), null,
                b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(), issuance, b.issuanceDate(), start, end,
                b.unitSize(), b.status(), b.holderAccount(), null, List.of(), null);
    }

    static BlockRecord heldBy(BlockRecord b, String holder, long version) {
        return new BlockRecord(b.sourceRegistry(), b.blockId(), version, b.serial(), b.program(), b.unitType(), b.projectId(),
                b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(), b.issuanceId(),
                b.issuanceDate(), b.blockStart(), b.blockEnd(), b.unitSize(), b.status(), holder, b.retirement(), b.labels(),
                b.itmoReference());
    }

    @Test
    void aBlockDiffersOnlyInHolderWhenNothingButItsHolderAndVersionChanged() {
        var issued = block("b1", 1, 1, 10, BlockStatus.ISSUED);
        var tenths = new BlockRecord("vcm-registry", "b1", 1, SPACED, "VCS", "VCU", "2794", null, "MG", 2024,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), "18665", LocalDate.of(2025, 10, 29), 1, 10,
                new BigDecimal("1.0"), BlockStatus.ISSUED, "acct-1", null, issued.labels(), null);

        assertThat(issued.differsOnlyInHolder(heldBy(issued, "acct-2", 2))).as("a transfer").isTrue();
        assertThat(issued.differsOnlyInHolder(tenths)).as("the same unit size written otherwise").isTrue();
        assertThat(issued.differsOnlyInHolder(block("b1", 2, 1, 10, BlockStatus.RETIRED))).as("retired").isFalse();
        assertThat(issued.differsOnlyInHolder(block("b1", 2, 1, 9, BlockStatus.ISSUED))).as("split").isFalse();
        assertThat(issued.differsOnlyInHolder(withLabels(block("b1", 2, 1, 10, BlockStatus.ISSUED)))).as("unlabelled").isFalse();
    }

    @Test
    void aTransferBetweenHoldersIsNotedForNoDecisionAndAnyOtherChangeIs(@Autowired DecisionChanges changes) {
        store.store("vcm-registry", List.of(block("b1", 1, 1, 10, BlockStatus.ISSUED)));
        changes.decided(changes.scope(DecisionChanges.LABELS));

        assertThat(store.store("vcm-registry", List.of(heldBy(block("b1", 2, 1, 10, BlockStatus.ISSUED), "acct-2", 2))))
                .isEqualTo(new StoreResult(0, 1, 0));
        assertThat(changes.scope(DecisionChanges.LABELS).projects()).isEmpty();
        assertThat(store.findBySerial(SPACED)).singleElement()
                .isEqualTo(heldBy(block("b1", 2, 1, 10, BlockStatus.ISSUED), "acct-2", 2));
        assertThat(store.store("vcm-registry", List.of(heldBy(block("b1", 2, 1, 10, BlockStatus.ISSUED), "acct-2", 2))))
                .isEqualTo(new StoreResult(0, 0, 1));

        store.store("vcm-registry", List.of(block("b1", 3, 1, 10, BlockStatus.RETIRED)));
        assertThat(changes.scope(DecisionChanges.LABELS).projects())
                .containsExactly(new DecisionChanges.ChangedProject("VCS", "2794", "MG"));
    }

    @Test
    void aPageOfTransfersLongerThanOneStatementWritesEachBlocksOwnHolderAndVersion() {
        var issued = new ArrayList<BlockRecord>();
        var transferred = new ArrayList<BlockRecord>();
        for (int i = 0; i < 1_003; i++) {
            issued.add(block("b" + i, 1, 10L * i + 1, 10L * i + 10, BlockStatus.ISSUED));
            // every third goes to no known holder: an array of holders may hold nulls
            transferred.add(heldBy(issued.get(i), i % 3 == 0 ? null : "acct-" + i, 2 + i % 2));
        }
        store.store("vcm-registry", issued);

        assertThat(store.store("vcm-registry", transferred)).isEqualTo(new StoreResult(0, 1_003, 0));
        var all = new ArrayList<BlockRecord>();
        store.forEach(all::add);
        assertThat(all).containsExactlyInAnyOrderElementsOf(transferred);
        assertThat(store.store("vcm-registry", transferred)).isEqualTo(new StoreResult(0, 0, 1_003));
    }

    @Test
    void storesAPageOfNewChangedAndUnchangedBlocksInOneGoWithTheirLabels() {
        store.store("vcm-registry", List.of(block("b1", 1, 1, 10, BlockStatus.ISSUED),
                block("b2", 1, 11, 20, BlockStatus.ISSUED)));

        var changed = withLabels(block("b2", 2, 11, 20, BlockStatus.RETIRED),
                new BlockLabel("CORSIA_FIRST_PHASE", "CORSIA - First Phase, 2024-2026 Scope", null),
                new BlockLabel("A6_AUTHORIZED_IMP", "Article 6 Authorized \u2013 Intl mitigation purposes", "MDG-VCS-1"));
        var result = store.store("vcm-registry", List.of(block("b1", 1, 1, 10, BlockStatus.ISSUED), changed,
                block("b3", 1, 21, 30, BlockStatus.ISSUED), block("b4", 1, 31, 40, BlockStatus.ISSUED)));

        assertThat(result).isEqualTo(new StoreResult(2, 1, 1));
        var all = new ArrayList<BlockRecord>();
        store.forEach(all::add);
        assertThat(all).extracting(BlockRecord::blockId).containsExactly("b1", "b2", "b3", "b4");
        assertThat(all.get(1)).isEqualTo(changed);
        assertThat(all.get(1).labels()).extracting(BlockLabel::code)
                .containsExactly("A6_AUTHORIZED_IMP", "CORSIA_FIRST_PHASE");
        assertThat(all.get(0)).isEqualTo(block("b1", 1, 1, 10, BlockStatus.ISSUED));
    }

    @Test
    void streamsTheWholeStoreWithItsLabelsInOneStatement(@Autowired DataSource dataSource) {
        var page = new ArrayList<BlockRecord>();
        for (int i = 0; i < 50; i++) {
            page.add(i % 5 == 0 ? withLabels(block("b" + i, 1, 10L * i, 10L * i + 9, BlockStatus.ISSUED))
                    : block("b" + i, 1, 10L * i, 10L * i + 9, BlockStatus.ISSUED));
        }
        store.store("vcm-registry", page);
        var counter = new StatementCounter(dataSource);

        var seen = new ArrayList<BlockRecord>();
        new BlockRows(counter).forEach(seen::add);

        assertThat(counter.prepared()).isEqualTo(1);
        assertThat(seen).containsExactlyElementsOf(page);
    }

    /** No foreign key takes a block's labels with it: the writer does, and leaves the other blocks' alone. */
    @Test
    void aWithdrawnBlockTakesItsLabelsWithItAndLeavesTheOthersTheirs(@Autowired BlockWithdrawals withdrawals,
                                                                      @Autowired DataSource dataSource) {
        var twoLabels = withLabels(block("b1", 1, 1, 10, BlockStatus.ISSUED), block("b1", 1, 1, 10, BlockStatus.ISSUED).labels().get(0),
                new BlockLabel("A6_CORRESPONDINGLY_ADJUSTED", "Correspondingly adjusted", null));
        store.store("vcm-registry", List.of(twoLabels, block("b2", 1, 11, 20, BlockStatus.ISSUED)));

        assertThat(withdrawals.withdraw("vcm-registry", List.of("b1"))).containsExactly(twoLabels);

        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("SELECT l.code FROM credit_block_label l LEFT JOIN credit_block b ON b.id = l.block_pk"
                + " WHERE b.id IS NULL", String.class)).isEmpty();
        var left = new ArrayList<BlockRecord>();
        store.forEach(left::add);
        assertThat(left).containsExactly(block("b2", 1, 11, 20, BlockStatus.ISSUED));
    }

    @Test
    void findsTheBlocksOfAProjectWithTheirLabels() {
        var other = new BlockRecord("vcm-registry", "b9", 1, "other", "VCS", "VCU", "9999", null, "MG", 2024,
                null, null, "1", null, 100, 109, BigDecimal.ONE, BlockStatus.ISSUED, null, null, List.of(), null);
        var retired = new BlockRecord("vcm-registry", "b2", 1, "s2", "VCS", "VCU", "2794", "A project", "MG", 2024,
                null, null, "18665", null, 20, 29, new BigDecimal("0.5"), BlockStatus.RETIRED, "acct-2",
                new BlockRecord.Retirement(LocalDate.of(2025, 1, 2), "NDC", "someone"), List.of(),
                new BlockRecord.ItmoReference("MG-1", "MG-10", "MDG"));
        store.store("vcm-registry", List.of(block("b1", 1, 1, 10, BlockStatus.ISSUED), retired, other));

        var mg = new BlockStore.Project("VCS", "2794", "MG");
        var ke = new BlockStore.Project("VCS", "2794", "KE");
        var found = store.ofProjects(Set.of(mg, ke));

        assertThat(found.get(mg)).containsExactly(block("b1", 1, 1, 10, BlockStatus.ISSUED), retired);
        assertThat(found).doesNotContainKey(ke);
    }

    @Test
    void aBlockTwiceInAPageIsStoredOnceAtItsHighestVersionAndEachRegistryKeepsItsOwn() {
        var result = store.store("vcm-registry", List.of(block("b1", 1, 1, 10, BlockStatus.ISSUED),
                block("b1", 2, 1, 10, BlockStatus.RETIRED), block("b1", 1, 1, 10, BlockStatus.CANCELLED)));
        store.store("other-registry", List.of(block("b1", 1, 1, 10, BlockStatus.ISSUED)));

        assertThat(result).isEqualTo(new StoreResult(1, 1, 1));
        assertThat(store.count()).isEqualTo(2);
        assertThat(store.findBySerial(SPACED)).extracting(BlockRecord::sourceRegistry, BlockRecord::status)
                .containsExactlyInAnyOrder(tuple("vcm-registry", BlockStatus.RETIRED),
                        tuple("other-registry", BlockStatus.ISSUED));
    }

    /**
     * A registry's first ingest looks up only the blocks it stored itself, and ends as the ingest
     * that looks every block up: pages of random ids (many seen again, in later pages and within a
     * page, at higher, equal or lower versions) give the same counts page by page and the same
     * blocks. Were an id stored earlier not looked up, its second insert would break the unique key.
     */
    @Test
    void aFirstFillLooksUpOnlyWhatItStoredAndEndsAsTheIngestThatLooksUpEverything() {
        var random = new SplittableRandom(17);
        var firstFill = store.unheldBlocks("first-fill");
        var everything = UnheldBlocks.anyMayBeHeld();
        assertThat(firstFill.mayBeHeld("b0")).isFalse();
        for (int page = 0; page < 40; page++) {
            var records = new ArrayList<BlockRecord>();
            for (int i = 0; i < 30; i++) {
                long start = random.nextLong(1, 1_000_000);
                records.add(block(oddId(random.nextInt(400)), random.nextLong(1, 6), start, start + random.nextLong(0, 99),
                        BlockStatus.values()[random.nextInt(BlockStatus.values().length)]));
            }
            assertThat(store.store("first-fill", records, firstFill)).as("page %d", page)
                    .isEqualTo(store.store("looked-up", records, everything));
        }
        assertThat(blocksOf("first-fill")).isEqualTo(blocksOf("looked-up")).hasSizeGreaterThan(300);
        assertThat(store.unheldBlocks("first-fill").mayBeHeld("b0")).as("a registry the store holds blocks of").isTrue();
    }

    /** Ids as registries write them: plain, differing only in case or outer space, non-ASCII, the column's full 100 characters. */
    private static String oddId(int n) {
        return switch (n % 5) {
            case 0 -> "b" + n;
            case 1 -> "B" + n;
            case 2 -> " b" + n + " ";
            case 3 -> "ｂ-ă-" + n;
            default -> "b".repeat(96) + String.format("%04d", n);
        };
    }

    private Map<String, String> blocksOf(String registry) {
        var found = new java.util.TreeMap<String, String>();
        store.forEach(b -> {
            if (b.sourceRegistry().equals(registry)) {
                found.put(b.blockId(), b.sourceVersion() + " " + b.status() + " " + b.range() + " " + b.labels());
            }
        });
        return found;
    }

    private static BlockRecord withLabels(BlockRecord b, BlockLabel... labels) {
        return new BlockRecord(b.sourceRegistry(), b.blockId(), b.sourceVersion(), b.serial(), b.program(),
                b.unitType(), b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(),
                b.vintageEnd(), b.issuanceId(), b.issuanceDate(), b.blockStart(), b.blockEnd(), b.unitSize(),
                b.status(), b.holderAccount(), b.retirement(), List.of(labels), b.itmoReference());
    }

    /** The groups kept as pages are stored hold every block once, with exactly the tonnes block by block. */
    @Test
    void groupsCountAndSumEveryBlockExactlyAsBlockByBlock() {
        var random = new SplittableRandom(9);
        var page = new ArrayList<BlockRecord>();
        for (int i = 0; i < 300; i++) {
            page.add(randomBlock(random, i, 1));
        }
        store.store("vcm-registry", page);
        assertGroupsAreTheBlocksSums();

        // a second page: changed blocks (any field), transfers, blocks seen again, new blocks
        var next = new ArrayList<BlockRecord>();
        for (int i = 0; i < 400; i += 2) {
            var b = page.size() > i ? page.get(i) : null;
            next.add(b == null || random.nextBoolean() ? randomBlock(random, i, 2)
                    : heldBy(b, "acct-" + random.nextInt(9), random.nextBoolean() ? 2 : 1));
        }
        store.store("vcm-registry", next);
        assertGroupsAreTheBlocksSums();
    }

    private static BlockRecord randomBlock(SplittableRandom random, int i, long version) {
        var sizes = List.of(BigDecimal.ONE, new BigDecimal("0.001"), new BigDecimal("1.5"));
        int vintage = 2020 + random.nextInt(3);
        long start = 1 + 10_000L * i;
        return new BlockRecord("vcm-registry", "b" + i, version, "s" + i, "VCS", "VCU", "P" + random.nextInt(4), null,
                random.nextBoolean() ? "MG" : "KE", vintage, random.nextBoolean() ? null : LocalDate.of(vintage, 1, 1),
                null, "I" + i, LocalDate.of(2025, 1, 1), start, start + random.nextInt(5_000),
                sizes.get(random.nextInt(sizes.size())), BlockStatus.ISSUED, "acct", null, List.of(), null);
    }

    /**
     * Every column comes back as written, on either database: text with quotes, commas, line breaks,
     * backslashes and outer spaces, an empty string apart from a null, a fractional unit size, a
     * retirement and an ITMO reference.
     */
    @Test
    void everyValueComesBackAsWrittenWhateverItsCharacters() {
        var awkward = List.of(
                new BlockRecord("vcm-registry", "q1", 1, "Q-1-2 ", "VCS", "VCU", "2794", "A \"quoted\", comma, project\nsecond line",
                        "MG", 2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), "18665", LocalDate.of(2025, 10, 29),
                        1, 2, new BigDecimal("0.001"), BlockStatus.RETIRED, " back\\slash ",
                        new BlockRecord.Retirement(LocalDate.of(2025, 11, 3), "CORSIA, first phase", "Airline \"X\"", null),
                        List.of(new BlockLabel("A6_AUTHORIZED_IMP", "Intl, \"mitigation\"\npurposes", null)),
                        new BlockRecord.ItmoReference("CA1-MDG01-MDG-1-2024", "CA1-MDG01-MDG-2-2024", "MDG01", 1L)),
                new BlockRecord("vcm-registry", "q2", 1, "Q-3-3", "VCS", "VCU", "2794", "", "MG", null, null, null, "18665",
                        null, 3, 3, BigDecimal.ONE, BlockStatus.ISSUED, "", null, List.of(), null));
        store.store("vcm-registry", awkward);

        var read = new ArrayList<BlockRecord>();
        store.forEach(read::add);
        assertThat(read).usingRecursiveFieldByFieldElementComparator(org.assertj.core.api.recursive.comparison
                .RecursiveComparisonConfiguration.builder().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactlyElementsOf(awkward);
    }

    private void assertGroupsAreTheBlocksSums() {
        Map<List<Object>, BigDecimal> byBlock = new HashMap<>();
        Map<List<Object>, Long> countsByBlock = new HashMap<>();
        store.forEach(b -> {
            var key = provenance(b);
            byBlock.merge(key, b.tonnes(), BigDecimal::add);
            countsByBlock.merge(key, 1L, Long::sum);
        });
        Map<List<Object>, BigDecimal> byGroup = new HashMap<>();
        Map<List<Object>, Long> countsByGroup = new HashMap<>();
        store.forEachGroup(g -> {
            byGroup.merge(provenance(g), g.tonnes(), BigDecimal::add);
            countsByGroup.merge(provenance(g), g.blocks(), Long::sum);
        });

        assertThat(countsByGroup).isEqualTo(countsByBlock).hasSizeGreaterThan(10);
        // equal as text, scale included: the summary prints these sums
        assertThat(byGroup.entrySet()).allSatisfy(e ->
                assertThat(e.getValue().toPlainString()).isEqualTo(byBlock.get(e.getKey()).toPlainString()));
    }

    private static List<Object> provenance(Provenance p) {
        return Arrays.asList(p.program(), p.projectId(), p.hostCountry(), p.vintageYear(), p.vintageStart(),
                p.vintageEnd());
    }
}
