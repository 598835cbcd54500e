package org.a6gateway.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRows extends JpaRepository<OutboxCommand, Long> {

    @Query("select c.idempotencyKey from OutboxCommand c where c.idempotencyKey in :keys")
    List<String> keysAmong(Collection<String> keys);

    List<OutboxCommand> findByRegistryAndStatusOrderById(String registry, OutboxCommand.Status status, Limit limit);

    Optional<OutboxCommand> findFirstByRegistryAndStatusOrderById(String registry, OutboxCommand.Status status);

    List<OutboxCommand> findByStatusInOrderById(Collection<OutboxCommand.Status> statuses);

    long countByStatus(OutboxCommand.Status status);

    long countByStatusAndJobExecutionId(OutboxCommand.Status status, Long jobExecutionId);

    long countByRegistryAndStatus(String registry, OutboxCommand.Status status);

    List<OutboxCommand> findByRegistryAndSubjectInAndStatusIn(String registry, Collection<String> subjects,
                                                               Collection<OutboxCommand.Status> statuses);

    @Query("select c from OutboxCommand c where (:registry is null or c.registry = :registry) and (:status is null or c.status = :status)")
    Page<OutboxCommand> findByRegistryAndStatus(String registry, OutboxCommand.Status status, Pageable pageable);

    List<OutboxCommand> findByRegistryAndStatusOrderById(String registry, OutboxCommand.Status status);
}
