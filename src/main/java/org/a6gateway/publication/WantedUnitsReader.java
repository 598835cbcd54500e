package org.a6gateway.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.registries.ConfiguredRegistries;
import org.a6gateway.units.Serial;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;
import org.springframework.stereotype.Component;

/**
 * Reads from the store what a publication registry should show: every private block carrying an
 * Article 6 label, and every block holding units published before that no longer does (then as no
 * longer requiring an adjustment: a publication is never withdrawn). Two wanted blocks on the same
 * units (a double issuance, which the reconciliation reports) publish the first only.
 */
@Component
public class WantedUnitsReader {

    private final BlockStore blocks;
    private final AuthorizationStore authorizations;
    private final ConfiguredRegistries registries;

    WantedUnitsReader(BlockStore blocks, AuthorizationStore authorizations, ConfiguredRegistries registries) {
        this.blocks = blocks;
        this.authorizations = authorizations;
        this.registries = registries;
    }

    public WantedUnits read(List<PublishedUnit> published) {
        return of(blocks::forEach, authorizations.byId(), urls(), published);
    }

    /**
     * What a publication registry showing {@code published} should show, of the private blocks
     * {@code blocks} streams, decided on {@code authorizations} (by id); {@code registryUrls} are
     * the private registries' links, by registry id.
     */
    public static WantedUnits of(Consumer<Consumer<BlockRecord>> blocks, Map<String, AuthorizationRecord> authorizations,
                                 Map<String, String> registryUrls, List<PublishedUnit> published) {
        var decisions = new Decisions(authorizations, registryUrls);
        var shown = new HashMap<String, List<SerialRange>>();
        published.forEach(p -> shown.computeIfAbsent(p.scope(), k -> new ArrayList<>()).add(p.range()));
        var units = new ArrayList<PublishedUnit>();
        var refused = new ArrayList<Refusal>();
        blocks.accept(block -> {
            boolean labelled = Decisions.labelled(block);
            if (!labelled && shown.isEmpty()) {
                return;
            }
            Serial serial;
            try {
                serial = Serials.parse(block.serial());
            } catch (IllegalArgumentException unreadable) {
                if (labelled) {
                    refused.add(refusal(block, "its serial cannot be read: " + unreadable.getMessage()));
                }
                return;
            }
            boolean shownBefore = shown.getOrDefault(BlockQuery.scope(serial.registry(), serial.issuance()), List.of()).stream()
                    .anyMatch(r -> r.overlaps(block.range()));
            if (labelled || shownBefore) {
                add(block, serial, labelled, shownBefore, decisions, units, refused);
            }
        });
        return new WantedUnits(withoutOverlaps(units, refused), refused);
    }

    private static void add(BlockRecord block, Serial serial, boolean labelled, boolean shownBefore, Decisions decisions,
                            List<PublishedUnit> units, List<Refusal> refused) {
        Integer vintage = block.vintageYear() != null ? block.vintageYear()
                : serial.vintage() != null ? Integer.valueOf(serial.vintage().year()) : null;
        if (vintage == null) {
            refused.add(refusal(block, "neither the block nor its serial states a vintage year"));
        } else if (!serial.range().contains(block.range())) {
            refused.add(refusal(block, "its serial " + serial.range() + " does not hold its units " + block.range()));
        } else {
            var unit = decisions.unit(block, serial, vintage, labelled);
            if (unit.declaration() == CaDeclaration.NOT_REQUIRED && !shownBefore) {
                refused.add(refusal(block, "its Article 6 label names no standing authorization (none, or revoked)"));
            } else if (unit.serialStart().isEmpty()) {
                refused.add(refusal(block, "a " + serial.format().displayName() + " serial cannot be written for part of a block"));
            } else {
                units.add(unit);
            }
        }
    }

    /**
     * One unit on any serial unit: committed units first (a block that only held units shown
     * before gives way to a labelled one on the same units, and is then nothing to publish), in
     * serial order; a committed unit on units another committed one took is refused.
     */
    private static List<PublishedUnit> withoutOverlaps(List<PublishedUnit> units, List<Refusal> refused) {
        units.sort(Comparator.comparing((PublishedUnit u) -> u.declaration() != CaDeclaration.COMMITTED)
                .thenComparing(PublishedUnit::scope).thenComparingLong(u -> u.range().start()));
        var taken = new HashMap<String, TreeMap<Long, PublishedUnit>>();
        var kept = new ArrayList<PublishedUnit>(units.size());
        for (PublishedUnit unit : units) {
            var inScope = taken.computeIfAbsent(unit.scope(), k -> new TreeMap<>());
            var other = overlapping(inScope, unit.range());
            if (other == null) {
                inScope.put(unit.range().start(), unit);
                kept.add(unit);
            } else if (unit.declaration() == CaDeclaration.COMMITTED) {
                refused.add(new Refusal(unit.sourceRegistry(), unit.blockId(), unit.registry(), unit.issuanceId(), unit.range(),
                        unit.tonnes(), "its units overlap block " + other.blockId() + " of " + other.sourceRegistry()
                        + ", published instead"));
            }
        }
        return kept;
    }

    /** The unit taken that holds any of {@code range}, if one does: the units taken do not overlap, so a neighbour tells. */
    private static PublishedUnit overlapping(TreeMap<Long, PublishedUnit> taken, SerialRange range) {
        var before = taken.floorEntry(range.start());
        if (before != null && before.getValue().range().overlaps(range)) {
            return before.getValue();
        }
        var after = taken.ceilingEntry(range.start());
        return after != null && after.getValue().range().overlaps(range) ? after.getValue() : null;
    }

    private static Refusal refusal(BlockRecord block, String reason) {
        return new Refusal(block.sourceRegistry(), block.blockId(), block.program(), block.issuanceId(), block.range(), block.tonnes(), reason);
    }

    private Map<String, String> urls() {
        var urls = new HashMap<String, String>();
        registries.all().stream().filter(r -> Objects.nonNull(r.url())).forEach(r -> urls.put(r.id(), r.url()));
        return urls;
    }
}
