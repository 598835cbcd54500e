package org.a6gateway.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.a6gateway.authorization.LabelPlan;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;

/**
 * One fault of each discrepancy type, injected into a consistent world: on a record that fits
 * when the world has one (picked at random), otherwise on fresh records made for it. Each says
 * where the reconciler must find it.
 */
enum Faults {

    MISSING_ON_PRIVATE(DiscrepancyType.MISSING_ON_PRIVATE) {
        @Override
        Expected inject(World w, Random r) {
            var b = pick(w, r, World::oneTonneUnits).orElseGet(() -> fresh(w, r, "1"));
            var units = SerialRange.ofQuantity(w.lastUnit(b) + 1 + r.nextInt(100), 1 + r.nextInt(500));
            var pair = ItmoPair.mint(World.APPROACH, World.REGISTRY_ID, World.PARTY, b.vintageYear(), b.program(), b.issuanceId(), units);
            w.actions.add(new ItmoAction("TR-orphan", "TRANSFER", LocalDate.of(2026, 1, 5), "AUTH-ANY", b.program(), b.issuanceId(),
                    units, pair.itmo().first().toString(), pair.itmo().last().toString(), units.quantity(), false, null));
            return expected(b, units);
        }
    },
    MISSING_ON_NATIONAL(DiscrepancyType.MISSING_ON_NATIONAL) {
        @Override
        Expected inject(World w, Random r) {
            var b = pick(w, r, x -> x.itmoReference() == null && World.oneTonneUnits(x) && x.status() != BlockStatus.REVOKED
                    && !w.claimed(x)).orElseGet(() -> fresh(w, r, "1"));
            var pair = ItmoPair.mint(World.APPROACH, World.REGISTRY_ID, World.PARTY, b.vintageYear(), b.program(), b.issuanceId(), b.range());
            w.replace(b, World.with(b, b.labels(), new BlockRecord.ItmoReference(pair.itmo().first().toString(),
                    pair.itmo().last().toString(), World.REGISTRY_ID), b.status(), b.retirement()));
            return expected(b, b.range());
        }
    },
    QUANTITY_DRIFT(DiscrepancyType.QUANTITY_DRIFT) {
        @Override
        Expected inject(World w, Random r) {
            var a = firstTransfer(w, r);
            w.actions.set(w.actions.indexOf(a), World.action(a, a.type(), a.quantity() + 1 + r.nextInt(10), a.firstItmoId(),
                    a.lastItmoId(), a.holderAccount()));
            return expected(w.blockAt(a), a.units());
        }
    },
    VINTAGE_DRIFT(DiscrepancyType.VINTAGE_DRIFT) {
        @Override
        Expected inject(World w, Random r) {
            var a = firstTransfer(w, r);
            w.actions.set(w.actions.indexOf(a), World.action(a, a.type(), a.quantity(), laterVintage(a.firstItmoId()),
                    laterVintage(a.lastItmoId()), a.holderAccount()));
            return expected(w.blockAt(a), a.units());
        }
    },
    STATUS_DRIFT(DiscrepancyType.STATUS_DRIFT) {
        @Override
        Expected inject(World w, Random r) {
            var a = firstTransferOfActive(w, r);
            w.actions.add(World.action(a, "USE", a.quantity(), a.firstItmoId(), a.lastItmoId(), null));
            return expected(w.blockAt(a), a.units());
        }
    },
    HOLDER_DRIFT(DiscrepancyType.HOLDER_DRIFT) {
        @Override
        Expected inject(World w, Random r) {
            var a = firstTransferOfActive(w, r);
            w.actions.set(w.actions.indexOf(a), World.action(a, a.type(), a.quantity(), a.firstItmoId(), a.lastItmoId(),
                    "another-holder"));
            return expected(w.blockAt(a), a.units());
        }
    },
    OVERLAPPING_SERIALS(DiscrepancyType.OVERLAPPING_SERIALS) {
        @Override
        Expected inject(World w, Random r) {
            var b = pick(w, r, x -> x.itmoReference() == null).orElseGet(() -> fresh(w, r, "1"));
            w.blocks.add(World.copy(b, b.blockId() + "-again"));
            return expected(b, b.range());
        }
    },
    SERIAL_UNDER_TWO_ITMO_IDS(DiscrepancyType.SERIAL_UNDER_TWO_ITMO_IDS) {
        @Override
        Expected inject(World w, Random r) {
            var b = paired(w, r);
            var stored = w.pairOf(b);
            var second = ItmoPair.mint("CA0999", World.REGISTRY_ID, World.PARTY, b.vintageYear(), b.program(), b.issuanceId(), b.range());
            w.pairs.add(new StoredPair(second, stored.authorizationId(), true));
            return expected(b, b.range());
        }
    },
    DOUBLE_CLAIM(DiscrepancyType.DOUBLE_CLAIM) {
        @Override
        Expected inject(World w, Random r) {
            var b = paired(w, r);
            w.retire(b, "Voluntary claim (company net-zero target)");
            return expected(b, b.range());
        }
    },
    LABEL_WITHOUT_AUTHORIZATION(DiscrepancyType.LABEL_WITHOUT_AUTHORIZATION) {
        @Override
        Expected inject(World w, Random r) {
            var b = pick(w, r, x -> x.status() != BlockStatus.REVOKED).orElseGet(() -> fresh(w, r, "1"));
            addLabel(w, b, new BlockLabel(LabelCode.A6_AUTHORIZED_NDC.name(), "NDC", "NO-SUCH-AUTHORIZATION"));
            return expected(b, b.range());
        }
    },
    LABEL_OUTSIDE_PURPOSES(DiscrepancyType.LABEL_OUTSIDE_PURPOSES) {
        @Override
        Expected inject(World w, Random r) {
            var candidates = w.blocks.stream().filter(x -> x.status() != BlockStatus.REVOKED)
                    .filter(x -> w.authorizationOf(x).filter(a -> !a.purposes().contains(Purpose.OP)).isPresent()).toList();
            var b = candidates.isEmpty() ? fresh(w, r, "1") : candidates.get(r.nextInt(candidates.size()));
            var a = w.authorizationOf(b).orElseThrow();
            addLabel(w, b, new BlockLabel(LabelCode.A6_AUTHORIZED_OP.name(), "Other purposes", a.authorizationId()));
            return expected(b, b.range());
        }
    },
    LABEL_OUTSIDE_TIMEFRAME(DiscrepancyType.LABEL_OUTSIDE_TIMEFRAME) {
        @Override
        Expected inject(World w, Random r) {
            var b = pick(w, r, x -> !x.labels().isEmpty() && x.itmoReference() == null && x.status() != BlockStatus.REVOKED
                    && w.authorizationOf(x).map(a -> a.vintageTo() != null).orElse(false))
                    .orElseGet(() -> w.label(fresh(w, r, "1"), w.authorizationOf(w.blocks.get(w.blocks.size() - 1)).orElseThrow(), true));
            int after = w.authorizationOf(b).orElseThrow().vintageTo() + 1;
            w.replace(b, World.withVintage(b, after));
            return expected(b, b.range());
        }
    },
    LABEL_OVER_CAP(DiscrepancyType.LABEL_OVER_CAP) {
        @Override
        Expected inject(World w, Random r) {
            var labelled = pick(w, r, x -> !x.labels().isEmpty() && World.oneTonneUnits(x) && x.status() != BlockStatus.REVOKED)
                    .orElseGet(() -> w.label(fresh(w, r, "1"), w.authorizationOf(w.blocks.get(w.blocks.size() - 1)).orElseThrow(), true));
            var a = w.authorizationOf(labelled).orElseThrow();
            var under = w.blocks.stream().filter(x -> !x.labels().isEmpty() && x.status() != BlockStatus.REVOKED
                    && a.covers(x.program(), x.projectId(), x.hostCountry())).sorted(LabelPlan.ISSUANCE_ORDER).toList();
            long total = under.stream().mapToLong(BlockRecord::quantity).sum();
            var last = under.get(under.size() - 1);
            long over = 1 + r.nextInt((int) Math.min(last.quantity(), 1_000_000));
            w.cap(a, total - over);
            return expected(last, SerialRange.of(last.blockEnd() - over + 1, last.blockEnd()));
        }
    },
    CA_OUT_OF_ORDER(DiscrepancyType.CA_OUT_OF_ORDER) {
        @Override
        Expected inject(World w, Random r) {
            var b = pick(w, r, x -> !x.labels().isEmpty() && x.itmoReference() == null && x.status() != BlockStatus.REVOKED)
                    .orElseGet(() -> w.label(fresh(w, r, "1"), w.authorizationOf(w.blocks.get(w.blocks.size() - 1)).orElseThrow(), true));
            addLabel(w, b, new BlockLabel(LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name(), "Correspondingly adjusted", null));
            return expected(b, b.range());
        }
    },
    REVOKED_STILL_LABELLED(DiscrepancyType.REVOKED_STILL_LABELLED) {
        @Override
        Expected inject(World w, Random r) {
            var b = pick(w, r, x -> !x.labels().isEmpty() && x.itmoReference() == null)
                    .orElseGet(() -> w.label(fresh(w, r, "1"), w.authorizationOf(w.blocks.get(w.blocks.size() - 1)).orElseThrow(), true));
            w.replace(b, World.with(b, b.labels(), b.itmoReference(), BlockStatus.REVOKED, b.retirement()));
            return expected(b, b.range());
        }
    },
    REVOKED_STILL_PAIRED(DiscrepancyType.REVOKED_STILL_PAIRED) {
        @Override
        Expected inject(World w, Random r) {
            var b = paired(w, r);
            var stored = w.pairOf(b);
            w.authorizations.add(World.authorization("AUTH-REVOKED", 2, AuthorizationStatus.REVOKED, "GS", "nowhere",
                    Set.of(Purpose.NDC), null, null, null));
            w.pairs.set(w.pairs.indexOf(stored), new StoredPair(stored.pair(), "AUTH-REVOKED", true));
            return expected(b, b.range());
        }
    },
    UNIT_MISMATCH(DiscrepancyType.UNIT_MISMATCH) {
        @Override
        Expected inject(World w, Random r) {
            var b = pick(w, r, x -> !World.oneTonneUnits(x) && x.status() == BlockStatus.ISSUED && x.itmoReference() == null)
                    .orElseGet(() -> fresh(w, r, "0.001"));
            var pair = ItmoPair.mint(World.APPROACH, World.REGISTRY_ID, World.PARTY, b.vintageYear(), b.program(), b.issuanceId(), b.range());
            w.pairs.add(new StoredPair(pair, "AUTH-M", true));
            return expected(b, b.range());
        }
    };

    private final DiscrepancyType type;

    Faults(DiscrepancyType type) {
        this.type = type;
    }

    DiscrepancyType type() {
        return type;
    }

    abstract Expected inject(World w, Random r);

    /** Where the reconciler must report the fault. */
    record Expected(DiscrepancyType type, String registry, String issuance, SerialRange units) {
    }

    Expected expected(BlockRecord b, SerialRange units) {
        String issuance = Reconciler.GLOBALLY_NUMBERED.contains(b.program()) ? null : b.issuanceId();
        return new Expected(type, b.program(), issuance, units);
    }

    static Optional<BlockRecord> pick(World w, Random r, Predicate<BlockRecord> fits) {
        var candidates = w.blocks.stream().filter(fits).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(r.nextInt(candidates.size())));
    }

    /** A new block of its own project and authorization, after every unit of its registry. */
    static BlockRecord fresh(World w, Random r, String unitSize) {
        String project = "F" + w.blocks.size();
        var a = w.authorize("AUTH-" + project, "KVS", project, Set.of(Purpose.NDC, Purpose.OIMP), 2018, 2025, null);
        String issuance = String.valueOf(5000 + w.blocks.size());
        return w.issue("KVS", project, issuance, 1, 1 + r.nextInt(3000), 2022, unitSize);
    }

    static ItmoAction firstTransfer(World w, Random r) {
        var transfers = w.actions.stream().filter(a -> a.type().equals("FIRST_TRANSFER")).toList();
        if (transfers.isEmpty()) {
            paired(w, r);
            // a block another fault paired holds no first transfer: one made for the purpose does
            return w.actions.stream().anyMatch(a -> a.type().equals("FIRST_TRANSFER")) ? firstTransfer(w, r) : freshFirstTransfer(w, r);
        }
        return transfers.get(r.nextInt(transfers.size()));
    }

    static ItmoAction firstTransferOfActive(World w, Random r) {
        var transfers = w.actions.stream().filter(a -> a.type().equals("FIRST_TRANSFER"))
                .filter(a -> w.blockAt(a).status() == BlockStatus.ISSUED).toList();
        if (transfers.isEmpty()) {
            return freshFirstTransfer(w, r);
        }
        return transfers.get(r.nextInt(transfers.size()));
    }

    private static ItmoAction freshFirstTransfer(World w, Random r) {
        var b = fresh(w, r, "1");
        var a = w.authorizationOf(b).orElseThrow();
        w.firstTransfer(w.label(b, a, true), a);
        return w.actions.get(w.actions.size() - 1);
    }

    static BlockRecord paired(World w, Random r) {
        return pick(w, r, x -> x.itmoReference() != null && x.status() != BlockStatus.REVOKED && !w.claimed(x))
                .orElseGet(() -> {
                    var b = fresh(w, r, "1");
                    var a = w.authorizationOf(b).orElseThrow();
                    return w.firstTransfer(w.label(b, a, true), a);
                });
    }

    static void addLabel(World w, BlockRecord b, BlockLabel label) {
        var labels = new ArrayList<>(b.labels());
        labels.add(label);
        w.replace(b, World.with(b, labels, b.itmoReference(), b.status(), b.retirement()));
    }

    static String laterVintage(String itmoId) {
        var id = ItmoIdentifier.parse(itmoId);
        return new ItmoIdentifier(id.cooperativeApproach(), id.registryId(), id.party(), id.serial(), id.vintage() + 1).toString();
    }

    static List<Faults> all() {
        return List.of(values());
    }
}
