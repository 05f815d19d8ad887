package com.empowerfitness.guide.scheduling;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkingHoursRepository extends JpaRepository<WorkingHours, Long> {

    List<WorkingHours> findByTherapistIdIn(Collection<Long> therapistIds);

    List<WorkingHours> findByTherapistIdOrderByDayOfWeekAscStartTimeAsc(long therapistId);
}
