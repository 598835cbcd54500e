package org.a6gateway.itmo;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ItmoPairRows extends JpaRepository<ItmoPairRow, Long>, JpaSpecificationExecutor<ItmoPairRow> {

    List<ItmoPairRow> findByFirstItmoIdIn(Collection<String> firstItmoIds);

    /** The pairs holding a unit of an underlying registry (of any issuance: the ITMO serial tells which). */
    @Query("select p from ItmoPairRow p where p.underlyingRegistry = :registry and p.unitStart <= :unit and p.unitEnd >= :unit")
    List<ItmoPairRow> findHoldingUnit(String registry, long unit);
}
