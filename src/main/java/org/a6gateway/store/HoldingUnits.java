package org.a6gateway.store;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.jpa.domain.Specification;

/**
 * The rows whose units [start, end] hold any of [first, last], narrowed by the columns given a
 * value and by no other. Written once for all as {@code (:issuance is null or issuance = :issuance)},
 * such a lookup let H2 narrow its index by the first column alone: each block lookup read every
 * block of the registry row by row (8 of the 13 s a million-block store's adjustments step took).
 */
public final class HoldingUnits<T> implements Specification<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String startColumn;
    private final String endColumn;
    private final long first;
    private final long last;
    private final Map<String, String> narrowing = new LinkedHashMap<>();

    private HoldingUnits(String startColumn, String endColumn, long first, long last) {
        this.startColumn = startColumn;
        this.endColumn = endColumn;
        this.first = first;
        this.last = last;
    }

    public static <T> HoldingUnits<T> of(String startColumn, String endColumn, long first, long last) {
        return new HoldingUnits<>(startColumn, endColumn, first, last);
    }

    /** Narrows to the rows whose column equals the value; a null value does not narrow. */
    public HoldingUnits<T> where(String column, String value) {
        if (value != null) {
            narrowing.put(column, value);
        }
        return this;
    }

    @Override
    public Predicate toPredicate(Root<T> row, CriteriaQuery<?> query, CriteriaBuilder where) {
        var conditions = new ArrayList<Predicate>();
        narrowing.forEach((column, value) -> conditions.add(where.equal(row.get(column), value)));
        conditions.add(where.ge(row.<Long>get(endColumn), first));
        conditions.add(where.le(row.<Long>get(startColumn), last));
        return where.and(conditions.toArray(Predicate[]::new));
    }
}
