package com.empowerfitness.guide.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A therapist patients can book: a public display name, optionally linked to a staff account. */
@Entity
@Table(name = "therapist")
public class Therapist {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String displayName;

    private String staffUsername;

    private boolean active;

    protected Therapist() {}

    public Therapist(String displayName, String staffUsername) {
        this.displayName = displayName;
        this.staffUsername = staffUsername;
        this.active = true;
    }

    public void update(String displayName, String staffUsername, boolean active) {
        this.displayName = displayName;
        this.staffUsername = staffUsername;
        this.active = active;
    }

    public Long getId() {
        return this.id;
    }

    public String getDisplayName() {
        return this.displayName;
    }

    public String getStaffUsername() {
        return this.staffUsername;
    }

    public boolean isActive() {
        return this.active;
    }
}
