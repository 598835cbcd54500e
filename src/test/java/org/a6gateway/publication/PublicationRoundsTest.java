package org.a6gateway.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.a6gateway.units.Serial;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;
import org.junit.jupiter.api.Test;

/**
 * Publication rounds against a registry that loses writes it accepted, misses units in a read, or
 * refuses some: a change counts once a read shows it, a lost one is staged again, and a unit shown
 * once is never created twice.
 */
class PublicationRoundsTest {

    private static final Serial BLOCK = Serials.parse("19178-930570282-930579946-VCS-VCU-1289-VER-LA-3-2924-01012024-30062024-1");
    private static final LetterOfAuthorization LETTER = new LetterOfAuthorization("LAO-VCS-2924", "https://example.org/loa.pdf",
            LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31), LocalDate.of(2023, 1, 1), LocalDate.of(2030, 12, 31));

    /** Ten wanted units of 100 serial units each, along the real block. */
    private static List<PublishedUnit> wanted(CaStatus status) {
        var units = new ArrayList<PublishedUnit>();
        for (int i = 0; i < 10; i++) {
            long start = BLOCK.range().start() + i * 100L;
            units.add(new PublishedUnit(null, BLOCK, SerialRange.of(start, start + 99), 2024, UnitStanding.HELD, null, "LAO",
                    "https://registry", CaDeclaration.COMMITTED, status, List.of(LETTER),
                    new PublishedProject("VCS", "2924", "Project 2924", "https://registry"),
                    new PublishedIssuance(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 1)),
                    "verra", "block-" + i, BigDecimal.ONE));
        }
        return units;
    }

    private static PublicationRounds.Outcome publish(MemoryPublication registry, List<PublishedUnit> wanted, Set<String> before,
                                                     List<PublicationPlan> shown) {
        return new PublicationRounds(registry, before, shown::add).run(published -> new WantedUnits(wanted, List.of()));
    }

    @Test
    void writesTheRegistryAcceptedAndLostAreStagedAgainAndCountedOnceShown() {
        var registry = new MemoryPublication();
        var lost = new ArrayList<PublishedUnit>();
        registry.loses = u -> registry.applied == 1 && u.blockId().compareTo("block-3") < 0 && lost.add(u);
        var shown = new ArrayList<PublicationPlan>();

        var outcome = publish(registry, wanted(CaStatus.PENDING), Set.of(), shown);

        assertThat(lost).hasSize(3);
        assertThat(registry.units).hasSize(10);
        assertThat(outcome.created()).isEqualTo(10);
        assertThat(outcome.rounds()).isEqualTo(2);
        assertThat(outcome.left().isEmpty()).isTrue();
        assertThat(shown).flatExtracting(PublicationPlan::creations).extracting(PublishedUnit::blockId).doesNotHaveDuplicates()
                .hasSize(10);
        assertThat(shown.get(0).creations()).as("the first read after the commit shows 7 of the 10").hasSize(7)
                .allSatisfy(u -> assertThat(registry.units).containsKey(u.id()));
    }

    @Test
    void aUnitShownBeforeThatAReadMissesIsNeverCreatedAgain() {
        var registry = new MemoryPublication();
        var wanted = wanted(CaStatus.NOT_STARTED);
        var first = publish(registry, wanted, Set.of(), new ArrayList<>());
        var shownBefore = new HashSet<String>();
        registry.read().forEach(u -> shownBefore.add(PublicationRounds.key(u)));
        registry.readMisses = u -> u.range().start() == wanted.get(4).range().start();

        var second = publish(registry, wanted, shownBefore, new ArrayList<>());

        assertThat(first.created()).isEqualTo(10);
        assertThat(second.created()).isZero();
        assertThat(registry.applied).as("nothing staged the second time").isEqualTo(1);
        assertThat(registry.units).hasSize(10);
        assertThat(second.refused()).singleElement().satisfies(r -> {
            assertThat(r.blockId()).isEqualTo("block-4");
            assertThat(r.reason()).contains("never created twice");
        });
    }

    @Test
    void aRefusedWriteIsNotStagedAgainInTheRunAndIsReportedWithTheReason() {
        var registry = new MemoryPublication();
        registry.refuses = u -> u.blockId().equals("block-9");

        var outcome = publish(registry, wanted(CaStatus.NOT_STARTED), Set.of(), new ArrayList<>());

        assertThat(outcome.created()).isEqualTo(9);
        assertThat(registry.applied).isEqualTo(1);
        assertThat(outcome.refused()).extracting(Refusal::reason).containsExactly("refused by the memory registry");
        assertThat(outcome.left().isEmpty()).isTrue();
    }

    @Test
    void aLostUpdateIsStagedAgainAndAnUpdateCountsOnceTheUnitShowsIt() {
        var registry = new MemoryPublication();
        publish(registry, wanted(CaStatus.PENDING), Set.of(), new ArrayList<>());
        registry.loses = u -> registry.applied == 2;
        var shown = new ArrayList<PublicationPlan>();

        var outcome = publish(registry, wanted(CaStatus.COMPLETED), Set.of(), shown);

        assertThat(outcome.updated()).isEqualTo(10);
        assertThat(outcome.rounds()).isEqualTo(2);
        assertThat(shown).flatExtracting(PublicationPlan::updates).hasSize(10);
        assertThat(registry.units.values()).extracting(PublishedUnit::caStatus).containsOnly(CaStatus.COMPLETED);
    }

    @Test
    void aRegistryThatNeverShowsItsWritesLeavesThemMissingAfterTheLastRound() {
        var registry = new MemoryPublication();
        registry.loses = u -> true;
        var shown = new ArrayList<PublicationPlan>();

        var outcome = publish(registry, wanted(CaStatus.NOT_STARTED), Set.of(), shown);

        assertThat(registry.applied).isEqualTo(PublicationRounds.ROUNDS);
        assertThat(outcome.created()).isZero();
        assertThat(shown).isEmpty();
        assertThat(outcome.left().creations()).hasSize(10);
    }

    @Test
    void aSplitCountsOnceTheRegistryShowsItsPartsWhichTheNextRoundUpdates() {
        var registry = new MemoryPublication();
        var whole = wanted(CaStatus.NOT_STARTED).get(0).on(SerialRange.of(BLOCK.range().start(), BLOCK.range().start() + 999));
        publish(registry, List.of(whole), Set.of(), new ArrayList<>());
        var halves = List.of(whole.on(SerialRange.of(whole.range().start(), whole.range().start() + 499)),
                withStatus(whole.on(SerialRange.of(whole.range().start() + 500, whole.range().end())), CaStatus.PENDING));

        var outcome = publish(registry, halves, Set.of(), new ArrayList<>());

        assertThat(outcome.split()).isEqualTo(1);
        assertThat(outcome.updated()).isEqualTo(1);
        assertThat(registry.read()).extracting(PublishedUnit::caStatus).containsExactly(CaStatus.NOT_STARTED, CaStatus.PENDING);
    }

    private static PublishedUnit withStatus(PublishedUnit unit, CaStatus status) {
        return new PublishedUnit(unit.id(), unit.serial(), unit.range(), unit.vintageYear(), unit.standing(), unit.standingReason(),
                unit.hostCountry(), unit.registryLink(), unit.declaration(), status, unit.letters(), unit.project(), unit.issuance(),
                unit.sourceRegistry(), unit.blockId(), unit.unitSize());
    }
}
