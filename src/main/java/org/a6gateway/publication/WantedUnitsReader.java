package org.a6gateway.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
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

    private record Scope(String registry, String issuance) {
    }

    public WantedUnits read(List<PublishedUnit> published) {
        var decisions = new Decisions(authorizations.byId(), urls());
        var shown = new HashMap<Scope, List<SerialRange>>();
        published.forEach(p -> shown.computeIfAbsent(new Scope(p.registry(), p.issuanceId()), k -> new ArrayList<>()).add(p.range()));
        var units = new ArrayList<PublishedUnit>();
        var refused = new ArrayList<Refusal>();
        blocks.forEach(block -> {
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
            boolean shownBefore = shown.getOrDefault(new Scope(serial.registry(), serial.issuance()), List.of()).stream()
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

    private static List<PublishedUnit> withoutOverlaps(List<PublishedUnit> units, List<Refusal> refused) {
        units.sort(Comparator.comparing(PublishedUnit::registry, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(PublishedUnit::issuanceId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(u -> u.range().start()));
        var kept = new ArrayList<PublishedUnit>(units.size());
        for (PublishedUnit unit : units) {
            var last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.sameScope(unit) && last.range().overlaps(unit.range())) {
                refused.add(new Refusal(unit.sourceRegistry(), unit.blockId(), unit.registry(), unit.issuanceId(), unit.range(), unit.tonnes(),
                        "its units overlap block " + last.blockId() + " of " + last.sourceRegistry() + ", published instead"));
            } else {
                kept.add(unit);
            }
        }
        return kept;
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
