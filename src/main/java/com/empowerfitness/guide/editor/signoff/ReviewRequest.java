package com.empowerfitness.guide.editor.signoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An editor's request that a clinician review a page; one open request per file, closed by the sign-off. Kept
 * in the database (not the file) so that asking changes nothing patients see and needs no commit.
 */
@Entity
@Table(name = "review_request")
public class ReviewRequest {

    @Id
    @Column(length = 200)
    private String path;

    @Column(nullable = false, length = 50)
    private String requestedBy;

    @Column(nullable = false)
    private LocalDate requestedOn;

    @Column(nullable = false)
    private Instant requestedAt;

    protected ReviewRequest() {}

    ReviewRequest(String path, String requestedBy, LocalDate requestedOn, Instant requestedAt) {
        this.path = path;
        this.requestedBy = requestedBy;
        this.requestedOn = requestedOn;
        this.requestedAt = requestedAt;
    }

    public String getPath() {
        return this.path;
    }

    public String getRequestedBy() {
        return this.requestedBy;
    }

    public LocalDate getRequestedOn() {
        return this.requestedOn;
    }

    public Instant getRequestedAt() {
        return this.requestedAt;
    }
}
