package com.empowerfitness.guide.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A content problem found by the last load, kept for the editors' page; the table is replaced on every load. */
@Entity
@Table(name = "content_error")
public class ContentErrorRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String path;

    private Integer line;

    @Column(name = "col")
    private Integer column;

    @Column(nullable = false)
    private String message;

    @Column(nullable = false)
    private Instant detectedAt;

    protected ContentErrorRecord() {}

    public ContentErrorRecord(ContentError error, Instant detectedAt) {
        this.path = error.path();
        this.line = error.line();
        this.column = error.column();
        this.message = error.reason();
        this.detectedAt = detectedAt;
    }

    public ContentError toError() {
        return new ContentError(path, line, column, message);
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return path;
    }

    public Integer getLine() {
        return line;
    }

    public Integer getColumn() {
        return column;
    }

    public String getMessage() {
        return message;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }
}
