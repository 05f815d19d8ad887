package com.empowerfitness.guide.editor.signoff;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRequestRepository extends JpaRepository<ReviewRequest, String> {}
