package org.a6gateway.quarantine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a page's items one at a time, so one bad record is refused and the rest of the page is
 * ingested. A record key (id and version) that appears twice in a page with different contents is
 * refused every time (the registry contradicts itself and neither copy can be trusted); an exact
 * repeat is read once. Two versions of one record in a page are not duplicates: the store keeps
 * the higher.
 */
public final class RecordByRecord {

    private RecordByRecord() {
    }

    /**
     * @param idOf the record's id, or null when it has none that can be read
     * @param keyOf what must be unique in a page: the id and the version
     * @param translate binds and checks one record; throws {@link RecordRefused}, or an
     *                  {@link IllegalArgumentException} from the model naming what is wrong
     */
    public static <T> PageReading<T> read(JsonNode items, Function<JsonNode, String> idOf, Function<JsonNode, String> keyOf,
                                          Function<JsonNode, T> translate) {
        var accepted = new ArrayList<T>();
        var refused = new ArrayList<Refusal>();
        Set<String> contradicted = contradictedKeys(items, keyOf);
        Set<String> seen = new HashSet<>();
        for (JsonNode item : items) {
            String id = idOf.apply(item);
            String key = keyOf.apply(item);
            if (key != null && contradicted.contains(key)) {
                refused.add(new Refusal(id, QuarantineReason.DUPLICATE_ID, "'" + RecordShape.abbreviate(key)
                        + "' appears more than once in the page with different contents", item.toString()));
            } else if (key == null || seen.add(key)) {
                readOne(item, id, translate, accepted, refused);
            }
        }
        return new PageReading<>(accepted, refused);
    }

    private static <T> void readOne(JsonNode item, String id, Function<JsonNode, T> translate, List<T> accepted,
                                    List<Refusal> refused) {
        try {
            accepted.add(translate.apply(item));
        } catch (RecordRefused e) {
            refused.add(Refusal.of(id, e, item.toString()));
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
            refused.add(new Refusal(id, QuarantineReason.INVALID_VALUE, String.valueOf(e.getMessage()), item.toString()));
        }
    }

    private static Set<String> contradictedKeys(JsonNode items, Function<JsonNode, String> keyOf) {
        Map<String, JsonNode> first = new HashMap<>();
        Set<String> contradicted = new HashSet<>();
        for (JsonNode item : items) {
            String id = keyOf.apply(item);
            if (id != null && first.putIfAbsent(id, item) != null && !first.get(id).equals(item)) {
                contradicted.add(id);
            }
        }
        return contradicted;
    }

    /** A text field of the record, when it is one: the record's id for the quarantine. */
    public static String text(JsonNode item, String field) {
        JsonNode value = item.isObject() ? item.get(field) : null;
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** "id version 3": the key of a versioned record, or null when either part cannot be read. */
    public static String versioned(JsonNode item, String id, String versionField) {
        JsonNode version = item.isObject() ? item.get(versionField) : null;
        return id == null || version == null ? null : id + " version " + version;
    }
}
