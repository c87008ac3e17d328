package org.centrecpd.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.centrecpd.organisation.JobRole;

/**
 * Someone who learns or leads learning. A person's records (learning, journal, training) hang off
 * the person, never off a centre, so they follow the person when they move centre.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name")
    private String fullName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "job_role")
    private JobRole jobRole;

    @Version
    private long version;

    public Person() {
    }

    public Person(String fullName, String email, JobRole jobRole) {
        this.fullName = fullName;
        setEmail(email);
        this.jobRole = jobRole;
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? null : email.trim().toLowerCase(Locale.ROOT); }
    public JobRole getJobRole() { return jobRole; }
    public void setJobRole(JobRole jobRole) { this.jobRole = jobRole; }
    public long getVersion() { return version; }

    @Override
    public String toString() { return fullName; }

    @Override
    public boolean equals(Object o) { return o instanceof Person other && id != null && id.equals(other.id); }

    @Override
    public int hashCode() { return Person.class.hashCode(); }
}
