package org.a6gateway.authorization;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Authorizations extends JpaRepository<Authorization, Long> {

    List<Authorization> findBySourceRegistryAndAuthorizationIdIn(String sourceRegistry, Collection<String> ids);
}
