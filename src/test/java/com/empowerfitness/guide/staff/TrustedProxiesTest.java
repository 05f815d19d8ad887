package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void addressesBecomeSingleAddressRangesAndRangesStay() {
        assertThat(TrustedProxies.cidrRanges(List.of(" 10.0.0.5", "2001:db8::1", "10.1.0.0/16", "")))
                .isEqualTo("10.0.0.5/32,2001:db8::1/128,10.1.0.0/16");
    }

    @Test
    void nothingNamedTrustsNoOne() {
        assertThat(TrustedProxies.cidrRanges(List.of())).isEmpty();
    }

    @Test
    void aHostNameOrPatternIsRefusedWithTheKeyInTheMessage() {
        for (String wrong : List.of("proxy.internal", "10\\.0\\..*", "10.0.0.300")) {
            assertThatThrownBy(() -> TrustedProxies.cidrRanges(List.of(wrong)))
                    .as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("guide.proxy.trusted-addresses");
        }
    }
}
