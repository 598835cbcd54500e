package org.a6gateway.national;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.quarantine.PageReading;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.Refusal;

/**
 * An authorization id is one authorization across every national registry the gateway reads:
 * the decisions, the ITMO pairs and the AEF name an authorization by its id alone. A national
 * registry publishing an id another one published first has that record refused, kept in the
 * quarantine with the registry that holds it, rather than merged with an authorization of another Party.
 */
final class PublishedOnce {

    private PublishedOnce() {
    }

    static PageReading<NationalChange> check(String registry, PageReading<NationalChange> reading, JsonNode items,
                                             AuthorizationStore authorizations) {
        var ids = reading.accepted().stream().map(NationalChange::authorization).filter(Objects::nonNull)
                .map(AuthorizationRecord::authorizationId).distinct().toList();
        Map<String, String> elsewhere = ids.isEmpty() ? Map.of() : authorizations.publishedElsewhere(registry, ids);
        if (elsewhere.isEmpty()) {
            return reading;
        }
        var accepted = new ArrayList<NationalChange>();
        var refused = new ArrayList<>(reading.refused());
        for (NationalChange change : reading.accepted()) {
            String other = change.authorization() == null ? null : elsewhere.get(change.authorization().authorizationId());
            if (other == null) {
                accepted.add(change);
            } else {
                refused.add(new Refusal(change.recordId(), QuarantineReason.DUPLICATE_ID, "authorization "
                        + change.authorization().authorizationId() + " is already published by national registry "
                        + other + ": one id names one authorization", raw(items, change.recordId())));
            }
        }
        return new PageReading<>(accepted, refused);
    }

    private static String raw(JsonNode items, String recordId) {
        for (JsonNode item : items) {
            if (Objects.equals(ChangeTranslator.recordId(item), recordId)) {
                return item.toString();
            }
        }
        return null;
    }
}
