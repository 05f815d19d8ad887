package com.empowerfitness.guide.scheduling;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TherapistRepository extends JpaRepository<Therapist, Long> {

    List<Therapist> findByActiveTrueOrderByDisplayNameAsc();

    List<Therapist> findAllByOrderByDisplayNameAsc();

    Optional<Therapist> findFirstByStaffUsername(String staffUsername);
}
