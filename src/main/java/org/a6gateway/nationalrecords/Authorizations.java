package org.a6gateway.nationalrecords;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Authorizations extends JpaRepository<Authorization, Long> {

    /** By id alone (V22's index); the caller keeps its registry's. */
    List<Authorization> findByAuthorizationIdIn(Collection<String> ids);

    @Query("select a from Authorization a where (:party is null or a.party = :party) and (:status is null or a.status = :status)")
    Page<Authorization> findByPartyAndStatus(String party, AuthorizationStatus status, Pageable pageable);

    /** Ids are the national registry's; the gateway reads one national registry. */
    Optional<Authorization> findFirstByAuthorizationId(String authorizationId);
}
