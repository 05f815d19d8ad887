package com.empowerfitness.guide.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MailOutboxRepository extends JpaRepository<MailOutbox, Long> {

    @Query("select m from MailOutbox m where m.sentAt is null and m.attempts < :maxAttempts "
            + "and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<MailOutbox> findDue(@Param("now") Instant now, @Param("maxAttempts") int maxAttempts, Pageable pageable);

    List<MailOutbox> findByRequestId(Long requestId);

    List<MailOutbox> findByAppointmentIdOrderByIdAsc(Long appointmentId);

    @Modifying
    @Query("delete from MailOutbox m where m.requestId = :requestId")
    int deleteByRequestId(@Param("requestId") Long requestId);

    /** Sent mail and mail that gave up are kept a while for diagnosis, then removed (they hold addresses). */
    @Modifying
    @Query(
            "delete from MailOutbox m where m.createdAt < :cutoff and (m.sentAt is not null or m.attempts >= :maxAttempts)")
    int deleteFinishedBefore(@Param("cutoff") Instant cutoff, @Param("maxAttempts") int maxAttempts);
}
