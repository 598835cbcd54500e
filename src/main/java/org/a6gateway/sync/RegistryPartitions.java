package org.a6gateway.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import org.a6gateway.connectors.Connectors;
import org.a6gateway.connectors.RegistryConnector;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One partition per private registry, named by its id, each reading that registry's feed alone:
 * registries share no rows of the block store (each block is keyed by its registry), so their
 * feeds are read side by side: on this instance at most {@code a6.sync.ingest-threads} at a time
 * (default: one per core), and on any other instance alive ({@link OfferedPartitions}).
 */
@Component
class RegistryPartitions implements Partitioner {

    private static final String REGISTRY = "registry";

    private final Connectors connectors;
    private final int threads;

    RegistryPartitions(Connectors connectors, @Value("${a6.sync.ingest-threads:0}") int threads) {
        this.connectors = connectors;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    int size() {
        return connectors.privates().size();
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        var partitions = new LinkedHashMap<String, ExecutionContext>();
        for (RegistryConnector connector : connectors.privates()) {
            var context = new ExecutionContext();
            context.putString(REGISTRY, connector.id());
            partitions.put(connector.id(), context);
        }
        return partitions;
    }

    /** The registry of the partition this step runs. */
    static String registryOf(ChunkContext chunk) {
        return registryOf(chunk.getStepContext().getStepExecution());
    }

    static String registryOf(StepExecution partition) {
        return partition.getExecutionContext().getString(REGISTRY);
    }

    int threads() {
        return Math.max(1, Math.min(threads, size()));
    }
}
