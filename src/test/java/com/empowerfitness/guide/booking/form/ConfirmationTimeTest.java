package com.empowerfitness.guide.booking.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.booking.ConsultationRequestRepository;
import com.empowerfitness.guide.booking.MovedClockSiteTest;
import com.empowerfitness.guide.support.EditorSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

class ConfirmationTimeTest extends MovedClockSiteTest {

    @Autowired
    ConsultationRequestRepository requests;

    @Test
    void requestIsStampedWithTheClockAndItsConfirmationEndsAfterItsTimeToLive() throws Exception {
        String location = this.mockMvc
                .perform(booking("Ttl Patient"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        ConsultationRequest stored = this.requests
                .findByConfirmationToken(location.substring(location.lastIndexOf('/') + 1))
                .orElseThrow();
        assertThat(stored.getCreatedAt()).isEqualTo(this.clock.instant());
        assertThat(stored.getConsentedAt()).isEqualTo(this.clock.instant());

        this.clock.set(EditorSiteTest.NOW.plusHours(24).minusMinutes(1));
        assertThat(this.mockMvc.perform(get(location)).andReturn().getResponse().getContentAsString())
                .contains(stored.getReference());

        this.clock.set(EditorSiteTest.NOW.plusHours(24).plusMinutes(1));
        MockHttpServletResponse expired =
                this.mockMvc.perform(get(location)).andReturn().getResponse();
        assertThat(expired.getStatus()).isEqualTo(404);
        assertThat(expired.getContentAsString())
                .doesNotContain(stored.getReference())
                .contains("we have it");
        assertThat(this.requests.existsById(stored.getId()))
                .as("the request itself is kept")
                .isTrue();
    }
}
