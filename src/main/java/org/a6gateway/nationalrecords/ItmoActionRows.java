package org.a6gateway.nationalrecords;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItmoActionRows extends JpaRepository<ItmoActionRow, Long> {

    /** By id alone (ix_itmo_action_action_id): H2 reads an IN list through an index its column leads. */
    List<ItmoActionRow> findByActionIdIn(Collection<String> actionIds);
}
