package com.empowerfitness.guide.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/", "/staff/bookings/7", "/book", "/book/privacy", "/login", "/logout"})
    void staffAreaSignInAndBookingFormArePrivate(String path) {
        assertThat(PublicPaths.isPrivate(path)).isTrue();
        assertThat(PublicPaths.privatePages().matches(new MockHttpServletRequest("GET", path)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/causes", "/faq", "/booking-help", "/staffing", "/login-help", "/feed.xml"})
    void guidePagesAndLookAlikeAddressesArePublic(String path) {
        assertThat(PublicPaths.isPrivate(path)).isFalse();
        assertThat(PublicPaths.isPublic(new MockHttpServletRequest("GET", path)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/st%61ff", "/st%61ff/bookings", "/staff;x=1/users"})
    void anEncodedAddressIsJudgedAsSpringMvcMapsIt(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);

        assertThat(PublicPaths.staffArea().matches(request)).isTrue();
        assertThat(PublicPaths.isPublic(request)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles/causes", "/staffing"})
    void onlyTheStaffAreaNeedsASignIn(String path) {
        assertThat(PublicPaths.staffArea().matches(new MockHttpServletRequest("GET", path)))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/es/reservar", "/es/reservar/gestionar/abc/mover", "/ar/book/initial-assessment"})
    void theBookingPagesOfEveryLanguageArePrivateTheirLookAlikesNot(String path) {
        assertThat(PublicPaths.isPrivate(path)).isTrue();
        assertThat(PublicPaths.isPatientPage(path)).isTrue();
        assertThat(PublicPaths.isPrivate(path.replace("reservar", "reservas").replace("/book", "/booking")))
                .isFalse();
    }

    @org.junit.jupiter.api.Test
    void theSpanishBookingAddressIsReadFromItsAddressTable() {
        assertThat(PublicPaths.localizedBooking()).contains("/es/reservar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/schedule", "/login", "/logout"})
    void staffPagesAndSigningInAreNotPatientPages(String path) {
        assertThat(PublicPaths.isPatientPage(path)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theBookingFormIsPrivateButOutsideTheStaffArea() {
        assertThat(PublicPaths.staffArea().matches(new MockHttpServletRequest("GET", "/book")))
                .isFalse();
        assertThat(PublicPaths.isPrivate("/book")).isTrue();
    }
}
