package org.a6gateway.nationalrecords;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.units.Purpose;

/** Purposes stored as a sorted comma list ("NDC,OIMP") so equal sets give equal columns. */
@Converter
class PurposesConverter implements AttributeConverter<Set<Purpose>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Purpose> purposes) {
        return EnumSet.copyOf(purposes).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Purpose> convertToEntityAttribute(String column) {
        return Arrays.stream(column.split(",")).map(Purpose::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Purpose.class)));
    }
}
