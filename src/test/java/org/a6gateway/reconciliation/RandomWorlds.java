package org.a6gateway.reconciliation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.a6gateway.authorization.AuthorizedUses;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.RetirementUse;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.units.Purpose;

/**
 * Consistent pairs of registries, generated from a seed: projects on a per-issuance registry (GS,
 * KVS) and a globally numbered one (VCS), a kilogram micro-credit project, blocks with gaps
 * between them, labels put on by the gateway or by the registry, first transfers, adjustments,
 * retirements for authorized uses and for voluntary claims.
 */
final class RandomWorlds {

    private static final List<String> REGISTRIES = List.of("GS", "VCS", "KVS");

    private final Random random;
    private final World world = new World();
    private final List<AuthorizationRecord> projects = new ArrayList<>();
    private final Map<String, Long> nextStart = new HashMap<>();
    private final Map<AuthorizationRecord, String> issuanceOf = new HashMap<>();
    private int issuances = 1000;

    private RandomWorlds(long seed) {
        random = new Random(seed);
    }

    static World consistent(long seed, int blockCount) {
        return new RandomWorlds(seed).build(blockCount);
    }

    private World build(int blockCount) {
        int projectCount = 2 + random.nextInt(4);
        for (int p = 0; p < projectCount; p++) {
            projects.add(world.authorize("AUTH-P" + p, REGISTRIES.get(p % 3), "P" + p, purposes(), 2018, 2024,
                    random.nextBoolean() ? null : 1_000_000_000L));
        }
        projects.add(world.authorize("AUTH-M", "KVS", "M", Set.of(Purpose.NDC), null, null, null));
        for (int i = 0; i < blockCount; i++) {
            block(projects.get(random.nextInt(projects.size())));
        }
        return world;
    }

    private Set<Purpose> purposes() {
        var purposes = EnumSet.noneOf(Purpose.class);
        for (Purpose p : List.of(Purpose.NDC, Purpose.OIMP, Purpose.OP)) {
            if (random.nextBoolean()) {
                purposes.add(p);
            }
        }
        return purposes.isEmpty() ? EnumSet.of(Purpose.NDC) : purposes;
    }

    private void block(AuthorizationRecord a) {
        var activity = a.coveredActivities().get(0);
        String registry = activity.registry();
        if (!issuanceOf.containsKey(a) || random.nextInt(10) < 3) {
            issuanceOf.put(a, String.valueOf(++issuances));
        }
        String issuance = issuanceOf.get(a);
        String numbering = registry.equals("VCS") ? "VCS" : registry + "/" + issuance;
        long start = nextStart.getOrDefault(numbering, 1L) + random.nextInt(3) * random.nextInt(50);
        long end = start + random.nextInt(5000);
        nextStart.put(numbering, end + 1);
        boolean kilograms = activity.projectId().equals("M");
        var b = world.issue(registry, activity.projectId(), issuance, start, end, 2018 + random.nextInt(7), kilograms ? "0.001" : "1");
        if (random.nextInt(4) == 0) {
            retireOrLeave(b);
            return;
        }
        b = world.label(b, a, random.nextBoolean());
        if (!kilograms && random.nextBoolean()) {
            b = world.firstTransfer(b, a);
            if (random.nextBoolean()) {
                b = world.adjust(b);
            }
        }
        if (random.nextInt(5) == 0) {
            retireForAnAllowedUse(b, a);
        }
    }

    /** Retired for a use the authorization allows, so that a first-transferred unit stays consistent. */
    private void retireForAnAllowedUse(BlockRecord b, AuthorizationRecord a) {
        if (AuthorizedUses.allowsRetirement(a, RetirementUse.CORSIA)) {
            world.retire(b, "CORSIA offsetting, first phase");
        } else if (AuthorizedUses.allowsRetirement(a, RetirementUse.NDC)) {
            world.retire(b, "Used towards the host's NDC");
        }
    }

    private void retireOrLeave(BlockRecord b) {
        int pick = random.nextInt(3);
        if (pick == 0) {
            world.retire(b, "Voluntary claim (company net-zero target)");
        } else if (pick == 1) {
            world.retire(b, "CORSIA offsetting, first phase");
        }
    }
}
