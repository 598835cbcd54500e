package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.units.SerialRange;

/**
 * How a reversal travels. Units the private registry revoked, and every unit of a revoked
 * authorization, stop being ITMOs: the national registry is asked to withdraw what of their
 * confirmed pairs still stands, and the private registry to take the ITMO reference off them,
 * each with the cause. Unconfirmed pairs wait: their registration may still be on its way, and a
 * withdrawal must follow it. Pure.
 */
public final class ReversalDecisions {

    private ReversalDecisions() {
    }

    /** Withdraw these units of a standing pair. */
    public record Withdraw(StoredPair pair, SerialRange units, String cause) {
    }

    /** Take the ITMO reference off these units of the block. */
    public record Detach(BlockRecord block, SerialRange units, String cause) {
    }

    /** Units that are no longer ITMOs, or are to stop being ones, and why. */
    public record Reversed(String registry, String issuance, SerialRange units, String cause) {

        boolean concerns(BlockRecord block) {
            return registry.equals(block.program()) && issuance.equals(block.issuanceId()) && units.overlaps(block.range());
        }
    }

    /**
     * The withdrawals due: for each confirmed standing pair, all of it when its authorization is
     * revoked, else its units in blocks the private registry revoked.
     */
    public static List<Withdraw> withdrawals(List<StoredPair> standing, Map<String, AuthorizationRecord> authorizations,
                                             List<BlockRecord> revokedBlocks) {
        var revokedByIssuance = revokedBlocks.stream().collect(Collectors.groupingBy(b -> issuance(b.program(), b.issuanceId())));
        var due = new ArrayList<Withdraw>();
        for (StoredPair stored : standing) {
            if (!stored.confirmed()) {
                continue;
            }
            var pair = stored.pair();
            var authorization = authorizations.get(stored.authorizationId());
            if (authorization != null && authorization.status() == AuthorizationStatus.REVOKED) {
                due.add(new Withdraw(stored, pair.units(), "authorization " + authorization.authorizationId()
                        + " revoked, version " + authorization.version()));
                continue;
            }
            for (BlockRecord block : revokedByIssuance.getOrDefault(issuance(pair.underlyingRegistry(), pair.issuance()), List.of())) {
                // An ITMO is never split: every ITMO standing for a revoked unit goes.
                pair.covering(block.range()).ifPresent(units -> due.add(new Withdraw(stored, units,
                        revokedAtRegistry(block))));
            }
        }
        return due;
    }

    private static String issuance(String registry, String issuance) {
        return registry + '\u0000' + issuance;
    }

    /** Why a revoked block's units stop being ITMOs. */
    public static String revokedAtRegistry(BlockRecord block) {
        return "units " + block.range() + " revoked at the registry, block " + block.blockId() + " version "
                + block.sourceVersion();
    }

    /**
     * The references to take off: each block carrying one loses it on its units that a reversal
     * names, each unit once, for the first reversal naming it.
     */
    public static List<Detach> detachments(List<BlockRecord> referenced, List<Reversed> reversals) {
        var due = new ArrayList<Detach>();
        for (BlockRecord block : referenced) {
            if (block.itmoReference() == null) {
                continue;
            }
            List<SerialRange> left = List.of(block.range());
            for (Reversed reversed : reversals) {
                if (!reversed.concerns(block)) {
                    continue;
                }
                for (SerialRange r : left) {
                    r.intersection(reversed.units()).ifPresent(units -> due.add(new Detach(block, units, reversed.cause())));
                }
                left = left.stream().flatMap(r -> r.subtract(reversed.units()).stream()).toList();
            }
        }
        return due;
    }
}
