package org.a6gateway.blocks;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CreditBlocks extends JpaRepository<CreditBlock, Long> {

    List<CreditBlock> findBySourceRegistryAndBlockIdIn(String sourceRegistry, Collection<String> blockIds);

    /** Serials are matched without surrounding spaces: one real Verra serial is published with one. */
    @Query("select b from CreditBlock b where trim(b.serial) = :serial")
    List<CreditBlock> findByTrimmedSerial(String serial);

    List<CreditBlock> findByProgramAndProjectIdAndHostCountry(String program, String projectId, String hostCountry);

    @Query("select b from CreditBlock b order by b.program, b.issuanceId, b.blockStart")
    Stream<CreditBlock> streamAll();
}
