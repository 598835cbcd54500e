package org.a6gateway.itmo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.authorization.CoveredProjects;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.units.SerialRange;

/**
 * The stored blocks a job asks about, read from the store when asked: an authorization's are the
 * blocks of the projects it covers, loaded for a batch of authorizations at once; a pair's
 * are those of its issuance holding its units. Reading every block into maps once per run held the
 * whole store in memory, which a million blocks do not fit in 512 MB (docs/benchmarks-history.md).
 */
final class CoveredBlocks {

    /** Authorizations whose blocks are loaded together: ~20 blocks each in a large registry. */
    static final int BATCH = 500;

    private final BlockStore blocks;
    private Set<BlockStore.Project> asked = Set.of();
    private Map<BlockStore.Project, List<BlockRecord>> loaded = Map.of();

    CoveredBlocks(BlockStore blocks) {
        this.blocks = blocks;
    }

    /** Reads the blocks of these authorizations' projects, forgetting those read before. */
    void load(Collection<AuthorizationRecord> authorizations) {
        asked = authorizations.stream().flatMap(a -> CoveredProjects.of(a).stream()).collect(Collectors.toSet());
        loaded = blocks.ofProjects(asked);
    }

    /** The authorization's blocks: from the last {@link #load} when it was in it, else read now. */
    List<BlockRecord> of(AuthorizationRecord authorization) {
        var projects = CoveredProjects.of(authorization);
        if (!asked.containsAll(projects)) {
            var read = blocks.ofProjects(projects);
            return projects.stream().flatMap(p -> read.getOrDefault(p, List.of()).stream()).toList();
        }
        return projects.stream().flatMap(p -> loaded.getOrDefault(p, List.of()).stream()).toList();
    }

    List<BlockRecord> holding(String program, String issuance, SerialRange units) {
        return blocks.overlapping(new BlockQuery(program, issuance, units.start(), units.end()));
    }
}
