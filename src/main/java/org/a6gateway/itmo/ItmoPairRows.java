package org.a6gateway.itmo;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItmoPairRows extends JpaRepository<ItmoPairRow, Long> {

    List<ItmoPairRow> findByFirstItmoIdIn(Collection<String> firstItmoIds);

    List<ItmoPairRow> findAllByOrderById();

    /** The pairs holding a unit of an underlying registry (of any issuance: the ITMO serial tells which). */
    @Query("select p from ItmoPairRow p where p.underlyingRegistry = :registry and p.unitStart <= :unit and p.unitEnd >= :unit")
    List<ItmoPairRow> findHoldingUnit(String registry, long unit);

    /** The pairs holding any unit of [first, last], narrowed by registry, issuance and authorization where given. */
    @Query("select p from ItmoPairRow p where (:registry is null or p.underlyingRegistry = :registry)"
            + " and (:issuance is null or p.issuanceId = :issuance) and p.unitEnd >= :first and p.unitStart <= :last"
            + " and (:authorizationId is null or p.authorizationId = :authorizationId)")
    Page<ItmoPairRow> findOverlapping(String registry, String issuance, long first, long last, String authorizationId,
                                      Pageable pageable);
}
