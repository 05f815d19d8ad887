package com.empowerfitness.guide.staff;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Staff users from the database. Not a bean: only the throttled provider may use it. */
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUserRepository users;

    StaffUserDetailsService(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return this.users
                .findByUsername(normalise(username))
                .map(StaffPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such staff user"));
    }

    static String normalise(String username) {
        return (username == null) ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
