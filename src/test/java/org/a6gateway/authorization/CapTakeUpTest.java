package org.a6gateway.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

/** A cap is taken up by each serial unit once, however many block ids carry it. */
class CapTakeUpTest {

    private static final BigDecimal TONNE = BigDecimal.ONE;

    @Test
    void withoutACapEveryBlockIsLabelledWhole() {
        var cap = new CapTakeUp(null);

        assertThat(cap.take("GS", "7", SerialRange.of(1, 1_000_000), TONNE)).contains(SerialRange.of(1, 1_000_000));
    }

    @Test
    void theBlockCrossingTheCapIsLabelledOnItsFirstUnitsAndTheNextNotAtAll() {
        var cap = new CapTakeUp(2500L);

        assertThat(cap.take("GS", "7", SerialRange.of(1, 2000), TONNE)).contains(SerialRange.of(1, 2000));
        assertThat(cap.take("GS", "7", SerialRange.of(2001, 4000), TONNE)).contains(SerialRange.of(2001, 2500));
        assertThat(cap.take("GS", "7", SerialRange.of(4001, 5000), TONNE)).isEmpty();
    }

    @Test
    void unitsUnderASecondBlockIdTakeTheCapOnce() {
        var cap = new CapTakeUp(2500L);

        assertThat(cap.take("GS", "7", SerialRange.of(1, 1000), TONNE)).contains(SerialRange.of(1, 1000));
        // units 501-1000 again, then 1,500 new ones: 1,000 + 1,500 = the cap, every unit labelled
        assertThat(cap.take("GS", "7", SerialRange.of(501, 2500), TONNE)).contains(SerialRange.of(501, 2500));
        assertThat(cap.take("GS", "7", SerialRange.of(1, 2500), TONNE)).as("all of them again").contains(SerialRange.of(1, 2500));
        assertThat(cap.take("GS", "7", SerialRange.of(2501, 2600), TONNE)).isEmpty();
    }

    @Test
    void theSameNumbersInAnotherIssuanceAreOtherUnitsButNotInVerra() {
        var perIssuance = new CapTakeUp(1500L);
        var verra = new CapTakeUp(1500L);

        perIssuance.take("GS", "7", SerialRange.of(1, 1000), TONNE);
        verra.take("VCS", "10453", SerialRange.of(1, 1000), TONNE);

        assertThat(perIssuance.take("GS", "8", SerialRange.of(1, 1000), TONNE)).contains(SerialRange.of(1, 500));
        assertThat(verra.take("VCS", "910453", SerialRange.of(1, 1000), TONNE)).contains(SerialRange.of(1, 1000));
    }

    @Test
    void kilogramUnitsTakeTheirTonnes() {
        var cap = new CapTakeUp(2L);

        assertThat(cap.take("KVS", "1001", SerialRange.of(1, 5000), new BigDecimal("0.001")))
                .isEqualTo(Optional.of(SerialRange.of(1, 2000)));
    }
}
