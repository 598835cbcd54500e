package org.a6gateway.itmo;

import java.util.List;
import org.a6gateway.authorization.AuthorizationRecord;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.units.SerialRange;

/**
 * The stored blocks a job asks about, read from the store when asked: an authorization's are the
 * blocks of the projects it covers (one indexed query per project), a pair's are those of its
 * issuance holding its units. Reading every block into maps once per run held the whole store in
 * memory, which a million blocks do not fit in 512 MB (docs/BENCHMARKS.md).
 */
final class CoveredBlocks {

    private final BlockStore blocks;
    /** The adjustments job asks for one authorization's blocks once per report, and reports come grouped. */
    private AuthorizationRecord lastAsked;
    private List<BlockRecord> lastAnswer;

    CoveredBlocks(BlockStore blocks) {
        this.blocks = blocks;
    }

    List<BlockRecord> of(AuthorizationRecord authorization) {
        if (authorization != lastAsked) {
            lastAnswer = authorization.coveredActivities().stream()
                    .flatMap(a -> blocks.ofProject(a.registry(), a.projectId(), a.hostCountry()).stream())
                    .toList();
            lastAsked = authorization;
        }
        return lastAnswer;
    }

    List<BlockRecord> holding(String program, String issuance, SerialRange units) {
        return blocks.overlapping(new BlockQuery(program, issuance, units.start(), units.end()));
    }
}
