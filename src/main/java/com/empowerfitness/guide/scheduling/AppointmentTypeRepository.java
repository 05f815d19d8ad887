package com.empowerfitness.guide.scheduling;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppointmentTypeRepository extends JpaRepository<AppointmentType, Long> {

    List<AppointmentType> findAllByOrderByDisplayOrderAscIdAsc();

    List<AppointmentType> findByOfferedOnlineTrueOrderByDisplayOrderAscIdAsc();

    Optional<AppointmentType> findBySlug(String slug);
}
