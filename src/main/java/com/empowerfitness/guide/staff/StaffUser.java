package com.empowerfitness.guide.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A clinic staff member who signs in at /login. Only a BCrypt hash of the password is stored. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private String passwordHash;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    private boolean enabled;

    private boolean mustChangePassword;

    /** Changes whenever the password, roles or enabled state change: older sessions end at once. */
    @Column(nullable = false)
    private String securityStamp;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    /** How the person is named where their work is credited (a clinical sign-off, a commit); optional. */
    @Column(name = "display_name")
    private String displayName;

    protected StaffUser() {}

    StaffUser(
            String username, String passwordHash, Set<StaffRole> roles, boolean mustChangePassword, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.securityStamp = UUID.randomUUID().toString();
        this.createdAt = createdAt;
    }

    void changePassword(String newHash, boolean mustChangeAtNextLogin) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextLogin;
        renewStamp();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        renewStamp();
    }

    void addRole(StaffRole role) {
        // A new set rather than an in-place change, so the converted column is always seen as dirty.
        Set<StaffRole> updated = getRoles();
        updated.add(role);
        this.roles = updated;
        renewStamp();
    }

    private void renewStamp() {
        this.securityStamp = UUID.randomUUID().toString();
    }

    public Long getId() {
        return this.id;
    }

    public String getUsername() {
        return this.username;
    }

    String getPasswordHash() {
        return this.passwordHash;
    }

    public Set<StaffRole> getRoles() {
        return this.roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(this.roles);
    }

    public boolean isEnabled() {
        return this.enabled;
    }

    public boolean isMustChangePassword() {
        return this.mustChangePassword;
    }

    String getSecurityStamp() {
        return this.securityStamp;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public String getDisplayName() {
        return this.displayName;
    }

    /** The display name, or the username when none is set. */
    public String getCreditName() {
        return (this.displayName == null || this.displayName.isBlank()) ? this.username : this.displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = (displayName == null || displayName.isBlank()) ? null : displayName.strip();
    }

    public boolean hasRole(StaffRole role) {
        return this.roles.contains(role);
    }
}
