package org.a6gateway.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.a6gateway.units.Serial;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;
import org.junit.jupiter.api.Test;

/** What a publication stages against what the registry shows, on a real Verra block's serials. */
class PublicationPlanTest {

    private static final Serial BLOCK = Serials.parse("19178-930570282-930579946-VCS-VCU-1289-VER-LA-3-2924-01012024-30062024-1");
    private static final SerialRange WHOLE = BLOCK.range();
    private static final LetterOfAuthorization LETTER = new LetterOfAuthorization("LAO-VCS-2924", "https://example.org/loa.pdf",
            LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31), LocalDate.of(2023, 1, 1), LocalDate.of(2030, 12, 31));

    private static PublishedUnit wanted(SerialRange range, CaStatus status) {
        return new PublishedUnit(null, BLOCK, range, 2024, UnitStanding.HELD, null, "LAO", "https://registry", CaDeclaration.COMMITTED,
                status, List.of(LETTER), new PublishedProject("VCS", "2924", "Project 2924", "https://registry"),
                new PublishedIssuance(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 1)),
                "verra", "block-1", BigDecimal.ONE);
    }

    private static PublishedUnit shown(String id, SerialRange range, CaStatus status) {
        return wanted(range, status).as(id);
    }

    @Test
    void aRegistryShowingWhatIsWantedGetsNothing() {
        var plan = PublicationPlan.of(List.of(wanted(WHOLE, CaStatus.PENDING)), List.of(shown("u1", WHOLE, CaStatus.PENDING)));
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.orphans()).isEmpty();
    }

    @Test
    void aNewBlockIsCreatedWithTheSerialsOfItsFirstAndLastUnits() {
        var plan = PublicationPlan.of(List.of(wanted(WHOLE, CaStatus.NOT_STARTED)), List.of());
        assertThat(plan.creations()).singleElement().satisfies(u -> {
            assertThat(u.serialStart()).contains("19178-930570282-930570282-VCS-VCU-1289-VER-LA-3-2924-01012024-30062024-1");
            assertThat(u.serialEnd()).contains("19178-930579946-930579946-VCS-VCU-1289-VER-LA-3-2924-01012024-30062024-1");
            assertThat(u.count()).isEqualTo(9665);
        });
    }

    @Test
    void aChangedFlagUpdatesTheUnitNamingWhatDiffers() {
        var plan = PublicationPlan.of(List.of(wanted(WHOLE, CaStatus.COMPLETED)), List.of(shown("u1", WHOLE, CaStatus.PENDING)));
        assertThat(plan.updates()).singleElement().satisfies(u -> {
            assertThat(u.wanted().id()).isEqualTo("u1");
            assertThat(u.differences()).containsExactly("CA status: PENDING → COMPLETED");
        });
        assertThat(plan.creations()).isEmpty();
        assertThat(plan.splits()).isEmpty();
    }

    @Test
    void aDecisionOnPartOfAPublishedUnitSplitsItWhereTheDecisionsDiffer() {
        var first = SerialRange.of(WHOLE.start(), WHOLE.start() + 999);
        var rest = SerialRange.of(WHOLE.start() + 1000, WHOLE.end());
        var plan = PublicationPlan.of(List.of(wanted(first, CaStatus.PENDING), wanted(rest, CaStatus.NOT_STARTED)),
                List.of(shown("u1", WHOLE, CaStatus.NOT_STARTED)));
        assertThat(plan.splits()).singleElement().satisfies(s -> {
            assertThat(s.published().id()).isEqualTo("u1");
            assertThat(s.parts()).extracting(PublishedUnit::range).containsExactly(first, rest);
            assertThat(s.parts().get(1).serialStart()).contains("19178-930571282-930571282-VCS-VCU-1289-VER-LA-3-2924-01012024-30062024-1");
        });
        assertThat(plan.updates()).isEmpty();
        assertThat(plan.creations()).isEmpty();
    }

    @Test
    void unitsNoPublishedUnitCoversAreCreatedAndAPublishedUnitNoBlockHoldsIsAnOrphan() {
        var held = SerialRange.of(WHOLE.start(), WHOLE.start() + 99);
        var moreHeld = SerialRange.of(WHOLE.start() + 100, WHOLE.start() + 199);
        var gone = SerialRange.of(WHOLE.start() + 500, WHOLE.start() + 599);
        var plan = PublicationPlan.of(List.of(wanted(SerialRange.of(held.start(), moreHeld.end()), CaStatus.NOT_STARTED)),
                List.of(shown("u1", held, CaStatus.NOT_STARTED), shown("u2", gone, CaStatus.NOT_STARTED)));
        assertThat(plan.creations()).extracting(PublishedUnit::range).containsExactly(moreHeld);
        assertThat(plan.orphans()).extracting(PublishedUnit::id).containsExactly("u2");
        assertThat(plan.updates()).isEmpty();
    }

    @Test
    void aPublishedUnitMayKeepLettersButMustCarryTheWantedOnes() {
        var other = new LetterOfAuthorization("LAO-OLD", "https://example.org/old.pdf", LETTER.creditingFrom(), LETTER.creditingTo(),
                LETTER.validFrom(), LETTER.validTo());
        var withMore = new PublishedUnit("u1", BLOCK, WHOLE, 2024, UnitStanding.HELD, null, "LAO", "https://elsewhere",
                CaDeclaration.COMMITTED, CaStatus.PENDING, List.of(other, LETTER), null, null, null, null, BigDecimal.ONE);
        var withNone = new PublishedUnit("u1", BLOCK, WHOLE, 2024, UnitStanding.HELD, null, "LAO", "https://registry",
                CaDeclaration.COMMITTED, CaStatus.PENDING, List.of(), null, null, null, null, BigDecimal.ONE);
        assertThat(wanted(WHOLE, CaStatus.PENDING).differencesFrom(withMore)).as("the registry link is not compared").isEmpty();
        assertThat(wanted(WHOLE, CaStatus.PENDING).differencesFrom(withNone)).singleElement().asString()
                .startsWith("letters of authorization");
    }
}
