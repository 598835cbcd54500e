package org.a6gateway.authorization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.store.ReadAhead;

/**
 * The stored blocks of the authorizations a job decides: an authorization's are the blocks of the
 * projects it covers, loaded for a batch of authorizations at once, the next batches' read while
 * the job decides this one. Reading every block into maps once per run held the whole store in
 * memory, which a million blocks do not fit in 512 MB (docs/benchmarks-history.md). The jobs that
 * ask (labels, ITMO minting, corresponding adjustments) write no block.
 */
public final class CoveredBlocks implements AutoCloseable {

    /** Authorizations whose blocks are loaded together: ~20 blocks each in a large registry. */
    private static final int BATCH = 500;

    private final BlockStore blocks;
    private final ReadAhead<Loaded> ahead;
    private Loaded current = new Loaded(Set.of(), Map.of());

    /** Will read the blocks of each batch's authorizations in turn, as {@link #next} moves to it. */
    public CoveredBlocks(BlockStore blocks, String job, List<? extends Collection<AuthorizationRecord>> batches) {
        this.blocks = blocks;
        this.ahead = new ReadAhead<>(job, batches.stream().map(batch -> (Supplier<Loaded>) () -> load(batch)).toList());
    }

    /** The items in batches of {@link #BATCH}, in their order. */
    public static <T> List<List<T>> batches(List<T> items) {
        return ReadAhead.batches(items, BATCH);
    }

    private Loaded load(Collection<AuthorizationRecord> authorizations) {
        var asked = authorizations.stream().flatMap(a -> CoveredProjects.of(a).stream()).collect(Collectors.toSet());
        return new Loaded(asked, blocks.ofProjects(asked));
    }

    /** Moves to the next batch, forgetting the blocks of the one before. */
    public void next() {
        current = ahead.next();
    }

    /** The authorization's blocks: from the batch moved to last when it was in it, else read now. */
    public List<BlockRecord> of(AuthorizationRecord authorization) {
        var projects = CoveredProjects.of(authorization);
        var loaded = current.asked().containsAll(projects) ? current.blocks() : blocks.ofProjects(projects);
        return projects.stream().flatMap(p -> loaded.getOrDefault(p, List.of()).stream()).toList();
    }


    @Override
    public void close() {
        ahead.close();
    }

    private record Loaded(Set<BlockStore.Project> asked, Map<BlockStore.Project, List<BlockRecord>> blocks) {
    }
}
