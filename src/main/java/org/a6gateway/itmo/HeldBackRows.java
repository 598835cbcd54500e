package org.a6gateway.itmo;

import org.springframework.data.jpa.repository.JpaRepository;

interface HeldBackRows extends JpaRepository<HeldBackRow, Long> {
}
