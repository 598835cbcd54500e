package org.a6gateway.reconciliation;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.units.Purpose;

/**
 * Worlds with a bit of everything, for comparing one reconciler with another: random consistent
 * registries (their Verra projects share one numbering, so Verra issuances interleave) with every
 * kind of fault injected, and a hand-made Verra case whose later issuance holds lower serials.
 */
final class MixedWorlds {

    private MixedWorlds() {
    }

    static World faulty(long seed, int blocks) {
        var world = RandomWorlds.consistent(seed, blocks);
        for (Faults fault : Faults.values()) {
            fault.inject(world, new Random(seed * 31 + fault.ordinal()));
        }
        return world;
    }

    /** Verra issuance 9400 holds serials below and between those of 9344; one block of each overlaps the other. */
    static World verraInterleaved() {
        var w = new World();
        var a = w.authorize("KOR-V", "VCS", "1686", Set.of(Purpose.OIMP, Purpose.NDC), 2018, 2024, 2500L);
        w.firstTransfer(w.label(w.issue("VCS", "1686", "9344", 1001, 2000, 2021, "1"), a, true), a);
        w.label(w.issue("VCS", "1686", "9344", 3001, 4000, 2021, "1"), a, false);
        w.firstTransfer(w.label(w.issue("VCS", "1686", "9400", 1, 1000, 2022, "1"), a, true), a);
        w.label(w.issue("VCS", "1686", "9400", 2001, 3000, 2022, "1"), a, true);
        w.issue("VCS", "1686", "9400", 3501, 3600, 2022, "1");
        w.issue("VCS", "1686", "9100", 1500, 1600, 2020, "1");
        return w;
    }

    /** One line per discrepancy, in report order, every field. */
    static String render(List<Discrepancy> found) {
        return found.stream().map(Discrepancy::toString).collect(Collectors.joining("\n", "", "\n"));
    }
}
