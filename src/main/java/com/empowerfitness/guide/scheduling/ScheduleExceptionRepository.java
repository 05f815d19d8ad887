package com.empowerfitness.guide.scheduling;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleExceptionRepository extends JpaRepository<ScheduleException, Long> {

    List<ScheduleException> findByTherapistIdInAndDateBetween(
            Collection<Long> therapistIds, LocalDate from, LocalDate until);

    List<ScheduleException> findByTherapistIdAndDateGreaterThanEqualOrderByDateAsc(long therapistId, LocalDate from);
}
