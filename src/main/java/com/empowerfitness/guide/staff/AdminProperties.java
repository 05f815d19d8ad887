package com.empowerfitness.guide.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code guide.admin.*}, normally from GUIDE_ADMIN_USERNAME and GUIDE_ADMIN_PASSWORD in the environment. */
@ConfigurationProperties("guide.admin")
public record AdminProperties(String username, String password) {

    boolean isGiven() {
        return this.username != null && !this.username.isBlank() && this.password != null && !this.password.isBlank();
    }
}
