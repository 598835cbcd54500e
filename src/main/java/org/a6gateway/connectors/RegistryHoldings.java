package org.a6gateway.connectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;
import org.springframework.stereotype.Component;

/** What one registry holds of a range of an issuance, as last read, and how it writes that range's serial. */
@Component
public class RegistryHoldings {

    private final BlockStore blocks;

    RegistryHoldings(BlockStore blocks) {
        this.blocks = blocks;
    }

    /** The registry's blocks holding any of {@code range} of the issuance. */
    public List<BlockRecord> holding(String registry, String program, String issuance, SerialRange range) {
        var found = new ArrayList<BlockRecord>();
        blocks.forEachOfIssuances(Set.of(new BlockStore.Issuance(program, issuance)), block -> {
            if (block.sourceRegistry().equals(registry) && block.range().overlaps(range)) {
                found.add(block);
            }
        });
        return found;
    }

    /**
     * The registry's own serial for exactly {@code range}: the serial of its block holding the whole
     * range, written for those units; empty when no block of the registry holds it whole.
     */
    public Optional<String> serial(String registry, String program, String issuance, SerialRange range) {
        return holding(registry, program, issuance, range).stream().filter(block -> block.range().contains(range))
                .findFirst().map(block -> {
                    try {
                        return Serials.parse(block.serial()).withRange(range);
                    } catch (IllegalArgumentException unreadable) {
                        return block.serial();
                    }
                });
    }
}
