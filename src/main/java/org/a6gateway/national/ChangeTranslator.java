package org.a6gateway.national;

import com.fasterxml.jackson.databind.JsonNode;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.national.client.model.Change;
import org.a6gateway.national.client.model.ItmoPairWithdrawal;
import org.a6gateway.nationalrecords.ItmoWithdrawals;
import org.a6gateway.nationalrecords.Withdrawal;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.RecordByRecord;
import org.a6gateway.quarantine.RecordRefused;
import org.a6gateway.quarantine.RecordShape;

/** Checks one change of the national feed strictly (types, text, domain) and translates it; throws RecordRefused. */
final class ChangeTranslator {

    private ChangeTranslator() {
    }

    static NationalChange toChange(String registry, JsonNode node, UpstreamJson json) {
        RecordShape.check(node, Change.class);
        var change = json.bind(node, Change.class);
        String id = recordId(node);
        return switch (change.getKind()) {
            case AUTHORIZATION -> {
                ChangeChecks.authorization(present(change.getAuthorization(), "authorization"));
                yield NationalChange.of(id, AuthorizationTranslator.toRecord(registry, change.getAuthorization()));
            }
            case ACTION -> {
                ChangeChecks.action(present(change.getAction(), "action"));
                yield NationalChange.of(id, ItmoRecordTranslator.toAction(change.getAction()));
            }
            case CORRESPONDING_ADJUSTMENT -> {
                var adjustment = present(change.getCorrespondingAdjustment(), "correspondingAdjustment");
                ChangeChecks.adjustment(adjustment);
                yield NationalChange.of(id, ItmoRecordTranslator.toAdjustment(adjustment),
                        Boolean.TRUE.equals(adjustment.getSynthetic()));
            }
            case ITMO_PAIR -> {
                ChangeChecks.pair(present(change.getItmoPair(), "itmoPair"));
                yield NationalChange.of(id, pair(change.getItmoPair()), change.getItmoPair().getAuthorizationId());
            }
            case ITMO_PAIR_WITHDRAWAL -> {
                var w = present(change.getItmoPairWithdrawal(), "itmoPairWithdrawal");
                ChangeChecks.withdrawal(w);
                yield NationalChange.of(id, withdrawal(w));
            }
        };
    }

    /**
     * The pair's sides must agree: units = quantity x unitsPerItmo (the pair checks its ITMO block
     * against its units), and quantity is the ITMO count, t CO2e.
     */
    private static org.a6gateway.units.ItmoPair pair(org.a6gateway.national.client.model.ItmoPair p) {
        var pair = ItmoRecordTranslator.toPair(p);
        if (pair.itmo().quantity() != p.getQuantity()) {
            throw new RecordRefused(QuarantineReason.INVALID_QUANTITY, "field 'itmoPair.quantity': " + p.getQuantity()
                    + " but the pair holds " + pair.itmo().quantity() + " ITMOs for " + pair.units().quantity() + " units");
        }
        return pair;
    }

    private static ItmoWithdrawals.Recorded withdrawal(ItmoPairWithdrawal w) {
        var part = ItmoRecordTranslator.toPart(w);
        if (part.itmo().quantity() != w.getQuantity()) {
            throw new RecordRefused(QuarantineReason.INVALID_QUANTITY, "field 'itmoPairWithdrawal.quantity': "
                    + w.getQuantity() + " but the withdrawal names " + part.itmo().quantity() + " ITMOs for "
                    + part.units().quantity() + " units");
        }
        return new ItmoWithdrawals.Recorded(new Withdrawal(part, w.getAuthorizationId(), w.getCause()), w.getWithdrawnOn());
    }

    private static <T> T present(T part, String field) {
        if (part == null) {
            throw new RecordRefused(QuarantineReason.MISSING_FIELD, "field '" + field + "' is missing (named by 'kind')");
        }
        return part;
    }

    /** "AUTHORIZATION/GH-2024-01": the kind and the id of the part it names, when both can be read. */
    static String recordId(JsonNode node) {
        String kind = RecordByRecord.text(node, "kind");
        if (kind == null) {
            return null;
        }
        JsonNode part = switch (kind) {
            case "AUTHORIZATION" -> node.get("authorization");
            case "ACTION" -> node.get("action");
            case "CORRESPONDING_ADJUSTMENT" -> node.get("correspondingAdjustment");
            case "ITMO_PAIR" -> node.get("itmoPair");
            case "ITMO_PAIR_WITHDRAWAL" -> node.get("itmoPairWithdrawal");
            default -> null;
        };
        String idField = switch (kind) {
            case "AUTHORIZATION" -> "authorizationId";
            case "ACTION" -> "actionId";
            case "CORRESPONDING_ADJUSTMENT" -> "adjustmentId";
            default -> "firstItmoId";
        };
        String id = part == null ? null : RecordByRecord.text(part, idField);
        return id == null ? null : kind + "/" + id;
    }

    /** What must be unique in a page: an authorization may come again in a higher version. */
    static String recordKey(JsonNode node) {
        String id = recordId(node);
        JsonNode authorization = node.isObject() ? node.get("authorization") : null;
        return id != null && id.startsWith("AUTHORIZATION/") && authorization != null
                ? RecordByRecord.versioned(authorization, id, "version") : id;
    }
}
