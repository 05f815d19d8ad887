package com.empowerfitness.guide.scheduling;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppointmentTypeTextRepository extends JpaRepository<AppointmentTypeText, Long> {

    List<AppointmentTypeText> findByTypeId(long typeId);

    Optional<AppointmentTypeText> findByTypeIdAndLanguage(long typeId, String language);

    List<AppointmentTypeText> findByLanguageAndTypeIdIn(String language, Collection<Long> typeIds);
}
