package org.a6gateway.units;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registry's serial number read into its fields. {@code original} is the text exactly as
 * published (surrounding spaces included); {@code registry} is the underlying-unit registry as
 * the AEF names it ({@code VCS}, {@code GS}, {@code CDM}, {@code CAR}, {@code ACR}, …);
 * {@code country} is the host country's ISO alpha-2 code where the format carries one.
 * {@code details} keeps the format's other fields by name.
 */
public record Serial(String original, SerialFormat format, String registry, String unitType, String project,
                     String country, Vintage vintage, String issuance, SerialRange range, UnitSize unitSize,
                     Map<String, String> details) {

    public Serial {
        details = Map.copyOf(details);
    }

    public long quantity() {
        return range.quantity();
    }

    public BigDecimal tonnes() {
        return unitSize.tonnes(range);
    }

    /**
     * The serial of the block running from this serial's first unit to {@code last}'s last, where
     * a registry gives a block as the serials of its first and last units (CADT does).
     */
    public Serial through(Serial last) {
        return new Serial(original, format, registry, unitType, project, country, vintage, issuance,
                SerialRange.of(range.start(), last.range().end()), unitSize, details);
    }

    /** The serial of the units {@code part} of this block, written as the registry writes a split block. */
    public String withRange(SerialRange part) {
        return SerialText.withRange(this, part);
    }

    /**
     * The serial as the gateway writes it: without surrounding whitespace, its country code in
     * upper case (a field of two letters equal to it, in any case). {@link #original} keeps the text
     * as the registry published it.
     */
    public String normalised() {
        var text = original.strip();
        if (country == null) {
            return text;
        }
        var separator = format == SerialFormat.PURO ? "_" : "-";
        var fields = text.split(java.util.regex.Pattern.quote(separator), -1);
        for (int i = 0; i < fields.length; i++) {
            var field = fields[i].strip();
            if (field.length() == 2 && field.equalsIgnoreCase(country)) {
                fields[i] = fields[i].replace(field, country);
            }
        }
        return String.join(separator, fields);
    }

    /** The fields as an ordered map, for the CLI's and the API's JSON. */
    public Map<String, Object> describe() {
        var map = new LinkedHashMap<String, Object>();
        map.put("original", original);
        map.put("format", format.name());
        map.put("registry", registry);
        map.put("unitType", unitType);
        map.put("project", project);
        map.put("country", country);
        map.put("vintage", vintage == null ? null : vintage.toString());
        map.put("issuance", issuance);
        map.put("start", range.start());
        map.put("end", range.end());
        map.put("quantity", range.quantity());
        map.put("unitSize", unitSize.toString());
        map.put("tonnes", tonnes().toPlainString());
        map.put("fields", new java.util.TreeMap<>(details));
        return map;
    }
}
