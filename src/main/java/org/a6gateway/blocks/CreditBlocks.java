package org.a6gateway.blocks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CreditBlocks extends JpaRepository<CreditBlock, Long>, JpaSpecificationExecutor<CreditBlock> {

    /** Serials are matched without surrounding spaces: one real Verra serial is published with one. */
    @Query("select b from CreditBlock b where trim(b.serial) = :serial")
    List<CreditBlock> findByTrimmedSerial(String serial);
}
