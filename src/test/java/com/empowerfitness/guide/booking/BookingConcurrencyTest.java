package com.empowerfitness.guide.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.empowerfitness.guide.support.SharedContextTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class BookingConcurrencyTest extends SharedContextTest {

    @Autowired
    BookingService bookings;

    @Autowired
    ConsultationRequestRepository requests;

    @Test
    void hundredSimultaneousRequestsGiveHundredRowsWithUniqueReferences() throws Exception {
        int count = 100;
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BookingService.Submission>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                BookingForm form = new BookingForm();
                form.setName("Concurrent patient " + i);
                form.setPhone("555 000 " + String.format("%04d", i));
                form.setConsent("yes");
                futures.add(pool.submit(() -> {
                    start.await();
                    return this.bookings.submit(form);
                }));
            }
            start.countDown();
            List<BookingService.Submission> submissions = new ArrayList<>();
            for (Future<BookingService.Submission> future : futures) {
                submissions.add(future.get(60, TimeUnit.SECONDS));
            }

            assertThat(submissions).extracting(BookingService.Submission::reference).doesNotHaveDuplicates()
                    .hasSize(count);
            List<ConsultationRequest> stored = this.requests.findAllById(
                    submissions.stream().map(BookingService.Submission::id).toList());
            assertThat(stored).hasSize(count);
            assertThat(stored).extracting(ConsultationRequest::getName).doesNotHaveDuplicates()
                    .allMatch((name) -> name.startsWith("Concurrent patient "));
        }
        finally {
            pool.shutdownNow();
        }
    }
}
