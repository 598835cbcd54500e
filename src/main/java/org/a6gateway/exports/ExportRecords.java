package org.a6gateway.exports;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportRecords extends JpaRepository<ExportRecord, Long> {

    List<ExportRecord> findBySourceAndSerialIn(String source, Collection<String> serials);

    long countBySource(String source);

    /** The rows that carry a label, in a stable order (the others have nothing to compare). */
    List<ExportRecord> findByLabelsIsNotNullOrderBySourceAscSerialAscActivityAsc();
}
