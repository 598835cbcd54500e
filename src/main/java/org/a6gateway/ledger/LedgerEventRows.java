package org.a6gateway.ledger;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerEventRows extends JpaRepository<LedgerEvent, Long> {

    @Query("select e from LedgerEvent e order by e.sequence")
    Stream<LedgerEvent> streamInOrder();

    List<LedgerEvent> findBySequenceGreaterThanOrderBySequence(long sequence, Limit limit);

    List<LedgerEvent> findBySubjectStartingWithAndSequenceGreaterThanOrderBySequence(String subject, long sequence, Limit limit);

    @Query("select distinct e.subject from LedgerEvent e where e.registry = ?1 and e.kind = ?2")
    List<String> subjects(String registry, String kind);
}
