package org.a6gateway.blocks;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CreditBlocks extends JpaRepository<CreditBlock, Long> {

    /** Serials are matched without surrounding spaces: one real Verra serial is published with one. */
    @Query("select b from CreditBlock b where trim(b.serial) = :serial")
    List<CreditBlock> findByTrimmedSerial(String serial);

    /** The blocks of a registry (and issuance, when given) holding any unit of [first, last]. */
    @Query("select b from CreditBlock b where (:program is null or b.program = :program)"
            + " and (:issuance is null or b.issuanceId = :issuance) and b.blockEnd >= :first and b.blockStart <= :last")
    Page<CreditBlock> findOverlapping(String program, String issuance, long first, long last, Pageable pageable);
}
