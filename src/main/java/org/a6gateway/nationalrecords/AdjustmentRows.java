package org.a6gateway.nationalrecords;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdjustmentRows extends JpaRepository<AdjustmentRow, Long> {

    /** By id alone (ix_corresponding_adjustment_adjustment_id), as ItmoActionRows.findByActionIdIn. */
    List<AdjustmentRow> findByAdjustmentIdIn(Collection<String> adjustmentIds);
}
