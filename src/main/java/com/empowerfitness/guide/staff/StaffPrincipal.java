package com.empowerfitness.guide.staff;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member, with the security stamp their session was created with. */
final class StaffPrincipal implements UserDetails {

    private static final long serialVersionUID = 1L;

    private final String username;

    private final transient String passwordHash;

    private final boolean enabled;

    private final String securityStamp;

    private final List<SimpleGrantedAuthority> authorities;

    StaffPrincipal(StaffUser user) {
        this.username = user.getUsername();
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isEnabled();
        this.securityStamp = user.getSecurityStamp();
        this.authorities = user.getRoles().stream()
                .sorted()
                .map((role) -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    String getSecurityStamp() {
        return this.securityStamp;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return this.authorities;
    }

    @Override
    public String getPassword() {
        return this.passwordHash;
    }

    @Override
    public String getUsername() {
        return this.username;
    }

    @Override
    public boolean isEnabled() {
        return this.enabled;
    }
}
