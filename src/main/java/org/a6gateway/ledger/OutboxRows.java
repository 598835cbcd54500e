package org.a6gateway.ledger;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRows extends JpaRepository<OutboxCommand, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    List<OutboxCommand> findByRegistryAndStatusOrderById(String registry, OutboxCommand.Status status, Limit limit);

    List<OutboxCommand> findByStatusInOrderById(Collection<OutboxCommand.Status> statuses);

    long countByStatus(OutboxCommand.Status status);
}
