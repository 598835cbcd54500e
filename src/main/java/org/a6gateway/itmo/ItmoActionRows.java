package org.a6gateway.itmo;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItmoActionRows extends JpaRepository<ItmoActionRow, Long> {

    boolean existsBySourceRegistryAndActionId(String sourceRegistry, String actionId);

    List<ItmoActionRow> findByActionTypeOrderById(String actionType);

    List<ItmoActionRow> findAllByOrderById();
}
