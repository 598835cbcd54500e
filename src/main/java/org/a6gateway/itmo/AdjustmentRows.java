package org.a6gateway.itmo;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdjustmentRows extends JpaRepository<AdjustmentRow, Long> {

    boolean existsBySourceRegistryAndAdjustmentId(String sourceRegistry, String adjustmentId);

    List<AdjustmentRow> findAllByOrderById();
}
