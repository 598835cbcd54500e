package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.authorization.AuthorizationRecord;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.units.SerialRange;

/** The stored blocks one job run looks at, read once: by the projects an authorization covers, and by issuance. */
final class CoveredBlocks {

    private final Map<String, List<BlockRecord>> byProject = new HashMap<>();
    private final Map<String, List<BlockRecord>> byIssuance = new HashMap<>();

    CoveredBlocks(BlockStore blocks) {
        blocks.forEach(b -> {
            byProject.computeIfAbsent(b.program() + "|" + b.projectId() + "|" + b.hostCountry(), k -> new ArrayList<>()).add(b);
            byIssuance.computeIfAbsent(b.program() + "|" + b.issuanceId(), k -> new ArrayList<>()).add(b);
        });
    }

    List<BlockRecord> of(AuthorizationRecord authorization) {
        return authorization.coveredActivities().stream()
                .flatMap(a -> byProject.getOrDefault(a.registry() + "|" + a.projectId() + "|" + a.hostCountry(),
                        List.of()).stream())
                .toList();
    }

    List<BlockRecord> holding(String program, String issuance, SerialRange units) {
        return byIssuance.getOrDefault(program + "|" + issuance, List.of()).stream()
                .filter(b -> b.range().overlaps(units)).toList();
    }
}
