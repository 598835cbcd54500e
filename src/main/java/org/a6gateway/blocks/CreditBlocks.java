package org.a6gateway.blocks;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CreditBlocks extends JpaRepository<CreditBlock, Long> {

    /**
     * The blocks of a page, by id alone (ix_credit_block_block_id): H2 reads an IN list through an
     * index only when it leads the index, and with the source registry first (uq_credit_block) every
     * page scanned the whole table. The caller keeps those of its registry.
     */
    List<CreditBlock> findByBlockIdIn(Collection<String> blockIds);

    /** Serials are matched without surrounding spaces: one real Verra serial is published with one. */
    @Query("select b from CreditBlock b where trim(b.serial) = :serial")
    List<CreditBlock> findByTrimmedSerial(String serial);

    /** Many projects' blocks with their labels in one query (ix_credit_block_project_id); the caller keeps the registries and countries it wants. */
    @Query("select distinct b from CreditBlock b left join fetch b.labels where b.projectId in :projectIds"
            + " order by b.program, b.projectId, b.hostCountry, b.issuanceId, b.blockStart, b.id")
    List<CreditBlock> findWithLabelsByProjectIdIn(Collection<String> projectIds);

    List<CreditBlock> findByProgramAndProjectIdAndHostCountry(String program, String projectId, String hostCountry);

    @Query("select b from CreditBlock b order by b.program, b.issuanceId, b.blockStart")
    Stream<CreditBlock> streamAll();

    /**
     * Every block in the reconciler's sweep order: by program and issuance, except that the
     * programs numbered across issuances (Verra) go by first unit alone, their issuances merged.
     * The labels come in the same rows: read lazily they cost one query per block. The id last
     * keeps a block's label rows together, as a streamed fetch join needs.
     */
    @Query("select b from CreditBlock b left join fetch b.labels order by b.program,"
            + " case when b.program in :globallyNumbered then '' else b.issuanceId end, b.blockStart, b.issuanceId, b.id")
    Stream<CreditBlock> streamInSerialOrder(Collection<String> globallyNumbered);

    /** The blocks of a registry (and issuance, when given) holding any unit of [first, last]. */
    @Query("select b from CreditBlock b where (:program is null or b.program = :program)"
            + " and (:issuance is null or b.issuanceId = :issuance) and b.blockEnd >= :first and b.blockStart <= :last")
    Page<CreditBlock> findOverlapping(String program, String issuance, long first, long last, Pageable pageable);
}
