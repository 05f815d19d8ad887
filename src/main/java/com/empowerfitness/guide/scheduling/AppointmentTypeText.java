package com.empowerfitness.guide.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An appointment type's words in one language other than the default (whose words are the type's own). Each
 * field may be empty; patients then read the default language's words for it.
 */
@Entity
@Table(name = "appointment_type_text")
public class AppointmentTypeText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long typeId;

    @Column(nullable = false)
    private String language;

    private String name;

    private String description;

    private String location;

    protected AppointmentTypeText() {}

    public AppointmentTypeText(long typeId, String language) {
        this.typeId = typeId;
        this.language = language;
    }

    public void update(String name, String description, String location) {
        this.name = name;
        this.description = description;
        this.location = location;
    }

    /** Whether the text has no words at all (then it need not be stored). */
    public boolean isEmpty() {
        return this.name == null && this.description == null && this.location == null;
    }

    public Long getId() {
        return this.id;
    }

    public long getTypeId() {
        return this.typeId;
    }

    public String getLanguage() {
        return this.language;
    }

    public String getName() {
        return this.name;
    }

    public String getDescription() {
        return this.description;
    }

    public String getLocation() {
        return this.location;
    }
}
